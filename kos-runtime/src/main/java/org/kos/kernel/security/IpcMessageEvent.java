package org.kos.kernel.security;

/**
 * What the security monitor is told about a message: its direction, the processes at both ends,
 * the channel (connection id) and the endpoint and method it addresses.
 */
public record IpcMessageEvent(Direction direction, String source, String target, String channel, int riid,
    int mid) {
  /** A client's request or a server's response. */
  public enum Direction {
    REQUEST,
    RESPONSE
  }
}
