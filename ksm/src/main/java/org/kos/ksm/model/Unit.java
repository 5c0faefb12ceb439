package org.kos.ksm.model;

/** PSL's unit value {@code ()}. */
public enum Unit {
  UNIT;

  @Override
  public String toString() {
    return "()";
  }
}
