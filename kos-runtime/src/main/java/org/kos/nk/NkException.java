package org.kos.nk;

/**
 * An NK error raised by the ABI or a transport: the code is one of {@link NkErrors}, the message
 * says what was wrong (for a malformed message, where). Decoders throw only this, never a runtime
 * exception from deep inside, whatever bytes they are handed.
 */
public final class NkException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int error;

  public NkException(int error, String message) {
    super(NkErrors.name(error) + ": " + message);
    this.error = error;
  }

  /** The NK error code. */
  public int error() {
    return error;
  }

  /** A malformed message. */
  public static NkException badMessage(String message) {
    return new NkException(NkErrors.NK_EBADMSG, message);
  }
}
