package org.kos.kernel.security;

/**
 * The seam where a solution's security policy plugs in: the kernel asks it about every IPC
 * message before delivering it, and a refusal ends the Call (or Reply) with rcSecurityDisallow.
 */
@FunctionalInterface
public interface SecurityMonitor {
  /** Lets everything through: the kernel's default until a policy is loaded. */
  SecurityMonitor ALLOW_ALL = message -> true;

  /** True when {@code message} may be delivered. */
  boolean permits(IpcMessageEvent message);

  /**
   * True when this monitor lets every message through, so the IPC layer may skip building the
   * event it would be asked about (the hot path of an unrestricted system allocates nothing).
   */
  default boolean permitsEverything() {
    return this == ALLOW_ALL;
  }
}
