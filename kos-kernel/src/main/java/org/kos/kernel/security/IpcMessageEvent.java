package org.kos.kernel.security;

/**
 * What the security monitor is told about a message: its direction, the processes at both ends
 * (task name, class and SID), the channel (connection id), the endpoint and method it addresses,
 * and the message itself, whose handles the module sees as the SIDs of their resources.
 */
public record IpcMessageEvent(Direction direction, String source, String target, String channel, int riid,
    int mid, String sourceClass, int sourceSid, String targetClass, int targetSid, MessageView message) {
  /** A client's request or a server's response (an error response is a response whose header says so). */
  public enum Direction {
    REQUEST,
    RESPONSE
  }

  /** An event about a message between two tables without processes (tests): no classes, no SIDs, no message. */
  public IpcMessageEvent(Direction direction, String source, String target, String channel, int riid, int mid) {
    this(direction, source, target, channel, riid, mid, null, 0, null, 0, null);
  }
}
