package app;

import java.time.LocalDate;

/** Parses a date with java.time. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(LocalDate.parse("2026-01-01"));
  }
}
