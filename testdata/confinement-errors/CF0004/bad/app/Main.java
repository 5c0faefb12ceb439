package app;

/** Ends with a status when it has no arguments. */
public final class Main {
  public static void main(String[] args) {
    if (args.length == 0) {
      System.exit(2);
    }
  }
}
