package org.kos.ksm.pal;

/**
 * A step that cannot be performed: it names an unknown variable, class, endpoint or method, or its
 * message does not fit the method's parameters. It fails the test whatever the expectation (§16 item 22).
 */
final class StepException extends Exception {
  StepException(String message) {
    super(message, null, false, false);
  }
}
