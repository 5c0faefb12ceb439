package org.kos.psl.types;

import java.math.BigInteger;

/** PSL's integer types and their ranges. */
public enum IntType {
  UINT8("UInt8", false, 8), UINT16("UInt16", false, 16), UINT32("UInt32", false, 32), UINT64("UInt64", false, 64),
  SINT8("SInt8", true, 8), SINT16("SInt16", true, 16), SINT32("SInt32", true, 32), SINT64("SInt64", true, 64);

  private final String pslName;
  private final boolean signed;
  private final int bits;
  private final BigInteger min;
  private final BigInteger max;

  IntType(String pslName, boolean signed, int bits) {
    this.pslName = pslName;
    this.signed = signed;
    this.bits = bits;
    this.min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    this.max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  public String pslName() {
    return pslName;
  }

  public boolean signed() {
    return signed;
  }

  public int bits() {
    return bits;
  }

  public BigInteger min() {
    return min;
  }

  public BigInteger max() {
    return max;
  }

  public boolean holds(BigInteger v) {
    return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
  }

  /** Whether every value of {@code other} is a value of this type. */
  public boolean covers(IntType other) {
    return holds(other.min) && holds(other.max);
  }

  public static IntType ofName(String name) {
    for (IntType t : values()) {
      if (t.pslName.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
