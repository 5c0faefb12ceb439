package org.kos.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * One kernel log: messages in the order they were written, at most {@code capacity} of them; a
 * message written to a full log is dropped and counted. Reading takes a message out (no other
 * reader gets it) with the number dropped since the previous read.
 */
public final class KernelLog {
  private final String name;
  private final int capacity;
  private final ArrayDeque<byte[]> messages = new ArrayDeque<>();
  private int dropped;

  public KernelLog(String name, int capacity) {
    this.name = name;
    this.capacity = capacity;
  }

  public String name() {
    return name;
  }

  /** Appends a UTF-8 message, or counts it as dropped when the log is full. */
  public synchronized void write(String message) {
    if (messages.size() >= capacity) {
      dropped++;
      return;
    }
    messages.addLast(message.getBytes(StandardCharsets.UTF_8));
  }

  /** The oldest message and the drops since the last read, or null when the log is empty. */
  public synchronized Entry take() {
    byte[] m = messages.pollFirst();
    if (m == null) {
      return null;
    }
    Entry e = new Entry(m, dropped);
    dropped = 0;
    return e;
  }

  /** A message read and how many were dropped before it was read. */
  public record Entry(byte[] message, int dropped) {}
}
