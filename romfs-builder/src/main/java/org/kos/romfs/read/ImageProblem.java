package org.kos.romfs.read;

/**
 * Problems of an image's tree as a whole, which {@code kos romfs verify} reports with a stable id
 * (docs/errors/ID.md) and {@code extract} refuses before writing anything.
 */
public enum ImageProblem {
  SYMLINK_ESCAPES("RF0101", "a symlink that resolves outside the image", true),
  NOT_A_DIRECTORY("RF0102", "a path used both as a directory and as something else", true),
  CONTROL_CHARACTERS("RF0103", "control characters in an entry name", false);

  private final String id;
  private final String title;
  private final boolean error;

  ImageProblem(String id, String title, boolean error) {
    this.id = id;
    this.title = title;
    this.error = error;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** Whether the image is refused (else a warning). */
  public boolean error() {
    return error;
  }

  /** How a report of this problem is labelled: {@code error[RF0101]} or {@code warning[RF0103]}. */
  public String label() {
    return (error ? "error[" : "warning[") + id + "]";
  }
}
