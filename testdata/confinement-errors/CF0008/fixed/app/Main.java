package app;

import java.util.concurrent.atomic.AtomicLong;

/** Keeps the counter in Java. */
public final class Main {
  private static final AtomicLong COUNTER = new AtomicLong();

  public static void main(String[] args) {
    System.out.println(counter());
  }

  private static long counter() {
    return COUNTER.incrementAndGet();
  }
}
