package org.kos.romfs.write;

/** The tree cannot be written in the chosen format (a user error, not an I/O failure). */
public final class ImageBuildException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImageBuildException(String message) {
    super(message);
  }
}
