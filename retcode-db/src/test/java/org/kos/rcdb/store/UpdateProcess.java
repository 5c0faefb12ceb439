package org.kos.rcdb.store;

import java.nio.file.Path;
import java.util.List;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/** A separate "build" for the cross-process test: adds codes of one root to a database, one update each. */
public final class UpdateProcess {
  private UpdateProcess() {}

  /** args: database, root, count. */
  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    String root = args[1];
    int count = Integer.parseInt(args[2]);
    for (int i = 1; i <= count; i++) {
      int code = i;
      RcDatabaseFile.update(db, old -> {
        List<RcEntry> mine = new java.util.ArrayList<>();
        for (RcEntry e : old.entries()) {
          if (e.source() != null && e.source().file().startsWith(root + "/")) {
            mine.add(e);
          }
        }
        mine.add(RcEntry.defined("rc" + root + code, 1, 10, 1, code, null, null, "d",
            new SourceRef(root + "/e.h", code, 1)));
        return old.merge(List.of(root), mine);
      });
    }
  }
}
