package app;

import java.lang.reflect.Method;

/** Looks up its own method by name. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Method run = Main.class.getMethod("run");
    System.out.println(run);
  }

  public static void run() {}
}
