package org.kos.rcdb.decode;

import org.kos.rc.Retcode;
import org.kos.rc.RetcodeSpace;
import org.kos.rcdb.model.RcEntry;

/**
 * One answer: how the input was read, the value, and the entry naming it ({@code null} when no
 * known code has this value). Fields are always those of the value, named or not;
 * {@code spaceSymbol} and {@code facilityName} are symbols some definition used for them, or null.
 */
public record Decoded(String input, CodeInput.Kind readAs, int value, RcEntry entry, String spaceSymbol,
    String facilityName) {
  public boolean known() {
    return entry != null;
  }

  public String hex() {
    return Retcode.toHex(value);
  }

  public String name() {
    return entry == null ? null : entry.name();
  }

  /** {@code error} when bit 31 is set, {@code success} for 0, {@code non-error} for anything else. */
  public String severity() {
    if (Retcode.severity(value) == 1) {
      return "error";
    }
    return value == 0 ? "success" : "non-error";
  }

  public boolean customer() {
    return Retcode.customer(value) == 1;
  }

  public int space() {
    return Retcode.space(value);
  }

  public String spaceName() {
    RetcodeSpace s = RetcodeSpace.byId(space());
    if (s != null) {
      return s.displayName();
    }
    if (entry != null && entry.spaceName() != null) {
      return entry.spaceName();
    }
    return spaceSymbol != null ? spaceSymbol : "Unknown";
  }

  public int facility() {
    return Retcode.facility(value);
  }

  public int code() {
    return Retcode.code(value);
  }

  /**
   * The entry's description; for an unknown value what RETCODE_HR_FMT would say, plus a warning
   * when the value cannot come from MAKE_RETCODE at all.
   */
  public String description() {
    if (entry != null) {
      return entry.description();
    }
    String hr = Retcode.hrDescription(value);
    if (value != 0 && hr.equals(Retcode.hrDescription(0))) {
      // The generic table matches code 0, rcOk's, but only the whole value 0 is a success: quoting
      // "completed successfully" beside severity "error" would contradict itself.
      hr = "Unknown";
    }
    String what = switch (hr) {
      case "Specific" -> "unknown code (not in the database)";
      case "Unknown" -> "unknown code";
      // The table's texts are sentences; the parts here are joined with "; ", so no full stop.
      default -> "unknown code; the generic table says: " + (hr.endsWith(".") ? hr.substring(0, hr.length() - 1) : hr);
    };
    if (value != 0 && !Retcode.isWellFormed(value)) {
      what += "; not made by MAKE_RETCODE (bits 31 and 28 are not both set, or bit 30 is)";
    }
    return what;
  }
}
