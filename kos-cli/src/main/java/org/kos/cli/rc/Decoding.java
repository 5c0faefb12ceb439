package org.kos.cli.rc;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.cli.ExitCodes;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.decode.Decoded;
import org.kos.rcdb.decode.Decoder;
import org.kos.rcdb.store.DbFormatException;
import org.kos.rcdb.store.RcDatabaseFile;

/**
 * What {@code kos rc decode} does once its options are known; shared by the picocli command and
 * the fast entry point {@link DecodeMain}. Touches neither picocli nor Jackson unless a database
 * file exists or JSON is asked for.
 */
final class Decoding {
  private Decoding() {}

  /** The message for a database the user named that is not there to read. */
  static String noDatabase(Path db) {
    return Files.isDirectory(db)
        ? "kos rc: " + db + " is a directory; --db and $KOS_RC_DB name the database file (e.g. "
            + db.resolve("retcodes.json") + ")"
        : "kos rc: no database at " + db + " (create one with: kos rc scan DIR --db " + db + ")";
  }

  /**
   * @param db the database to read when it exists
   * @param dbRequired the user named the database, so its absence is an error
   */
  static int run(List<String> codes, boolean json, boolean quiet, Path db, boolean dbRequired,
      PrintWriter out, PrintWriter err) {
    Catalog catalog;
    if (Files.isRegularFile(db)) {
      try {
        catalog = Catalog.withGeneric(RcDatabaseFile.read(db).entries());
      } catch (DbFormatException e) {
        err.print(DbErrors.render(e, db));
        err.flush();
        return ExitCodes.INPUT_ERROR;
      } catch (IOException e) {
        err.println("kos rc: cannot read " + db + ": " + e.getMessage());
        err.flush();
        return ExitCodes.IO_ERROR;
      }
    } else if (dbRequired) {
      err.println(noDatabase(db));
      err.flush();
      return ExitCodes.IO_ERROR;
    } else {
      catalog = Catalog.generic();
    }
    Decoder decoder = new Decoder(catalog);
    boolean allKnown = true;
    List<Map<String, Object>> results = new ArrayList<>();
    for (String code : codes) {
      Decoder.Result r = decoder.decode(code);
      allKnown &= r.known();
      if (json) {
        results.add(json(r));
      } else if (!quiet) {
        print(r, out, err);
      }
    }
    if (json && !quiet) {
      out.println(Json.write(results));
    }
    out.flush();
    err.flush();
    return allKnown ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
  }

  private static void print(Decoder.Result r, PrintWriter out, PrintWriter err) {
    boolean several = r.readings().size() > 1;
    for (Decoded d : r.readings()) {
      out.println((several ? r.input() + " as " + d.readAs().label() + ": " : "") + CodeLines.line(d));
    }
    String problem = problem(r);
    if (problem != null) {
      out.flush();
      err.println("kos rc decode: " + problem);
      err.flush();
    }
  }

  /** Why nothing came out, or null when the printed lines say it all. */
  private static String problem(Decoder.Result r) {
    if (r.garbage() && looksNumeric(r.input().strip())) {
      return "'" + r.input() + "' does not fit in 32 bits; return codes are 32-bit"
          + " (hex up to 0xFFFFFFFF, decimal from -2147483648 to 4294967295)";
    }
    if (r.garbage()) {
      return "'" + r.input() + "' is not a return code: give hex (0x90000015 or 90000015),"
          + " decimal (-1879048171) or a name (rcSecurityDisallow)";
    }
    if (r.readings().isEmpty()) {
      return "no return code named '" + r.input() + "'"
          + (r.suggestions().isEmpty() ? "" : "; did you mean " + String.join(", ", r.suggestions()) + "?");
    }
    return null;
  }

  private static boolean looksNumeric(String s) {
    return s.matches("[+-]?[0-9]+|0[xX][0-9A-Fa-f]+|[0-9A-Fa-f]{9,}");
  }

  private static Map<String, Object> json(Decoder.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", r.input());
    m.put("known", r.known());
    m.put("readings", CodeLines.json(r.readings()));
    String problem = problem(r);
    if (problem != null) {
      m.put("error", problem);
    }
    if (!r.suggestions().isEmpty()) {
      m.put("suggestions", r.suggestions());
    }
    return m;
  }
}
