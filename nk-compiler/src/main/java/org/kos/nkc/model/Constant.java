package org.kos.nkc.model;

import java.math.BigInteger;
import org.kos.nkc.diag.SourceSpan;

/** {@code const type name = value;} with the value evaluated exactly and checked against the type. */
public record Constant(String pkg, String name, Type type, BigInteger value, SourceSpan span)
    implements Declaration {

  /** The value as a Java long (two's complement for values above Long.MAX_VALUE, i.e. UInt64). */
  public long longValue() {
    return value == null ? 0 : value.longValue();
  }
}
