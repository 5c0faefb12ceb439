package org.kos.nk;

/**
 * Base of the checked exceptions generated for methods with {@code error} parameters: a server
 * throws one to send an error response (the header's error flag, the error parameters, no
 * outputs); a proxy throws one when it receives an error response.
 */
public abstract class NkMethodError extends Exception {
  private static final long serialVersionUID = 1L;

  protected NkMethodError(String message) {
    super(message);
  }
}
