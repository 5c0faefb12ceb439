package app;

/** Counts every thread it can find. */
public final class Main {
  public static void main(String[] args) {
    Thread[] all = new Thread[16];
    System.out.println(Thread.enumerate(all));
  }
}
