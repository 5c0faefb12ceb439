package org.kos.kernel.handles;

/** Where a resource delivers its events: a notification receiver. */
public interface EventSink {
  /** Queues a notification; called with the kernel's handle lock held, so it must not call back. */
  void post(long eventId, int eventMask);

  /** False once the receiver is gone; its subscriptions are then dropped. */
  boolean acceptsEvents();
}
