package org.kos.cli.rc;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.kos.cli.ExitCodes;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.store.DbFormatException;
import org.kos.rcdb.store.RcDatabaseFile;

/** Loads the database for reading commands, turning its problems into messages and exit codes. */
final class Databases {
  /** Thrown to stop a command with an exit code after a message was printed. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    Stop(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  private Databases() {}

  /** The database's entries; none when there is no database and the user did not ask for one. */
  static List<RcEntry> entries(DbOption db, PrintWriter err) throws Stop {
    return entries(db, err, false);
  }

  /**
   * @param missingIsEmpty a named database that does not exist yet is empty rather than an error
   *     (check with directories to scan has something to check without it)
   */
  static List<RcEntry> entries(DbOption db, PrintWriter err, boolean missingIsEmpty) throws Stop {
    if (!db.exists()) {
      if (db.explicit() && !missingIsEmpty) {
        err.println(Decoding.noDatabase(db.path()));
        throw new Stop(ExitCodes.IO_ERROR);
      }
      return List.of();
    }
    try {
      return RcDatabaseFile.read(db.path()).entries();
    } catch (DbFormatException e) {
      err.print(DbErrors.render(e, db.path()));
      throw new Stop(ExitCodes.INPUT_ERROR);
    } catch (IOException e) {
      err.println("kos rc: cannot read " + db.path() + ": " + e.getMessage());
      throw new Stop(ExitCodes.IO_ERROR);
    }
  }

  /** Generic codes plus the database's. */
  static Catalog catalog(DbOption db, PrintWriter err) throws Stop {
    List<RcEntry> entries = entries(db, err);
    return entries.isEmpty() ? Catalog.generic() : Catalog.withGeneric(entries);
  }
}
