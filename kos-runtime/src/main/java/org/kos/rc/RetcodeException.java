package org.kos.rc;

/**
 * A failed kernel or libkos call: carries the {@link Retcode} the vendor's function would have
 * returned. The Java libkos facade returns outputs as results and reports failures with this
 * exception, so {@code rc = KnHandleClose(h); if (rc != rcOk) ...} becomes a {@code catch}.
 */
public final class RetcodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int rc;
  private final String detail;

  public RetcodeException(int rc, String message) {
    super(nameOf(rc) + ": " + message);
    this.rc = rc;
    this.detail = message;
  }

  /** The return code, e.g. {@link Retcode#rcHandleRevoked}. */
  public int rc() {
    return rc;
  }

  /** The message without the code's name in front: what to give a new exception of the same code. */
  public String detail() {
    return detail;
  }

  private static String nameOf(int rc) {
    String name = Retcode.genericName(rc);
    return name != null ? name : Retcode.toHex(rc);
  }
}
