package org.kos.romfs.source;

/**
 * What can be wrong with a manifest line, each with a stable id that names a page in
 * {@code docs/errors/} (with a failing and a fixed example, kept in step by a test). Ids are never
 * reused or renumbered; a retired error keeps its id unused.
 */
public enum ManifestError {
  MALFORMED_LINE("RF0001", "a line that is not an entry"),
  UNKNOWN_TYPE("RF0002", "unknown entry type"),
  WRONG_ARGUMENTS("RF0003", "wrong number of arguments"),
  BAD_PATH("RF0004", "invalid image path"),
  BAD_MODE("RF0005", "mode is not octal"),
  UNREADABLE_SOURCE("RF0006", "source file cannot be read"),
  UNKNOWN_LINK_TARGET("RF0007", "hard link to a file not listed above"),
  LINK_MODE_MISMATCH("RF0008", "hard link with a mode other than its target's"),
  BAD_DEVICE_TYPE("RF0009", "device type is not c or b"),
  BAD_DEVICE_NUMBER("RF0010", "device number out of range"),
  DUPLICATE_PATH("RF0011", "path given twice"),
  NOT_A_DIRECTORY("RF0012", "entries below something that is not a directory");

  private final String id;
  private final String title;

  ManifestError(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable id, e.g. {@code RF0005}. */
  public String id() {
    return id;
  }

  /** A short name of the error, the title of its page. */
  public String title() {
    return title;
  }
}
