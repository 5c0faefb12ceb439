package app;

import java.io.IOException;

/** Asks the host for the date. */
public final class Main {
  public static void main(String[] args) throws IOException {
    Runtime.getRuntime().exec("date");
  }
}
