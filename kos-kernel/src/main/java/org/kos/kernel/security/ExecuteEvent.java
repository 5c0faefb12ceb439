package org.kos.kernel.security;

/**
 * A process start the security module must allow (PSL {@code execute}): who starts it (the kernel
 * for Einit, usually Einit for the others) and which process, each with task name, class and SID.
 * The kernel's own start is {@code kl.core.Core} starting {@code kl.core.Core}.
 */
public record ExecuteEvent(String starter, String starterClass, int starterSid, String started, String startedClass,
    int startedSid) {
  /** The kernel's class as policies name it. */
  public static final String KERNEL_CLASS = "kl.core.Core";
}
