package org.kos.rcdb.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kos.rc.Retcode;
import org.kos.rcdb.model.RcEntry;

/**
 * Known codes, indexed by value and by name. Several entries may share a value or a name (that is
 * what {@code kos rc check} reports); lookups return all of them, identical duplicates once.
 */
public final class Catalog {
  private final List<RcEntry> entries;
  private final Map<Integer, List<RcEntry>> byValue = new HashMap<>();
  private final Map<String, List<RcEntry>> byName = new HashMap<>();
  private final Map<Long, String> facilityNames = new HashMap<>();
  private final Map<Integer, String> spaceNames = new HashMap<>();

  private Catalog(List<RcEntry> entries) {
    List<RcEntry> sorted = new ArrayList<>(entries);
    sorted.sort(RcEntry.ORDER);
    this.entries = List.copyOf(sorted);
    for (RcEntry e : this.entries) {
      add(byValue, e.value(), e); // no lambdas here: this runs when `kos rc decode` starts
      add(byName, e.name(), e);
      if (e.spaceName() != null) {
        spaceNames.putIfAbsent(Retcode.space(e.value()), e.spaceName());
      }
      if (e.facilityName() != null) {
        facilityNames.putIfAbsent(facilityKey(Retcode.space(e.value()), Retcode.facility(e.value())),
            e.facilityName());
      }
    }
  }

  private static <K> void add(Map<K, List<RcEntry>> index, K key, RcEntry e) {
    List<RcEntry> list = index.get(key);
    if (list == null) {
      list = new ArrayList<>();
      index.put(key, list);
    }
    list.add(e);
  }

  public static Catalog of(List<RcEntry> entries) {
    return new Catalog(entries);
  }

  /** The generic codes only: what every solution knows without a database. */
  public static Catalog generic() {
    return new Catalog(GenericEntries.all());
  }

  /** The generic codes plus a database's entries. */
  public static Catalog withGeneric(List<RcEntry> entries) {
    List<RcEntry> all = new ArrayList<>(GenericEntries.all());
    all.addAll(entries);
    return new Catalog(all);
  }

  /** All entries in database order. */
  public List<RcEntry> entries() {
    return entries;
  }

  /** Entries with this value, one per distinct name. */
  public List<RcEntry> byValue(int value) {
    return distinctNames(byValue.getOrDefault(value, List.of()));
  }

  /** Entries with this exact name, one per distinct value. */
  public List<RcEntry> byName(String name) {
    List<RcEntry> found = byName.getOrDefault(name, List.of());
    Map<Integer, RcEntry> one = new LinkedHashMap<>();
    for (RcEntry e : found) {
      one.putIfAbsent(e.value(), e);
    }
    return List.copyOf(one.values());
  }

  private static List<RcEntry> distinctNames(List<RcEntry> found) {
    Map<String, RcEntry> one = new LinkedHashMap<>();
    for (RcEntry e : found) {
      one.putIfAbsent(e.name(), e);
    }
    return List.copyOf(one.values());
  }

  /** The facility symbol some definition used for this space and facility, or null. */
  public String facilityName(int space, int facility) {
    return facilityNames.get(facilityKey(space, facility));
  }

  /** The space symbol some definition used for this space id (one the SDK does not name), or null. */
  public String spaceName(int space) {
    return spaceNames.get(space);
  }

  private static long facilityKey(int space, int facility) {
    return ((long) space << 32) | facility;
  }

  /** Names that differ from {@code name} only in case or by a small typo, closest first. */
  public List<String> similarNames(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 4);
    List<String> names = new ArrayList<>(byName.keySet());
    names.sort(null);
    List<String> close = new ArrayList<>();
    List<Integer> dist = new ArrayList<>();
    for (String candidate : names) {
      int d = editDistance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (d <= limit) {
        int at = 0;
        while (at < dist.size() && dist.get(at) <= d) {
          at++;
        }
        close.add(at, candidate);
        dist.add(at, d);
      }
    }
    return close.size() > 3 ? List.copyOf(close.subList(0, 3)) : List.copyOf(close);
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Entries whose name, description or facility symbol contains every word (case-insensitive);
   * each name once, in database order.
   */
  public List<RcEntry> search(List<String> words) {
    List<RcEntry> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (RcEntry e : entries) {
      String hay = (e.name() + " " + e.description() + " " + e.hex() + " "
          + (e.facilityName() == null ? "" : e.facilityName()) + " " + e.spaceDisplayName())
          .toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String w : words) {
        if (!hay.contains(w.toLowerCase(Locale.ROOT))) {
          all = false;
          break;
        }
      }
      if (all && seen.add(e.name() + "\0" + e.value())) {
        out.add(e);
      }
    }
    return out;
  }
}
