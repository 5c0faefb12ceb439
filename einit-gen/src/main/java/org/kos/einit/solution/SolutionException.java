package org.kos.einit.solution;

/** A problem with a solution that stops its build; the message says what and where. */
public class SolutionException extends Exception {
  private static final long serialVersionUID = 1L;

  public SolutionException(String message) {
    super(message);
  }
}
