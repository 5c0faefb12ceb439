package org.kos.rcdb.store;

/** The database file is not a database: bad JSON, a missing key, a value that is not a code. */
public final class DbFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public DbFormatException(String message) {
    super(message);
  }
}
