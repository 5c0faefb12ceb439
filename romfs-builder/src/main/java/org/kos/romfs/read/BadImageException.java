package org.kos.romfs.read;

/** The image is malformed or unsafe; {@link #offset()} is the byte offset of the first problem. */
public final class BadImageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final long offset;
  private final String problem;

  public BadImageException(long offset, String problem) {
    super(String.format("offset 0x%x: %s", offset, problem));
    this.offset = offset;
    this.problem = problem;
  }

  public long offset() {
    return offset;
  }

  /** The message without the offset. */
  public String problem() {
    return problem;
  }
}
