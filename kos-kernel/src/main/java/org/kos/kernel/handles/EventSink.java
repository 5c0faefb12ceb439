package org.kos.kernel.handles;

import java.util.Set;

/** Where a resource delivers its events: a notification receiver. */
public interface EventSink {
  /** Queues a notification; called with the kernel's handle lock held, so it must not call back. */
  void post(long eventId, int eventMask);

  /** False once the receiver is gone; its subscriptions are then dropped. */
  boolean acceptsEvents();

  /**
   * False once no new "resource–event mask" entry may be added (the receiver is gone, or
   * DropAndWake finished it): subscribing then fails with rcInvalidOperation.
   */
  boolean acceptsEntries();

  /**
   * The objects holding entries of this sink, so that entries can be found from the receiver's
   * side (unsubscribe by id, drop all); kept by {@link KernelObject} under the handle lock.
   */
  Set<KernelObject> watched();
}
