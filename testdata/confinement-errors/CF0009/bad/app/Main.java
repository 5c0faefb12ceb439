package app;

/** Reaches for the kernel itself. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(org.kos.kernel.Kernel.current());
  }
}
