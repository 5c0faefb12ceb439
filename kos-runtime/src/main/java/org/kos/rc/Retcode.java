package org.kos.rc;

/**
 * Return codes as 32-bit signed integers, laid out as the SDK's {@code rtl/retcode.h} does:
 *
 * <pre>
 *  31        30  29        28   27..23  22..16    15..0
 * [severity][0][customer][sdk][space ][facility][code ]
 * </pre>
 *
 * Severity 1 means error; the customer flag marks codes defined by solution developers rather than
 * the SDK; bit 28 is set in every code MAKE_RETCODE builds. Success is plain {@code 0}.
 *
 * <p>Codes stay plain {@code int}s (the kernel passes a great many of them), and this class offers
 * the macros of the C header as static methods: {@link #make} is {@code MAKE_RETCODE},
 * {@link #customer}, {@link #space}, {@link #facility} and {@link #code} are {@code RC_GET_*}, and
 * {@link #toHumanReadable} is {@code RETCODE_HR_FMT} with {@code RETCODE_HR_PARAMS}. The generic
 * codes keep their SDK names ({@code rcSecurityDisallow}) so code and logs read like the vendor's.
 */
public final class Retcode {
  public static final int SEVERITY_SHIFT = 31;
  public static final int CUSTOMER_SHIFT = 29;
  public static final int SDK_SHIFT = 28;
  public static final int SPACE_SHIFT = 23;
  public static final int FACILITY_SHIFT = 16;

  public static final int CUSTOMER_MASK = 0x1;
  public static final int SPACE_MASK = 0x1F;
  public static final int FACILITY_MASK = 0x7F;
  public static final int CODE_MASK = 0xFFFF;

  /** The bits every MAKE_RETCODE result carries: severity (error) and the SDK bit. */
  public static final int ERROR_BITS = (1 << SEVERITY_SHIFT) | (1 << SDK_SHIFT);
  /** Base of the generic codes: {@code rcXxx == GENERIC_BASE | n}. */
  public static final int GENERIC_BASE = ERROR_BITS;

  public static final int RC_CUSTOMER_FALSE = 0;
  public static final int RC_CUSTOMER_TRUE = 1;
  public static final int RC_SPACE_GENERAL = 0;
  public static final int RC_SPACE_KERNEL = 1;
  public static final int RC_SPACE_DRIVERS = 2;
  public static final int RC_SPACE_NK = 3;
  public static final int RC_SPACE_SDK = 4;
  public static final int RC_SPACE_TEST = 5;

  public static final int rcOk = 0;
  public static final int rcInvalidArgument = GENERIC_BASE | 1;
  public static final int rcNotConnected = GENERIC_BASE | 2;
  public static final int rcOutOfMemory = GENERIC_BASE | 3;
  public static final int rcBufferTooSmall = GENERIC_BASE | 4;
  public static final int rcInternalError = GENERIC_BASE | 5;
  public static final int rcTransferError = GENERIC_BASE | 6;
  public static final int rcReceiveError = GENERIC_BASE | 7;
  public static final int rcSourceFault = GENERIC_BASE | 8;
  public static final int rcTargetFault = GENERIC_BASE | 9;
  public static final int rcIpcInterrupt = GENERIC_BASE | 10;
  public static final int rcRestart = GENERIC_BASE | 12;
  public static final int rcFail = GENERIC_BASE | 13;
  public static final int rcNoCapability = GENERIC_BASE | 14;
  public static final int rcNotReady = GENERIC_BASE | 15;
  public static final int rcUnimplemented = GENERIC_BASE | 16;
  public static final int rcBufferTooLarge = GENERIC_BASE | 17;
  public static final int rcBusy = GENERIC_BASE | 18;
  public static final int rcResourceNotFound = GENERIC_BASE | 19;
  public static final int rcTimeout = GENERIC_BASE | 20;
  public static final int rcSecurityDisallow = GENERIC_BASE | 21;
  public static final int rcFutexWouldBlock = GENERIC_BASE | 22;
  public static final int rcAbort = GENERIC_BASE | 23;
  public static final int rcInvalidThreadState = GENERIC_BASE | 24;
  public static final int rcAlreadyExists = GENERIC_BASE | 25;
  public static final int rcInvalidOperation = GENERIC_BASE | 26;
  public static final int rcHandleRevoked = GENERIC_BASE | 27;
  public static final int rcQuotaExceeded = GENERIC_BASE | 28;
  public static final int rcDeviceNotFound = GENERIC_BASE | 29;

  private Retcode() {}

  /**
   * MAKE_RETCODE: an error code from its fields. Unlike the C macro, a field that does not fit its
   * width is refused rather than silently spilling into its neighbour.
   *
   * @param customer {@link #RC_CUSTOMER_TRUE} for codes defined by solution developers, else 0
   * @param description what the code means; not stored in the value, but read by {@code kos rc scan}
   *     from the source to build the code database
   * @throws IllegalArgumentException if a field is out of its width
   */
  public static int make(int customer, int space, int facility, int code, String description) {
    checkField("customer", customer, CUSTOMER_MASK);
    checkField("space", space, SPACE_MASK);
    checkField("facility", facility, FACILITY_MASK);
    checkField("code", code, CODE_MASK);
    return ERROR_BITS
        | customer << CUSTOMER_SHIFT
        | space << SPACE_SHIFT
        | facility << FACILITY_SHIFT
        | code;
  }

  private static void checkField(String field, int value, int mask) {
    if ((value & ~mask) != 0) {
      throw new IllegalArgumentException(
          field + " " + value + " does not fit in " + Integer.bitCount(mask) + " bits (0.." + mask + ")");
    }
  }

  /** RC_GET_SEVERITY: 1 for an error, 0 for success (bit 31). */
  public static int severity(int rc) {
    return rc >>> SEVERITY_SHIFT;
  }

  /** RC_GET_CUSTOMER: 1 when solution developers defined the code (bit 29). */
  public static int customer(int rc) {
    return (rc >>> CUSTOMER_SHIFT) & CUSTOMER_MASK;
  }

  /** Bit 28, set in every code MAKE_RETCODE builds. */
  public static int sdkBit(int rc) {
    return (rc >>> SDK_SHIFT) & 1;
  }

  /** RC_GET_SPACE: the global id, bits 27..23. */
  public static int space(int rc) {
    return (rc >>> SPACE_SHIFT) & SPACE_MASK;
  }

  /** RC_GET_FACILITY: the local id within the space, bits 22..16. */
  public static int facility(int rc) {
    return (rc >>> FACILITY_SHIFT) & FACILITY_MASK;
  }

  /** RC_GET_CODE: bits 15..0. */
  public static int code(int rc) {
    return rc & CODE_MASK;
  }

  public static boolean isOk(int rc) {
    return rc == rcOk;
  }

  public static boolean isError(int rc) {
    return rc != rcOk;
  }

  /** True when the value has the shape MAKE_RETCODE gives (severity and SDK bits set, bit 30 clear). */
  public static boolean isWellFormed(int rc) {
    return (rc & (ERROR_BITS | 1 << 30)) == ERROR_BITS;
  }

  /** {@code 0x90000015}: eight upper-case hex digits, the form used in docs and the database. */
  public static String toHex(int rc) {
    // By hand rather than with String.format or '+': this runs at the start of `kos rc decode`,
    // where format parsing and indy string concatenation cost more than the whole decode.
    char[] out = new char[10];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 9; i >= 2; i--) {
      out[i] = HEX_DIGITS[rc & 0xF];
      rc >>>= 4;
    }
    return new String(out);
  }

  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  /** The SDK name of a generic code, or null for any other value. */
  public static String genericName(int rc) {
    GenericCode g = GenericCode.byValue(rc);
    return g == null ? null : g.sdkName();
  }

  /**
   * The description RETCODE_HR_PARAMS picks: the generic table for space General with code up to
   * {@value GenericCode#MAX_CODE} (whatever the customer flag and facility), {@code Unknown} above it
   * or for the unused number 11, and
   * {@code Specific} for codes of every other space (their meaning lives with their definer).
   */
  public static String hrDescription(int rc) {
    if (space(rc) != RC_SPACE_GENERAL) {
      return "Specific";
    }
    int code = code(rc);
    if (code == 0) {
      return GenericCode.OK.description(); // the table's first row, as the SDK prints it
    }
    GenericCode g = code > GenericCode.MAX_CODE ? null : GenericCode.byValue(GENERIC_BASE | code);
    return g == null ? "Unknown" : g.description();
  }

  /**
   * RETCODE_HR_FMT applied to RETCODE_HR_PARAMS, e.g. {@code Retcode 0x90000015: Space General,
   * Facility 0, Error code 21 (The operation was denied by security mechanisms.)}.
   */
  public static String toHumanReadable(int rc) {
    return "Retcode 0x" + Integer.toHexString(rc) + ": "
        + (customer(rc) == 1 ? "Customer error: " : "")
        + "Space " + RetcodeSpace.displayName(space(rc))
        + ", Facility " + facility(rc)
        + ", Error code " + code(rc)
        + " (" + hrDescription(rc) + ")";
  }
}
