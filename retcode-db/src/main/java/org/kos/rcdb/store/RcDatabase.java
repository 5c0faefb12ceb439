package org.kos.rcdb.store;

import java.util.ArrayList;
import java.util.List;
import org.kos.rcdb.model.RcEntry;

/**
 * The contents of a database file: entries in database order. Immutable; {@link #merge} gives the
 * database after a scan.
 */
public record RcDatabase(List<RcEntry> entries) {
  public static final String FORMAT = "kos-retcodes";
  public static final int VERSION = 1;

  public RcDatabase {
    List<RcEntry> sorted = new ArrayList<>(entries);
    sorted.sort(RcEntry.ORDER);
    entries = List.copyOf(sorted);
  }

  public static RcDatabase empty() {
    return new RcDatabase(List.of());
  }

  /**
   * The database after scanning: entries from the scanned files (and any file under the scanned
   * directories, since a deleted file defines nothing any more) are replaced by what the scan
   * found; entries from elsewhere stay as they are. Entries the scan found unchanged stay
   * byte-identical in the file.
   *
   * @param scannedPrefixes database file names of the scanned roots ('/'-separated, relative like
   *     the entries); an entry belongs to a root when its file is the root or lies under it
   */
  public RcDatabase merge(List<String> scannedPrefixes, List<RcEntry> scanned) {
    List<RcEntry> kept = new ArrayList<>();
    for (RcEntry e : entries) {
      if (e.source() == null || !under(e.source().file(), scannedPrefixes)) {
        kept.add(e);
      }
    }
    kept.addAll(scanned);
    return new RcDatabase(kept);
  }

  private static boolean under(String file, List<String> prefixes) {
    for (String p : prefixes) {
      if (p.isEmpty() || p.equals(".") || file.equals(p) || file.startsWith(p.endsWith("/") ? p : p + "/")) {
        return true;
      }
    }
    return false;
  }
}
