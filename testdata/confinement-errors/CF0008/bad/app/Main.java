package app;

/** Reads a counter through JNI. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(counter());
  }

  private static native long counter();
}
