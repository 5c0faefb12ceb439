package app;

/** Calls its own method. */
public final class Main {
  public static void main(String[] args) {
    run();
  }

  public static void run() {}
}
