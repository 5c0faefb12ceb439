package org.kos.nkc.model;

/** Parameter direction: request (in), response (out), error response (error). */
public enum Direction {
  IN,
  OUT,
  ERROR
}
