package org.kos.nkc.model;

import java.math.BigInteger;

/**
 * The built-in integer types. {@code UIntSize} and {@code UIntPtr} (1.4) are 64 bits: every target
 * the toolchain models (aarch64, x86-64) is a 64-bit one.
 */
public enum IntKind {
  SINT8("SInt8", 8, true),
  SINT16("SInt16", 16, true),
  SINT32("SInt32", 32, true),
  SINT64("SInt64", 64, true),
  UINT8("UInt8", 8, false),
  UINT16("UInt16", 16, false),
  UINT32("UInt32", 32, false),
  UINT64("UInt64", 64, false),
  UINT_SIZE("UIntSize", 64, false),
  UINT_PTR("UIntPtr", 64, false);

  private final String idlName;
  private final int bits;
  private final boolean signed;
  private final BigInteger min;
  private final BigInteger max;

  IntKind(String idlName, int bits, boolean signed) {
    this.idlName = idlName;
    this.bits = bits;
    this.signed = signed;
    this.min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    this.max = signed
        ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  /** The name as written in IDL. */
  public String idlName() {
    return idlName;
  }

  public int bits() {
    return bits;
  }

  /** Size in bytes, which is also the natural alignment. */
  public int bytes() {
    return bits / 8;
  }

  public boolean signed() {
    return signed;
  }

  public BigInteger min() {
    return min;
  }

  public BigInteger max() {
    return max;
  }

  public boolean fits(BigInteger value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** The kind for an IDL name, or null. */
  public static IntKind byName(String name) {
    for (IntKind k : values()) {
      if (k.idlName.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
