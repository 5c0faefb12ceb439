package org.kos.kernel.ipc;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The IPC benchmark's fair baseline (bench/jmh, {@code IpcVsHandoff.samePolicy}): a bare exchange
 * between client threads and one server thread, with no kernel (no handles, no message copies, no
 * security check, no stubs), that waits exactly as the kernel's IPC waits. It sits in the kernel's
 * package, in the benchmark module only, so that it uses the kernel's very {@link SpinBudget} class
 * and the very constants of {@link ChannelGroup} (callers: 500 ns to 20 µs of spin, then yield
 * until 20 µs, then park; receivers: 2 to 100 µs of spin, then park; at most one spinner per
 * spare core per side): change them in the kernel and this baseline changes with them.
 *
 * <p>The waiting code repeats the kernel's step for step: {@link #call} is
 * {@code ChannelGroup.submit} followed by {@code Transaction.await}, {@link #take} is
 * {@code ChannelGroup.take} and {@code sleepUntilRequest}, {@link #complete} is
 * {@code Transaction.finish}. Keep them in step when the kernel's change.
 */
public final class SamePolicyExchange {
  /** One client's request, reused from call to call (the kernel allocates a Transaction per call). */
  public static final class Cell {
    final Thread waiter = Thread.currentThread();
    long value;
    long sentAt;
    long completedAt;
    volatile boolean done;
    volatile boolean parked;
  }

  private final ConcurrentLinkedQueue<Cell> queue = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Thread> sleeping = new ConcurrentLinkedQueue<>();
  private final SpinBudget callerSpin = new SpinBudget(
      ChannelGroup.CALLER_MIN_NANOS, ChannelGroup.CALLER_MAX_NANOS, ChannelGroup.CALLER_YIELD_NANOS);
  private final SpinBudget receiverSpin = new SpinBudget(ChannelGroup.RECEIVER_MIN_NANOS, ChannelGroup.RECEIVER_MAX_NANOS);
  private volatile boolean running = true;
  private final Thread server;

  /** Starts the server thread, which answers {@code value + 1}. */
  public SamePolicyExchange() {
    server = new Thread(this::serve, "same-policy-server");
    server.setDaemon(true);
    server.start();
  }

  /** A new cell owned by the calling thread. */
  public static Cell cell() {
    return new Cell();
  }

  /** One round trip: sends {@code value} and waits for the answer as a kernel caller waits. */
  public long call(Cell c, long value) {
    c.value = value;
    c.done = false;
    c.parked = false;
    c.completedAt = 0;
    c.sentAt = System.nanoTime();
    queue.offer(c); // ChannelGroup.submit
    Thread sleeper = sleeping.poll();
    if (sleeper != null) {
      LockSupport.unpark(sleeper);
    }
    // Transaction.await
    for (int i = 0; !c.done && i < SpinBudget.FREE_SPINS; i++) {
      Thread.onSpinWait();
    }
    if (!c.done && callerSpin.start()) {
      try {
        long until = callerSpin.until(c.sentAt);
        for (int i = 0; !c.done; i++) {
          Thread.onSpinWait();
          if ((i & 15) == 15 && System.nanoTime() - until > 0) {
            break;
          }
        }
      } finally {
        callerSpin.stop();
      }
    }
    long yieldUntil = c.sentAt + callerSpin.yieldNanos();
    while (!c.done && System.nanoTime() - yieldUntil < 0) {
      Thread.yield();
    }
    if (c.done) {
      return c.value;
    }
    c.parked = true;
    while (!c.done) {
      LockSupport.park(this);
    }
    if (c.completedAt != 0) {
      callerSpin.missed(c.completedAt - c.sentAt);
    }
    return c.value;
  }

  private void serve() {
    while (running) {
      Cell c = take();
      if (c != null) {
        c.value++;
        complete(c);
      }
    }
  }

  /** ChannelGroup.take: the next request, or null when the exchange stops. */
  private Cell take() {
    Cell c = queue.poll();
    for (int i = 0; c == null && i < SpinBudget.FREE_SPINS; i++) {
      Thread.onSpinWait();
      c = queue.poll();
    }
    if (c != null) {
      return c;
    }
    long idleSince = System.nanoTime();
    if (receiverSpin.start()) {
      try {
        long until = receiverSpin.until(idleSince);
        for (int i = 0; (c = queue.poll()) == null; i++) {
          Thread.onSpinWait();
          if ((i & 15) == 15 && System.nanoTime() - until > 0) {
            break;
          }
        }
      } finally {
        receiverSpin.stop();
      }
    }
    if (c == null) {
      c = sleepUntilRequest();
      if (c != null) {
        receiverSpin.missed(c.sentAt - idleSince);
      }
    }
    return c;
  }

  private Cell sleepUntilRequest() {
    Thread self = Thread.currentThread();
    try {
      while (running) {
        sleeping.add(self); // before the last look, so that a call adding after it wakes us
        Cell c = queue.poll();
        if (c != null) {
          return c;
        }
        LockSupport.park(this);
        sleeping.remove(self);
      }
      return null;
    } finally {
      sleeping.remove(self);
    }
  }

  /** Transaction.finish: publishes the answer, unparking the caller only if it parked. */
  private static void complete(Cell c) {
    boolean wasParked = c.parked;
    if (wasParked) {
      c.completedAt = System.nanoTime();
    }
    c.done = true;
    if (wasParked || c.parked) {
      LockSupport.unpark(c.waiter);
    }
  }

  /** Stops the server thread. */
  public void stop() throws InterruptedException {
    running = false;
    LockSupport.unpark(server);
    server.join(5000);
  }
}
