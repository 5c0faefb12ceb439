package ${pkg}.hello;

/** Prints a greeting and exits (returning from main ends the process with status 0). */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("Hello from ${pkg}!");
  }
}
