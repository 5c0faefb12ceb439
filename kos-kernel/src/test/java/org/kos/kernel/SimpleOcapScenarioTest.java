package org.kos.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kos.libkos.EventDescr.EVENT_BADGE_CLOSED;
import static org.kos.libkos.EventDescr.EVENT_OBJECT_DESTROYED;
import static org.kos.libkos.EventDescr.INFINITE_TIMEOUT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.task.ExitInfo;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.EndpointInfo;
import org.kos.libkos.Entity;
import org.kos.libkos.EntityApi;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.EventDesc;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.NoticeApi;
import org.kos.libkos.Ocap;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The seed's OCap usage example (package SimpleOCap: OpenResource, UseResource, CloseResource)
 * between two processes, with messages laid out by hand as the wire format places them:
 * OpenResource(in UInt32 ID, out Handle handle), UseResource(in Handle handle, in UInt8 param,
 * out UInt8 result), CloseResource(in Handle handle).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SimpleOcapScenarioTest {
  static final int OPEN = 0;
  static final int USE = 1;
  static final int CLOSE = 2;
  static final int OP_USE = Ocap.OCAP_HANDLE_SPEC(0x1);
  static final int RESOURCE_RIGHTS = Ocap.OCAP_HANDLE_TRANSFER | OP_USE;
  static final int RESOURCE_CONTEXT = 500;
  static final int TRANSFER_CONTEXT = 77;
  static final long BADGE_EVENT_ID = 1001;

  final List<String> steps = Collections.synchronizedList(new ArrayList<>());
  Kernel kernel;

  @AfterEach
  void shutdown() {
    if (kernel != null) {
      kernel.shutdown();
    }
  }

  void step(String s) {
    steps.add(s);
  }

  static NkMessage msg(int mid, int fixedSize) {
    NkMessage m = new NkMessage(48);
    m.reset(0, mid, 0, fixedSize);
    return m;
  }

  static NkMessage withHandle(int mid, int fixedSize, HandleDesc h) {
    NkMessage m = new NkMessage(48);
    m.reset(0, mid, 1, fixedSize);
    m.putHandle(24, h);
    return m;
  }

  /** The resource provider. */
  void server(String[] args) throws Exception {
    int listener = SlApi.ServiceLocatorRegister("ocap");
    int notice = NoticeApi.KnNoticeCreate();
    int resource = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST,
        RESOURCE_RIGHTS | Ocap.OCAP_HANDLE_GET_EVENT, RESOURCE_CONTEXT);
    NoticeApi.KnNoticeSubscribeToObject(notice, resource, EVENT_OBJECT_DESTROYED, 2002);
    int badge = -1;
    NkMessage req = new NkMessage(48);
    for (int served = 0; served < 3; served++) {
      Syscalls.Recv(listener, req, null);
      switch (req.mid()) {
        case OPEN -> {
          badge = HandleApi.KnHandleCreateBadge(notice, BADGE_EVENT_ID, TRANSFER_CONTEXT);
          step("server: open " + req.getS32(24) + ", badge created");
          Syscalls.Reply(listener, withHandle(OPEN, 40, HandleDesc.of(resource, RESOURCE_RIGHTS, badge)), null);
        }
        case USE -> {
          HandleDesc h = req.getHandle(24);
          int context = h.badgeFor(OP_USE);
          step("server: use, dereferenced=" + h.isDereferenced() + " own handle=" + (h.getHandle() == resource)
              + " context=" + context);
          NkMessage res = msg(USE, 32);
          res.putS8(24, (byte) (req.getS8(40) * 2));
          Syscalls.Reply(listener, res, null);
        }
        case CLOSE -> {
          HandleDesc h = req.getHandle(24);
          step("server: close, dereferenced=" + h.isDereferenced() + " context=" + h.getBadge());
          HandleApi.KnHandleRevokeSubtree(resource, badge);
          Syscalls.Reply(listener, msg(CLOSE, 24), null);
        }
        default -> throw new IllegalStateException("unexpected mid " + req.mid());
      }
    }
    List<EventDesc> closed = NoticeApi.KnNoticeGetEvent(notice, INFINITE_TIMEOUT, 10);
    step("server: events " + closed);
    HandleApi.KnHandleClose(badge);
    step("server: events " + NoticeApi.KnNoticeGetEvent(notice, INFINITE_TIMEOUT, 10));
    HandleApi.KnHandleClose(resource);
    step("server: events " + NoticeApi.KnNoticeGetEvent(notice, INFINITE_TIMEOUT, 10));
    HandleApi.KnHandleClose(notice);
    step("server: handles left " + HandleApi.handleCount());
  }

  /** The client. */
  void client(String[] args) throws Exception {
    int channel = SlApi.ServiceLocatorConnect("ocap");
    NkMessage res = new NkMessage(48);
    NkMessage open = msg(OPEN, 32);
    open.putS32(24, 5);
    Syscalls.Call(channel, open, null, res, null);
    HandleDesc got = res.getHandle(24);
    int handle = got.getHandle();
    step("client: opened, rights=" + (got.getRights() == RESOURCE_RIGHTS) + " dereferenced=" + got.isDereferenced());

    NkMessage use = withHandle(USE, 48, HandleDesc.of(handle));
    use.putS8(40, (byte) 21);
    Syscalls.Call(channel, use, null, res, null);
    step("client: used, result=" + res.getS8(24));

    Syscalls.Call(channel, withHandle(CLOSE, 40, HandleDesc.of(handle)), null, res, null);
    try {
      Syscalls.Call(channel, withHandle(USE, 48, HandleDesc.of(handle)), null, res, null);
      step("client: use after close succeeded");
    } catch (RetcodeException e) {
      step("client: use after close " + Retcode.genericName(e.rc()));
    }
    HandleApi.KnHandleClose(handle);
    step("client: closed, handles left " + HandleApi.handleCount());
  }

  @Test
  void theSeedsOcapScenarioRunsEndToEnd() throws Exception {
    EntityInfo serverInfo = new EntityInfo("SimpleOCap.Server",
        List.of(new EndpointInfo("SimpleOCap.Server.ocap", 0, "SimpleOCap"), new EndpointInfo("ocap", 0, "SimpleOCap")));
    Program einit = args -> {
      Entity s = EntityApi.EntityInitEx(serverInfo, "server", "server");
      Entity c = EntityApi.EntityInitEx(EntityInfo.of("SimpleOCap.Client"), "client", "client");
      EntityApi.EntityConnectToService(c, s, "ocap");
      EntityApi.EntityRun(s);
      EntityApi.EntityRun(c);
    };
    kernel = new Kernel(ProgramSource.of(Map.of("einit", einit, "server", (Program) this::server,
        "client", (Program) this::client)));
    kernel.boot("einit");
    kernel.processes().get(0).awaitExit(10, TimeUnit.SECONDS);
    Process server = kernel.processes().get(1);
    Process client = kernel.processes().get(2);
    assertEquals(ExitInfo.Reason.EXITED, server.awaitExit(10, TimeUnit.SECONDS).reason(), String.valueOf(server.exitInfo()));
    assertEquals(ExitInfo.Reason.EXITED, client.awaitExit(10, TimeUnit.SECONDS).reason(), String.valueOf(client.exitInfo()));
    List<String> clientSteps = steps.stream().filter(s -> s.startsWith("client")).toList();
    List<String> serverSteps = steps.stream().filter(s -> s.startsWith("server")).toList();
    assertEquals(List.of(
        "client: opened, rights=true dereferenced=false",
        "client: used, result=42",
        "client: use after close rcHandleRevoked",
        "client: closed, handles left 1"), clientSteps);
    assertEquals(List.of(
        "server: open 5, badge created",
        "server: use, dereferenced=true own handle=true context=" + TRANSFER_CONTEXT,
        "server: close, dereferenced=true context=" + TRANSFER_CONTEXT,
        "server: events " + List.of(new EventDesc(BADGE_EVENT_ID, EVENT_BADGE_CLOSED)),
        "server: events " + List.of(new EventDesc(BADGE_EVENT_ID, EVENT_OBJECT_DESTROYED)),
        "server: events " + List.of(new EventDesc(2002, EVENT_OBJECT_DESTROYED)),
        "server: handles left 1"), serverSteps);
    assertEquals(0, kernel.handles().count(client.table()), "no handle outlives the client");
    assertEquals(0, kernel.handles().count(server.table()), "no handle outlives the server");
  }
}
