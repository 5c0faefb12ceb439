package org.kos.kernel.handles;

import java.util.ArrayList;
import java.util.List;
import org.kos.libkos.EventDescr;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * The handle manager: creates handles, keeps every resource's inheritance tree whole across
 * close, revoke and transfer, and decides between transfer and dereference when a handle crosses
 * handle spaces. One lock guards every change to the trees and tables, so a message's handles
 * move atomically; looking a handle up ({@link #object}) reads without it.
 */
public final class Handles {
  private final Object lock = new Object();
  /** The next security id: one per kernel object, from 1, in the order objects get their first handle. */
  private int nextSid = 1;

  /** Gives {@code table} a new root handle to {@code object}. */
  public int install(HandleTable table, KernelObject object, int rights) throws RetcodeException {
    synchronized (lock) {
      return newNode(table, object, rights, null, null, null).value;
    }
  }

  /**
   * The object behind a usable handle, checked for its class and for every right in
   * {@code required} (rcSecurityDisallow when one is missing).
   */
  public <T extends KernelObject> T object(HandleTable table, int handle, Class<T> type, int required)
      throws RetcodeException {
    // No lock: every IPC system call comes here, and a node's object and rights never change, its
    // table is a concurrent map and its revoked flag is volatile, so one read is a consistent view.
    HandleNode n = table.live(handle);
    if (!type.isInstance(n.object)) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          "handle " + handle + " is a " + n.object.kind() + ", not a " + type.getSimpleName());
    }
    requireRights(n, required);
    return type.cast(n.object);
  }

  /** The rights mask of a usable handle. */
  public int rights(HandleTable table, int handle) throws RetcodeException {
    synchronized (lock) {
      return table.live(handle).rights;
    }
  }

  /** {@code KnHandleCreateUserObject}. */
  public int createUserObject(HandleTable table, int type, int rights, int context) throws RetcodeException {
    if (type < HandleTypes.HANDLE_TYPE_USER_FIRST || type > HandleTypes.HANDLE_TYPE_USER_LAST) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "user object type 0x" + Integer.toHexString(type)
          + " outside [HANDLE_TYPE_USER_FIRST, HANDLE_TYPE_USER_LAST]");
    }
    synchronized (lock) {
      return newNode(table, new UserObject(type, context, table), rights, null, null, null).value;
    }
  }

  /**
   * {@code KnHandleCreateBadge}: a badge whose closing and destruction {@code notice} hears about
   * under {@code eventId}.
   */
  public int createBadge(HandleTable table, EventSink notice, long eventId, int context) throws RetcodeException {
    synchronized (lock) {
      requireEntries(notice);
      Badge b = new Badge(context);
      b.subscribe(notice, EventDescr.EVENT_BADGE_CLOSED | EventDescr.EVENT_OBJECT_DESTROYED, eventId);
      return newNode(table, b, Ocap.OCAP_BADGE_FULL, null, null, null).value;
    }
  }

  /**
   * {@code KnHandleCopy}: a descendant of {@code handle} in the same handle space with
   * {@code rights} (never more than held: rcSecurityDisallow), associated with {@code badge} as a
   * transfer would be ({@link HandleDesc#NO_BADGE} or INVALID_HANDLE for none): revoking the
   * original revokes the copy, and RevokeSubtree(handle, badge) revokes just the copy.
   */
  public int copy(HandleTable table, int handle, int rights, int badge) throws RetcodeException {
    synchronized (lock) {
      HandleNode n = table.live(handle);
      if ((rights & ~n.rights) != 0) {
        throw new RetcodeException(Retcode.rcSecurityDisallow, String.format(
            "handle %d of %s: a copy with rights 0x%08x exceeds the 0x%08x it holds", handle, table.owner(), rights,
            n.rights));
      }
      Badge b = badge == HandleDesc.NO_BADGE || badge == HandleTypes.INVALID_HANDLE ? null : unusedBadge(table, badge);
      return newNode(table, n.object, rights, n, b, b != null ? b : n.badge).value;
    }
  }

  /**
   * {@code KnHandleGetSidByHandle}: the security id of the handle's resource, the same through
   * every handle to it; needs OCAP_HANDLE_GET_SID.
   */
  public int sid(HandleTable table, int handle) throws RetcodeException {
    synchronized (lock) {
      HandleNode n = table.live(handle);
      requireRights(n, Ocap.OCAP_HANDLE_GET_SID);
      return n.object.sid;
    }
  }

  /** Gives {@code object} its SID now if it has none (a process's task object at creation); returns it. */
  public int assignSid(KernelObject object) {
    synchronized (lock) {
      if (object.sid == 0) {
        object.sid = nextSid++;
      }
      return object.sid;
    }
  }

  /** A fresh SID for a resource that is not a handle's object (the kernel itself). */
  public int newSid() {
    synchronized (lock) {
      return nextSid++;
    }
  }

  /**
   * The SID of the resource behind {@code handle} in {@code table}, for the security module (no
   * right needed: the kernel replaces handles by SIDs before the module looks at a message); -1
   * when the handle is not usable.
   */
  public int sidForSecurity(HandleTable table, int handle) {
    synchronized (lock) {
      try {
        return table.live(handle).object.sid;
      } catch (RetcodeException e) {
        return -1;
      }
    }
  }

  /** Reads the resource behind a usable handle (any type, no right needed) under the handle lock. */
  public interface Inspection {
    void read(KernelObject object) throws RetcodeException;
  }

  /** Lets {@code inspection} read the resource behind {@code handle} while nothing changes it. */
  public void inspect(HandleTable table, int handle, Inspection inspection) throws RetcodeException {
    synchronized (lock) {
      inspection.read(table.live(handle).object);
    }
  }

  /** {@code KnHandleClose}: removes the handle; its parent takes its place in the tree. */
  public void close(HandleTable table, int handle) throws RetcodeException {
    synchronized (lock) {
      closeNode(table.find(handle));
    }
  }

  /** {@code KnHandleRevoke}: closes the handle and revokes every descendant. */
  public void revoke(HandleTable table, int handle) throws RetcodeException {
    synchronized (lock) {
      HandleNode n = table.live(handle);
      for (HandleNode c : List.copyOf(n.children)) {
        revokeTree(c);
      }
      closeNode(n);
    }
  }

  /**
   * {@code KnHandleRevokeSubtree}: revokes the descendants of {@code handle} that the transfer
   * associated with {@code badge} created (and everything they passed on). Nothing left to revoke
   * is fine: the client may already have closed its handle.
   */
  public void revokeSubtree(HandleTable table, int handle, int badge) throws RetcodeException {
    synchronized (lock) {
      HandleNode n = table.live(handle);
      HandleNode bn = table.live(badge);
      if (!(bn.object instanceof Badge b)) {
        throw new RetcodeException(Retcode.rcInvalidArgument, "handle " + badge + " is a " + bn.object.kind()
            + ", not a badge");
      }
      revokeMembers(n, b);
    }
  }

  /** {@code KnNoticeSubscribeToObject}: needs OCAP_HANDLE_GET_EVENT on the object's handle. */
  public void subscribe(HandleTable table, EventSink sink, int object, int mask, long eventId)
      throws RetcodeException {
    synchronized (lock) {
      HandleNode n = table.live(object);
      requireRights(n, Ocap.OCAP_HANDLE_GET_EVENT);
      requireEntries(sink);
      if (n.object.isDestroyed()) {
        sink.post(eventId, mask & EventDescr.EVENT_OBJECT_DESTROYED);
        return;
      }
      n.object.subscribe(sink, mask, eventId);
      postStanding(n.object, sink, mask, eventId);
    }
  }

  /**
   * {@code KnNoticeUnsubscribeFromEvent}: removes every entry of {@code sink} with id
   * {@code eventId}, whatever its resource; returns how many there were.
   */
  public int unsubscribeFromEvent(EventSink sink, long eventId) {
    synchronized (lock) {
      int removed = 0;
      for (KernelObject o : List.copyOf(sink.watched())) {
        removed += o.unsubscribe(sink, id -> id == eventId);
      }
      return removed;
    }
  }

  /**
   * {@code KnNoticeUnsubscribeFromObject}: removes every entry of {@code sink} for the resource of
   * {@code object} (a usable handle; no right needed); returns how many there were.
   */
  public int unsubscribeFromObject(HandleTable table, EventSink sink, int object) throws RetcodeException {
    synchronized (lock) {
      return table.live(object).object.unsubscribe(sink, id -> true);
    }
  }

  /** Removes every entry of {@code sink} (DropAndWake); returns how many there were. */
  public int unsubscribeAll(EventSink sink) {
    synchronized (lock) {
      int removed = 0;
      for (KernelObject o : List.copyOf(sink.watched())) {
        removed += o.unsubscribe(sink, id -> true);
      }
      return removed;
    }
  }

  /**
   * {@code KnNoticeSetObjectEvent}: signals user events; only the specialised part may be set, and
   * the handle needs OCAP_HANDLE_SET_EVENT.
   */
  public void setObjectEvent(HandleTable table, int object, int mask) throws RetcodeException {
    if ((mask & EventDescr.EVENT_GENERAL_MASK) != 0) {
      throw new RetcodeException(Retcode.rcInvalidArgument, String.format(
          "event mask 0x%08x sets general-part events, which only the kernel signals", mask));
    }
    synchronized (lock) {
      HandleNode n = table.live(object);
      requireRights(n, Ocap.OCAP_HANDLE_SET_EVENT);
      n.object.signal(mask);
    }
  }

  /**
   * Moves the handles of one message from {@code from}'s space into {@code to}'s, all or none.
   * Each valid container becomes either a new descendant in {@code to} (transfer: needs
   * OCAP_HANDLE_TRANSFER, rights never raised) or, when {@code to} already owns an ancestor of
   * the handle, that ancestor with the sent rights, the transfer's badge token and the
   * DEREFERENCED flag.
   */
  public HandleDesc[] translate(HandleTable from, HandleDesc[] sent, HandleTable to) throws RetcodeException {
    if (sent.length == 0) {
      return sent; // most messages carry no handle: nothing to move, no need for the global lock
    }
    synchronized (lock) {
      HandleDesc[] out = new HandleDesc[sent.length];
      List<HandleNode> created = new ArrayList<>(sent.length);
      try {
        for (int i = 0; i < sent.length; i++) {
          out[i] = translateOne(from, sent[i], to, created);
        }
      } catch (RetcodeException e) {
        for (HandleNode n : created) {
          discard(n);
        }
        throw e;
      }
      return out;
    }
  }

  /**
   * Fails as the sender's side of {@link #translate} would: a revoked or unknown handle, raised
   * rights. Lets a Call fail at once instead of when the server receives it.
   */
  public void checkSendable(HandleTable from, HandleDesc[] sent) throws RetcodeException {
    if (sent.length == 0) {
      return;
    }
    synchronized (lock) {
      for (HandleDesc d : sent) {
        if (d.isValid()) {
          sendableRights(from, d);
        }
      }
    }
  }

  /**
   * Subscribes {@code sink} to events of {@code object} without a handle: subscriptions the kernel
   * makes itself (the notification receiver {@code Task.GetTasksList} returns).
   */
  public void subscribeKernel(KernelObject object, EventSink sink, int mask, long eventId) {
    synchronized (lock) {
      if (object.isDestroyed()) {
        sink.post(eventId, mask & EventDescr.EVENT_OBJECT_DESTROYED);
        return;
      }
      object.subscribe(sink, mask, eventId);
      postStanding(object, sink, mask, eventId);
    }
  }

  /**
   * Signals a standing event the kernel raises on {@code object} (a process has ended): current
   * subscribers get it now, later ones when they subscribe.
   */
  public void raiseStanding(KernelObject object, int mask) {
    synchronized (lock) {
      object.standing |= mask;
      object.signal(mask);
    }
  }

  private static void postStanding(KernelObject object, EventSink sink, int mask, long eventId) {
    if ((object.standing & mask) != 0) {
      sink.post(eventId, object.standing & mask);
    }
  }

  /** Closes every handle of an exiting process; returns how many there were. */
  public int closeAll(HandleTable table) {
    synchronized (lock) {
      List<HandleNode> all = table.drain();
      for (HandleNode n : all) {
        closeNode(n);
      }
      return all.size();
    }
  }

  /** Number of handles the table holds, revoked ones included. */
  public int count(HandleTable table) {
    synchronized (lock) {
      return table.size();
    }
  }

  private HandleDesc translateOne(HandleTable from, HandleDesc d, HandleTable to, List<HandleNode> created)
      throws RetcodeException {
    if (!d.isValid()) {
      return HandleDesc.of();
    }
    HandleNode n = from.live(d.handle());
    int rights = sendableRights(from, d);
    HandleNode top = n;
    for (HandleNode a = n.parent; a != null; top = a, a = a.parent) {
      if (a.owner == to && a.isLive() && to != from) {
        return new HandleDesc(a.value, rights, dereferenceToken(top, a), HandleDesc.FLAG_DEREFERENCED);
      }
    }
    if ((n.rights & Ocap.OCAP_HANDLE_TRANSFER) == 0) {
      throw new RetcodeException(Retcode.rcSecurityDisallow,
          "handle " + d.handle() + " of " + from.owner() + " lacks OCAP_HANDLE_TRANSFER");
    }
    Badge badge = d.badge() == HandleDesc.NO_BADGE ? null : unusedBadge(from, d.badge());
    HandleNode c = newNode(to, n.object, rights, n, badge, badge != null ? badge : n.badge);
    created.add(c);
    return new HandleDesc(c.value, rights, HandleDesc.NO_BADGE, 0);
  }

  /** The badge behind {@code handle}, not yet associated with a transfer (rcInvalidArgument otherwise). */
  private static Badge unusedBadge(HandleTable table, int handle) throws RetcodeException {
    HandleNode bn = table.live(handle);
    if (!(bn.object instanceof Badge b)) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          "badge field holds handle " + handle + ", a " + bn.object.kind() + ", not a badge");
    }
    if (b.used) {
      throw new RetcodeException(Retcode.rcInvalidArgument, "badge " + handle + " was already associated with a transfer");
    }
    return b;
  }

  /** The rights a container transfers: the sent mask, never more than the handle holds. */
  private static int sendableRights(HandleTable from, HandleDesc d) throws RetcodeException {
    HandleNode n = from.live(d.handle());
    int rights = d.rights() == HandleDesc.SAME_RIGHTS ? n.rights : d.rights();
    if ((rights & ~n.rights) != 0) {
      throw new RetcodeException(Retcode.rcSecurityDisallow, String.format(
          "handle %d of %s: rights 0x%08x exceed the 0x%08x it holds", d.handle(), from.owner(), rights, n.rights));
    }
    return rights;
  }

  /** The badge of the transfer just below the server's own handle, else the provider's context. */
  private static int dereferenceToken(HandleNode top, HandleNode serverNode) {
    if (top.transferBadge != null) {
      return top.transferBadge.context();
    }
    if (serverNode.object instanceof UserObject u && u.provider == serverNode.owner) {
      return u.context();
    }
    return 0;
  }

  private HandleNode newNode(HandleTable table, KernelObject object, int rights, HandleNode parent,
      Badge transferBadge, Badge badge) throws RetcodeException {
    int value = table.allocate();
    if (object.sid == 0) {
      object.sid = nextSid++;
    }
    HandleNode n = new HandleNode(object, rights, table, value, parent, transferBadge, badge);
    table.put(n);
    if (parent != null) {
      parent.children.add(n);
    }
    object.liveHandles++;
    if (badge != null) {
      badge.members++;
    }
    if (transferBadge != null) {
      transferBadge.used = true;
    }
    return n;
  }

  /** Undoes {@link #newNode} for a node nobody has seen yet: no events. */
  private static void discard(HandleNode n) {
    n.owner.remove(n);
    if (n.parent != null) {
      n.parent.children.remove(n);
    }
    n.object.liveHandles--;
    if (n.badge != null) {
      n.badge.members--;
    }
    if (n.transferBadge != null) {
      n.transferBadge.used = false;
    }
  }

  private static void closeNode(HandleNode n) {
    n.owner.remove(n);
    for (HandleNode c : n.children) {
      c.parent = n.parent;
      if (n.parent != null) {
        n.parent.children.add(c);
      }
    }
    n.children.clear();
    if (n.parent != null) {
      n.parent.children.remove(n);
      n.parent = null;
    }
    if (n.isLive()) {
      release(n);
    }
  }

  private static void revokeMembers(HandleNode n, Badge b) {
    for (HandleNode c : List.copyOf(n.children)) {
      if (c.badge == b) {
        revokeTree(c);
      } else {
        revokeMembers(c, b);
      }
    }
  }

  /** Revokes {@code root} and its descendants and detaches them from the live tree. */
  private static void revokeTree(HandleNode root) {
    if (root.parent != null) {
      root.parent.children.remove(root);
      root.parent = null;
    }
    List<HandleNode> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      HandleNode n = stack.remove(stack.size() - 1);
      for (int i = n.children.size() - 1; i >= 0; i--) {
        stack.add(n.children.get(i));
      }
      n.children.clear();
      n.parent = null;
      if (n.isLive()) {
        n.revoked = true;
        release(n);
      }
    }
  }

  /** A handle stopped being live: update counts, then fire closing and destruction events. */
  private static void release(HandleNode n) {
    n.object.liveHandles--;
    if (n.badge != null) {
      n.badge.memberGone();
      n.badge.destroyIfUnused();
    }
    n.object.destroyIfUnused();
  }

  private static void requireEntries(EventSink sink) throws RetcodeException {
    if (!sink.acceptsEntries()) {
      throw new RetcodeException(Retcode.rcInvalidOperation,
          "the notification receiver takes no new entries (DropAndWake finished it)");
    }
  }

  private static void requireRights(HandleNode n, int required) throws RetcodeException {
    if ((n.rights & required) != required) {
      throw new RetcodeException(Retcode.rcSecurityDisallow, String.format(
          "handle %d of %s has rights 0x%08x, the operation needs 0x%08x", n.value, n.owner.owner(), n.rights,
          required));
    }
  }
}
