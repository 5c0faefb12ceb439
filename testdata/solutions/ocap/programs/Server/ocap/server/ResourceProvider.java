package ocap.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocap.ServerEntity;
import org.kos.libkos.EventDesc;
import org.kos.libkos.EventDescr;
import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.NoticeApi;
import org.kos.libkos.Ocap;
import org.kos.libkos.SlApi;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nk.Server;
import org.kos.rc.RetcodeException;
import simpleocap.SimpleOCap;

/**
 * The resource provider of the seed's OCap usage example: hands out a descendant of its resource
 * handle with a badge (OpenResource), recognises it when it comes back dereferenced (UseResource),
 * revokes it and cleans up (CloseResource). It serves until the resource is closed.
 */
public final class ResourceProvider implements SimpleOCap {
  /** The one operation on the resource: UseResource needs this right on the handle it gets. */
  static final int OP_USE = Ocap.OCAP_HANDLE_SPEC(0x1);
  /** What a client may do with the handle it is given. */
  static final int CLIENT_RIGHTS = Ocap.OCAP_HANDLE_TRANSFER | OP_USE;
  /** Notification entry ids: the resource object, and the badge of each transfer. */
  static final long RESOURCE_EVENTS = 100;
  static final long BADGE_EVENTS = 200;

  /** The user resource context. */
  private static final class Resource {
    final int handle;
    int uses;

    Resource(int handle) {
      this.handle = handle;
    }
  }

  /** The resource transfer context, one per OpenResource: the badge and the resource it gives. */
  private record Transfer(int badge, Resource resource) {}

  private final int notice;
  private final Resource resource;
  /** Transfer contexts by the number the badge carries (C would carry a pointer). */
  private final Map<Integer, Transfer> transfers = new HashMap<>();
  private boolean closed;

  ResourceProvider() throws RetcodeException {
    notice = NoticeApi.KnNoticeCreate();
    int handle = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST,
        CLIENT_RIGHTS | Ocap.OCAP_HANDLE_GET_EVENT, 0);
    NoticeApi.KnNoticeSubscribeToObject(notice, handle, EventDescr.EVENT_OBJECT_DESTROYED, RESOURCE_EVENTS);
    resource = new Resource(handle);
  }

  @Override
  public HandleDesc openResource(int id) throws NkException {
    int context = transfers.size() + 1;
    int badge = kernel(() -> HandleApi.KnHandleCreateBadge(notice, BADGE_EVENTS, context));
    transfers.put(context, new Transfer(badge, resource));
    System.out.println("OpenResource(" + id + "): transfer context " + context + ", badge created");
    return HandleDesc.of(resource.handle, CLIENT_RIGHTS, badge);
  }

  @Override
  public byte useResource(HandleDesc handle, byte param) throws NkException {
    Transfer transfer = transferOf(handle, handle.badgeFor(OP_USE));
    transfer.resource().uses++;
    System.out.println("UseResource(" + param + "): dereferenced to our handle, transfer context "
        + handle.getBadge() + ", use " + transfer.resource().uses);
    return (byte) (param * 2);
  }

  /**
   * Revokes the client's handle and cleans up before answering, so that what the client prints
   * next comes after all of this (the seed cleans up after the call; the order of events is the same).
   */
  @Override
  public void closeResource(HandleDesc handle) throws NkException {
    Transfer transfer = transferOf(handle, handle.getBadge());
    System.out.println("CloseResource: dereferenced, transfer context " + handle.getBadge()
        + "; revoking what it gave");
    kernel(() -> {
      HandleApi.KnHandleRevokeSubtree(transfer.resource().handle, transfer.badge());
      printEvents();
      HandleApi.KnHandleClose(transfer.badge());
      printEvents();
      HandleApi.KnHandleClose(transfer.resource().handle);
      printEvents();
      HandleApi.KnHandleClose(notice);
      System.out.println("handles left: " + HandleApi.handleCount());
      return 0;
    });
    transfers.remove(handle.getBadge());
    closed = true;
  }

  /** The transfer a dereferenced handle of ours stands for. */
  private Transfer transferOf(HandleDesc handle, int context) throws NkException {
    Transfer transfer = transfers.get(context);
    if (!handle.isDereferenced() || handle.getHandle() != resource.handle || transfer == null) {
      throw new NkException(NkErrors.NK_EINVAL, "not a handle this server gave");
    }
    return transfer;
  }

  private void printEvents() throws RetcodeException {
    List<EventDesc> events = NoticeApi.KnNoticeGetEvent(notice, EventDescr.INFINITE_TIMEOUT, 10);
    for (EventDesc e : events) {
      String what = e.eventId() == RESOURCE_EVENTS ? "resource" : "badge";
      System.out.println("event: " + what + " " + eventName(e.eventMask()));
    }
  }

  private static String eventName(int mask) {
    return switch (mask) {
      case EventDescr.EVENT_OBJECT_DESTROYED -> "destroyed";
      case EventDescr.EVENT_BADGE_CLOSED -> "closed";
      default -> String.format("0x%x", mask);
    };
  }

  /** A kernel call from inside a method: its failure becomes the method's NK error. */
  private interface KernelCall {
    int run() throws RetcodeException;
  }

  private static int kernel(KernelCall call) throws NkException {
    try {
      return call.run();
    } catch (RetcodeException e) {
      throw new NkException(NkErrors.fromRetcode(e.rc()), e.getMessage());
    }
  }

  public static void main(String[] args) throws Exception {
    int listener = SlApi.ServiceLocatorRegister("ocap");
    ResourceProvider provider = new ResourceProvider();
    Server server = new Server(Syscalls.NkKosTransport(listener), new ServerEntity.Dispatcher(provider),
        ServerEntity.MAX_FIXED_SIZE, ServerEntity.MAX_ARENA);
    while (!provider.closed) {
      server.serveOne();
    }
  }
}
