package org.kos.ksm.model;

/**
 * An evaluation error (spec §6, §7): index out of range, key absent, SID out of range or not bound,
 * arithmetic overflow, a value outside its declared type. The whole event is then denied and no
 * state change is committed. No stack trace: it is a decision, not a bug.
 */
public final class EvalException extends Exception {
  public EvalException(String message) {
    super(message, null, false, false);
  }
}
