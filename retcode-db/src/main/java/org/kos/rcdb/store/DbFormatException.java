package org.kos.rcdb.store;

/**
 * The database file is not a database: bad JSON, a missing key, a value that is not a code. Its
 * message is {@code file[:line:column]: error[RC0007]: detail}; the parts are kept so that a
 * command can print the line and a caret under the column.
 */
public final class DbFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The id of every malformed-database error (docs/errors/RC0007.md). */
  public static final String ID = "RC0007";

  private final String file;
  private final int line;
  private final int column;
  private final String detail;

  /** A problem found without a position (e.g. the version key). */
  public DbFormatException(String file, String detail) {
    this(file, 0, 0, detail);
  }

  /** @param line 1-based, 0 when unknown; @param column 1-based, 0 when unknown */
  public DbFormatException(String file, int line, int column, String detail) {
    super(file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "") + ": error[" + ID + "]: " + detail);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the position and the id. */
  public String detail() {
    return detail;
  }
}
