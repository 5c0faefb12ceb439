package org.kos.ksm.model;

/** What a rule returns, and what the module answers for an event. */
public enum Decision {
  GRANTED,
  DENIED;

  public static Decision of(boolean granted) {
    return granted ? GRANTED : DENIED;
  }
}
