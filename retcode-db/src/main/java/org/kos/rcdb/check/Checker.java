package org.kos.rcdb.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.rc.Retcode;
import org.kos.rcdb.catalog.GenericEntries;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/**
 * Checks a set of definitions (a database, plus the SDK's generic codes, which user codes must not
 * collide with). Every finding is reported at a user's definition; the SDK is never blamed.
 */
public final class Checker {
  private Checker() {}

  /** Findings in a stable order (file, line, column, id). */
  public static List<Finding> check(List<RcEntry> userEntries) {
    List<RcEntry> sdk = GenericEntries.all();
    List<RcEntry> all = new ArrayList<>(sdk);
    all.addAll(userEntries);
    List<Finding> out = new ArrayList<>();
    valueCollisions(all, out);
    nameCollisions(all, out);
    for (RcEntry e : userEntries) {
      fieldWidths(e, out);
      if (e.customer() == 0) {
        out.add(Finding.warning(CheckIds.CUSTOMER_FLAG_MISSING, at(e), e.name().length(),
            "'" + e.name() + "' (" + e.hex() + ") is defined outside the SDK but without RC_CUSTOMER_TRUE;"
                + " it may clash with a future SDK code"));
      }
    }
    out.sort(Comparator.comparing((Finding f) -> f.at().file()).thenComparingInt(f -> f.at().line())
        .thenComparingInt(f -> f.at().column()).thenComparing(Finding::id).thenComparing(Finding::message));
    return out;
  }

  /** Same value, different names: report each later definition against the first one. */
  private static void valueCollisions(List<RcEntry> all, List<Finding> out) {
    Map<Integer, List<RcEntry>> byValue = new LinkedHashMap<>();
    for (RcEntry e : ordered(all)) {
      byValue.computeIfAbsent(e.value(), k -> new ArrayList<>()).add(e);
    }
    for (List<RcEntry> same : byValue.values()) {
      RcEntry first = same.get(0);
      for (RcEntry e : same.subList(1, same.size())) {
        if (!e.name().equals(first.name()) && !isSdk(e)) {
          out.add(Finding.error(CheckIds.VALUE_COLLISION, at(e), e.name().length(),
              "'" + e.name() + "' has value " + e.hex() + ", which '" + first.name() + "' already has")
              .withNote(isSdk(first) ? "'" + first.name() + "' is a generic code of the SDK (" + GenericEntries.SDK_HEADER + ")"
                  : "'" + first.name() + "' is defined here", at(first), first.name().length()));
        }
      }
    }
  }

  /** Same name, different values. */
  private static void nameCollisions(List<RcEntry> all, List<Finding> out) {
    Map<String, List<RcEntry>> byName = new LinkedHashMap<>();
    for (RcEntry e : ordered(all)) {
      byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
    }
    for (List<RcEntry> same : byName.values()) {
      RcEntry first = same.get(0);
      for (RcEntry e : same.subList(1, same.size())) {
        if (e.value() != first.value() && !isSdk(e)) {
          out.add(Finding.error(CheckIds.NAME_COLLISION, at(e), e.name().length(),
              "'" + e.name() + "' is defined as " + e.hex() + " here but as " + first.hex() + " elsewhere")
              .withNote("'" + first.name() + "' is defined as " + first.hex() + " here", at(first), first.name().length()));
        }
      }
    }
  }

  private static void fieldWidths(RcEntry e, List<Finding> out) {
    width(e, "customer", e.customer(), Retcode.CUSTOMER_MASK, out);
    width(e, "space", e.space(), Retcode.SPACE_MASK, out);
    width(e, "facility", e.facility(), Retcode.FACILITY_MASK, out);
    width(e, "code", e.code(), Retcode.CODE_MASK, out);
  }

  private static void width(RcEntry e, String field, long v, int mask, List<Finding> out) {
    if (v < 0 || v > mask) {
      out.add(Finding.error(CheckIds.FIELD_TOO_WIDE, at(e), e.name().length(),
          "the " + field + " of '" + e.name() + "' is " + v + ", which does not fit in " + Integer.bitCount(mask)
              + (mask == 1 ? " bit" : " bits") + " (0.." + mask + "); the value " + e.hex() + " is not what was meant"));
    }
  }

  /** SDK entries first, then by place, so "already has" points at the older definition. */
  private static List<RcEntry> ordered(List<RcEntry> all) {
    List<RcEntry> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing((RcEntry e) -> !isSdk(e))
        .thenComparing(RcEntry::source, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(RcEntry::name));
    return sorted;
  }

  private static boolean isSdk(RcEntry e) {
    return e.source() != null && GenericEntries.SDK_HEADER.equals(e.source().file()) && !e.source().hasPosition();
  }

  private static SourceRef at(RcEntry e) {
    return e.source() == null ? SourceRef.fileOnly("(unknown)") : e.source();
  }
}
