package app;

import java.time.LocalDate;

/** Reads the date itself. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(LocalDate.now());
  }
}
