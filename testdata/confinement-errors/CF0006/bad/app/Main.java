package app;

/** Reads the host's HOME. */
public final class Main {
  public static void main(String[] args) {
    String home = System.getenv("HOME");
    System.out.println(home);
  }
}
