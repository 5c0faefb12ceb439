package org.kos.kernel.security;

/**
 * The seam where a solution's security policy plugs in: the kernel asks it about every IPC
 * message before delivering it (a refusal ends the Call or Reply with rcSecurityDisallow) and about
 * every process start (a refused process does not start), and tells it when a process has ended.
 */
@FunctionalInterface
public interface SecurityMonitor {
  /** Lets everything through: the kernel's default until a policy is loaded. */
  SecurityMonitor ALLOW_ALL = message -> true;

  /** True when {@code message} may be delivered. */
  boolean permits(IpcMessageEvent message);

  /**
   * Asked about every message before the IPC layer builds its {@link IpcMessageEvent}, with what
   * the layer has at hand: true when the monitor permits the message from these facts alone (the
   * header, fixed part and arena as sent; not to be modified), so that nothing is built for it;
   * false when it needs the whole event, which the layer then builds and passes to {@link #permits}.
   * False is not a refusal: a monitor answers false for anything it would refuse, and must not change
   * any state of its own then. The default answers {@link #permitsEverything()}.
   */
  default boolean permitsWithoutEvent(IpcMessageEvent.Direction direction, String sourceClass, int sourceSid,
      String targetClass, int targetSid, int riid, int mid, byte[] fixed, byte[] arena) {
    return permitsEverything();
  }

  /** True when the process may start. */
  default boolean permitsExecute(ExecuteEvent start) {
    return true;
  }

  /** True when the module answers "granted" to a process's security-interface query. */
  default boolean permitsSecurity(SecurityQuery query) {
    return true;
  }

  /** Why the last refusal of the calling thread happened, for the caller's error message; null when unknown. */
  default String lastRefusal() {
    return null;
  }

  /** A process (or another resource) with this SID is gone: state kept for it can be dropped. */
  default void ended(int sid) {}

  /**
   * True when this monitor lets every message through, so the IPC layer may skip building the
   * event it would be asked about (the hot path of an unrestricted system allocates nothing).
   */
  default boolean permitsEverything() {
    return this == ALLOW_ALL;
  }
}
