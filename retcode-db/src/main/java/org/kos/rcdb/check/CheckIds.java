package org.kos.rcdb.check;

import java.util.List;
import org.kos.rcdb.scan.ScanIds;

/** Ids of everything {@code kos rc scan} and {@code kos rc check} report; each has docs/errors/ID.md. */
public final class CheckIds {
  /** One value, two names. */
  public static final String VALUE_COLLISION = "RC0001";
  /** One name, two values. */
  public static final String NAME_COLLISION = "RC0002";
  /** A code defined outside the SDK without the customer flag. */
  public static final String CUSTOMER_FLAG_MISSING = "RC0003";
  /** A field does not fit its bits and spills into its neighbour. */
  public static final String FIELD_TOO_WIDE = "RC0004";

  /** Every id, in order; the docs test walks this list. */
  public static final List<String> ALL = List.of(VALUE_COLLISION, NAME_COLLISION, CUSTOMER_FLAG_MISSING,
      FIELD_TOO_WIDE, ScanIds.UNRESOLVED_ARGUMENT, ScanIds.WRONG_ARGUMENT_COUNT);

  private CheckIds() {}
}
