package app;

/** Parses a date with java.sql. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(java.sql.Date.valueOf("2026-01-01"));
  }
}
