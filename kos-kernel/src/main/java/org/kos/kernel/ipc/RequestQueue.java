package org.kos.kernel.ipc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The requests queued on a channel group, first in first out, for any number of callers and
 * receivers, without a lock: a Michael–Scott queue whose nodes are the {@link Transaction}s
 * themselves. A general queue's node per request (and its head and tail on one cache line, which
 * the caller and the server took from each other on every request) cost more cross-core traffic
 * than the rest of a round trip's bookkeeping; here head and tail sit on lines of their own.
 *
 * <p>The head is a dummy: the last transaction taken, or a sentinel at first. A taken node's
 * link is pointed at itself, so that a long-lived dummy never keeps later requests reachable;
 * a thread that finds such a link knows the node left the queue and starts again.
 */
final class RequestQueue extends RequestQueueTail {
  @SuppressWarnings("unused")
  private long r1, r2, r3, r4, r5, r6, r7;

  private static final VarHandle HEAD;
  private static final VarHandle TAIL;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      HEAD = l.findVarHandle(RequestQueueHead.class, "head", Transaction.class);
      TAIL = l.findVarHandle(RequestQueueTail.class, "tail", Transaction.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  RequestQueue() {
    Transaction sentinel = new Transaction(null, null, 0, 0);
    head = sentinel;
    tail = sentinel;
  }

  /** Adds {@code t}, which must not have been queued before. */
  void offer(Transaction t) {
    while (true) {
      Transaction last = tail;
      Transaction next = last.next();
      if (next == null) {
        if (last.linkNext(t)) {
          TAIL.compareAndSet(this, last, t); // failing is fine: someone helped
          return;
        }
      } else if (next != last) {
        TAIL.compareAndSet(this, last, next); // help a caller that linked but has not moved the tail
      }
      // next == last: that node has left the queue since we read the tail; read it again
    }
  }

  /** Takes the oldest request, or null when there is none. */
  Transaction poll() {
    while (true) {
      Transaction first = head;
      Transaction next = first.next();
      if (next == null) {
        return null;
      }
      if (next == first) {
        continue; // taken meanwhile
      }
      Transaction last = tail;
      if (first == last) {
        TAIL.compareAndSet(this, last, next); // never let the head pass the tail
        continue;
      }
      if (HEAD.compareAndSet(this, first, next)) {
        first.unlinkSelf();
        return next; // now the dummy, and the request taken
      }
    }
  }
}

/** Seven longs that keep the head away from whatever lies before it. */
abstract class RequestQueuePad0 {
  @SuppressWarnings("unused")
  private long p1, p2, p3, p4, p5, p6, p7;
}

/** The head, alone on its line. */
abstract class RequestQueueHead extends RequestQueuePad0 {
  volatile Transaction head;
}

/** Seven longs between the head and the tail. */
abstract class RequestQueuePad1 extends RequestQueueHead {
  @SuppressWarnings("unused")
  private long q1, q2, q3, q4, q5, q6, q7;
}

/** The tail, alone on its line. */
abstract class RequestQueueTail extends RequestQueuePad1 {
  volatile Transaction tail;
}
