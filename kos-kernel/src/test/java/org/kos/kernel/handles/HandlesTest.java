package org.kos.kernel.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.libkos.EventDescr.EVENT_BADGE_CLOSED;
import static org.kos.libkos.EventDescr.EVENT_OBJECT_DESTROYED;
import static org.kos.libkos.HandleTypes.HANDLE_TYPE_USER_FIRST;
import static org.kos.libkos.Ocap.OCAP_HANDLE_GET_EVENT;
import static org.kos.libkos.Ocap.OCAP_HANDLE_GET_SID;
import static org.kos.libkos.Ocap.OCAP_HANDLE_SET_EVENT;
import static org.kos.libkos.Ocap.OCAP_HANDLE_SPEC;
import static org.kos.libkos.Ocap.OCAP_HANDLE_TRANSFER;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.libkos.EventDesc;
import org.kos.libkos.EventDescr;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HandlesTest {
  static final int READ = OCAP_HANDLE_SPEC(0x1);
  static final int WRITE = OCAP_HANDLE_SPEC(0x2);
  static final int FULL = OCAP_HANDLE_TRANSFER | OCAP_HANDLE_GET_EVENT | OCAP_HANDLE_SET_EVENT | READ | WRITE;

  final Handles handles = new Handles();
  final HandleTable server = new HandleTable("server", 64);
  final HandleTable client = new HandleTable("client", 64);
  final HandleTable other = new HandleTable("other", 64);

  int send(HandleTable from, HandleDesc d, HandleTable to) throws RetcodeException {
    return handles.translate(from, new HandleDesc[] {d}, to)[0].handle();
  }

  static int rcOf(Executable e) {
    return assertThrows(RetcodeException.class, e::run).rc();
  }

  interface Executable {
    void run() throws Exception;
  }

  @Test
  void transferCreatesADescendantWithTheSentRightsInTheReceiversSpace() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    HandleDesc got = handles.translate(server, new HandleDesc[] {HandleDesc.of(res, READ | OCAP_HANDLE_TRANSFER)},
        client)[0];
    assertEquals(READ | OCAP_HANDLE_TRANSFER, got.rights());
    assertFalse(got.isDereferenced());
    assertEquals(READ | OCAP_HANDLE_TRANSFER, handles.rights(client, got.handle()));
    assertEquals(1, handles.count(client));
  }

  @Test
  void transferringMoreRightsThanHeldIsDisallowed() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, OCAP_HANDLE_TRANSFER | READ, 7);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> send(server, HandleDesc.of(res, READ | WRITE), client)));
    assertEquals(0, handles.count(client));
  }

  @Test
  void aHandleWithoutTheTransferRightCannotBeTransferred() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, READ, 7);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> send(server, HandleDesc.of(res), client)));
  }

  @Test
  void aFailingContainerUndoesTheWholeMessage() throws Exception {
    int ok = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 1);
    int weak = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, READ, 2);
    assertEquals(Retcode.rcSecurityDisallow, rcOf(() -> handles.translate(server,
        new HandleDesc[] {HandleDesc.of(ok), HandleDesc.of(weak)}, client)));
    assertEquals(0, handles.count(client));
  }

  @Test
  void aTransferredHandleKeepsItsResourcesSid() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL | OCAP_HANDLE_GET_SID, 7);
    int mine = send(server, HandleDesc.of(res), client);
    assertEquals(handles.sid(server, res), handles.sid(client, mine));
  }

  @Test
  void sendingBackToTheOwnerOfAnAncestorDereferences() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int badge = handles.createBadge(server, notice, 99, 1234);
    int mine = send(server, HandleDesc.of(res, FULL, badge), client);
    HandleDesc back = handles.translate(client, new HandleDesc[] {HandleDesc.of(mine, READ)}, server)[0];
    assertTrue(back.isDereferenced());
    assertEquals(res, back.handle());
    assertEquals(READ, back.rights());
    assertEquals(1234, back.badge());
    assertEquals(2, handles.count(server), "dereference creates no handle");
  }

  @Test
  void dereferenceWithoutABadgeGivesTheProvidersContext() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int mine = send(server, HandleDesc.of(res), client);
    int second = send(client, HandleDesc.of(mine), other);
    HandleDesc back = handles.translate(other, new HandleDesc[] {HandleDesc.of(second)}, server)[0];
    assertTrue(back.isDereferenced());
    assertEquals(7, back.badge());
  }

  @Test
  void aBadgeServesOneTransferOnly() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int badge = handles.createBadge(server, notice, 1, 1);
    send(server, HandleDesc.of(res, FULL, badge), client);
    assertEquals(Retcode.rcInvalidArgument, rcOf(() -> send(server, HandleDesc.of(res, FULL, badge), other)));
  }

  @Test
  void closingAHandleLetsItsParentTakeItsPlace() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int mid = send(server, HandleDesc.of(res), client);
    int leaf = send(client, HandleDesc.of(mid), other);
    handles.close(client, mid);
    HandleDesc back = handles.translate(other, new HandleDesc[] {HandleDesc.of(leaf)}, server)[0];
    assertTrue(back.isDereferenced(), "the grandparent is now the leaf's parent");
    assertEquals(res, back.handle());
  }

  @Test
  void revokedDescendantsAnswerHandleRevoked() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int copy = send(server, HandleDesc.of(res), server);
    int mine = send(server, HandleDesc.of(copy), client);
    handles.revoke(server, copy);
    assertEquals(Retcode.rcHandleRevoked, rcOf(() -> handles.rights(client, mine)));
    assertEquals(Retcode.rcHandleRevoked, rcOf(() -> send(client, HandleDesc.of(mine), other)));
    assertEquals(Retcode.rcInvalidArgument, rcOf(() -> handles.rights(server, copy)), "revoke closes the handle");
    assertEquals(1, handles.count(client), "revoked handles stay until closed");
    handles.close(client, mine);
    assertEquals(0, handles.count(client));
  }

  @Test
  void revokeSubtreeRevokesOnlyTheTransferOfThatBadge() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int b1 = handles.createBadge(server, notice, 1, 1);
    int b2 = handles.createBadge(server, notice, 2, 2);
    int c1 = send(server, HandleDesc.of(res, FULL, b1), client);
    int passedOn = send(client, HandleDesc.of(c1), other);
    int c2 = send(server, HandleDesc.of(res, FULL, b2), client);
    handles.revokeSubtree(server, res, b1);
    assertEquals(Retcode.rcHandleRevoked, rcOf(() -> handles.rights(client, c1)));
    assertEquals(Retcode.rcHandleRevoked, rcOf(() -> handles.rights(other, passedOn)));
    assertEquals(FULL, handles.rights(client, c2));
    assertEquals(FULL, handles.rights(server, res));
  }

  @Test
  void badgeIsClosedWhenItsSubtreeGoesAndDestroyedWhenItsHandleCloses() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int badge = handles.createBadge(server, notice, 42, 1);
    int mine = send(server, HandleDesc.of(res, FULL, badge), client);
    assertEquals(Retcode.rcTimeout, rcOf(() -> notice.getEvents(0, 10)));
    handles.close(client, mine);
    assertEquals(List.of(new EventDesc(42, EVENT_BADGE_CLOSED)), notice.getEvents(0, 10));
    handles.close(server, badge);
    assertEquals(List.of(new EventDesc(42, EVENT_OBJECT_DESTROYED)), notice.getEvents(0, 10));
  }

  @Test
  void userObjectIsDestroyedWhenItsLastHandleCloses() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    handles.subscribe(server, notice, res, EVENT_OBJECT_DESTROYED, 5);
    int mine = send(server, HandleDesc.of(res), client);
    handles.close(server, res);
    assertEquals(Retcode.rcTimeout, rcOf(() -> notice.getEvents(0, 10)), "the client still holds it");
    handles.close(client, mine);
    assertEquals(List.of(new EventDesc(5, EVENT_OBJECT_DESTROYED)), notice.getEvents(0, 10));
  }

  @Test
  void userEventsReachSubscribersInTheSpecialisedPartOnly() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    int ev = EventDescr.OBJECT_EVENT_SPEC(0x4);
    handles.subscribe(server, notice, res, ev, 3);
    assertEquals(Retcode.rcInvalidArgument, rcOf(() -> handles.setObjectEvent(server, res, EVENT_OBJECT_DESTROYED)));
    handles.setObjectEvent(server, res, ev | EventDescr.OBJECT_EVENT_SPEC(0x8));
    assertEquals(List.of(new EventDesc(3, ev)), notice.getEvents(0, 10));
  }

  @Test
  void settingEventsNeedsTheSetEventRight() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, OCAP_HANDLE_GET_EVENT, 7);
    assertEquals(Retcode.rcSecurityDisallow,
        rcOf(() -> handles.setObjectEvent(server, res, EventDescr.OBJECT_EVENT_SPEC(1))));
  }

  @Test
  void getEventsWaitsForTheFirstNotification() throws Exception {
    NoticeReceiver notice = new NoticeReceiver();
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    handles.subscribe(server, notice, res, EventDescr.OBJECT_EVENT_SPEC(1), 9);
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(50);
        handles.setObjectEvent(server, res, EventDescr.OBJECT_EVENT_SPEC(1));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    t.start();
    assertEquals(List.of(new EventDesc(9, EventDescr.OBJECT_EVENT_SPEC(1))), notice.getEvents(5_000, 1));
    t.join();
  }

  @Test
  void getEventsTimesOut() {
    NoticeReceiver notice = new NoticeReceiver();
    assertEquals(Retcode.rcTimeout, rcOf(() -> notice.getEvents(30, 1)));
  }

  @Test
  void aTableRefusesHandlesBeyondItsQuota() throws Exception {
    HandleTable small = new HandleTable("small", 2);
    handles.createUserObject(small, HANDLE_TYPE_USER_FIRST, FULL, 1);
    handles.createUserObject(small, HANDLE_TYPE_USER_FIRST, FULL, 2);
    assertEquals(Retcode.rcQuotaExceeded, rcOf(() -> handles.createUserObject(small, HANDLE_TYPE_USER_FIRST, FULL, 3)));
  }

  @Test
  void userObjectTypesOutsideTheUserRangeAreRefused() {
    assertEquals(Retcode.rcInvalidArgument, rcOf(() -> handles.createUserObject(server, 1, FULL, 1)));
  }

  @Test
  void closeAllEmptiesTheTableAndRefusesNewHandles() throws Exception {
    int res = handles.createUserObject(server, HANDLE_TYPE_USER_FIRST, FULL, 7);
    send(server, HandleDesc.of(res), client);
    assertEquals(1, handles.closeAll(client));
    assertEquals(0, handles.count(client));
    assertEquals(Retcode.rcNotConnected, rcOf(() -> send(server, HandleDesc.of(res), client)));
    assertNotEquals(0, handles.count(server));
  }
}
