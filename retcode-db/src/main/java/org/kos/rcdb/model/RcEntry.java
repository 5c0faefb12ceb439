package org.kos.rcdb.model;

import java.util.Comparator;
import java.util.Objects;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeSpace;

/**
 * One definition of a return code. The fields are kept as written (they may exceed their widths,
 * which {@code kos rc check} reports) and {@code value} is what the C macro computes from them.
 * {@code spaceName}/{@code facilityName} are the symbols the source used, when it used one.
 */
public record RcEntry(
    String name,
    int value,
    long customer,
    long space,
    long facility,
    long code,
    String spaceName,
    String facilityName,
    String description,
    SourceRef source) {

  /**
   * Database order: by name, then value, then place, so files diff line by line. A plain class
   * rather than combinators: it runs when {@code kos rc decode} starts, where lambda bootstrapping
   * would cost more than the sort.
   */
  public static final Comparator<RcEntry> ORDER = new DatabaseOrder();

  private static final class DatabaseOrder implements Comparator<RcEntry> {
    @Override
    public int compare(RcEntry a, RcEntry b) {
      int c = a.name.compareTo(b.name);
      if (c == 0) {
        c = Integer.compareUnsigned(a.value, b.value);
      }
      if (c == 0 && a.source != b.source) {
        c = a.source == null ? -1 : b.source == null ? 1 : a.source.compareTo(b.source);
      }
      return c;
    }
  }

  public RcEntry {
    Objects.requireNonNull(name);
    Objects.requireNonNull(description);
  }

  /** The value MAKE_RETCODE gives for these fields, unmasked like the C macro: wide fields spill. */
  public static int valueOf(long customer, long space, long facility, long code) {
    return (int) (Integer.toUnsignedLong(Retcode.ERROR_BITS)
        | customer << Retcode.CUSTOMER_SHIFT
        | space << Retcode.SPACE_SHIFT
        | facility << Retcode.FACILITY_SHIFT
        | code);
  }

  /** An entry for a definition whose fields are known; the value is computed from them. */
  public static RcEntry defined(String name, long customer, long space, long facility, long code,
      String spaceName, String facilityName, String description, SourceRef source) {
    return new RcEntry(name, valueOf(customer, space, facility, code), customer, space, facility, code,
        spaceName, facilityName, description, source);
  }

  public String hex() {
    return Retcode.toHex(value);
  }

  /** The space's SDK name, else the symbol the source used, else {@code Unknown}. */
  public String spaceDisplayName() {
    RetcodeSpace s = RetcodeSpace.byId(Retcode.space(value));
    if (s != null) {
      return s.displayName();
    }
    return spaceName != null ? spaceName : "Unknown";
  }

  /** Whether every field fits its width, so that the value can be read back into the same fields. */
  public boolean fieldsFit() {
    return fits(customer, Retcode.CUSTOMER_MASK) && fits(space, Retcode.SPACE_MASK)
        && fits(facility, Retcode.FACILITY_MASK) && fits(code, Retcode.CODE_MASK);
  }

  private static boolean fits(long v, int mask) {
    return v >= 0 && v <= mask;
  }
}
