package org.kos.kernel.security;

/**
 * A process asking the security module about an action through its own security interface (the
 * EDL's {@code security} interface; PSL {@code security} events): which process, its class and SID,
 * the interface's method (MID) and the message with the method's parameters.
 */
public record SecurityQuery(String source, String sourceClass, int sourceSid, int mid, MessageView message) {}
