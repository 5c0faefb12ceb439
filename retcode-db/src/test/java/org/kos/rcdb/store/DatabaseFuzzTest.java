package org.kos.rcdb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the return-code database reader (docs/fuzzing.md). Contract: any text is a
 * database or a {@link DbFormatException} (which the CLI prints as a one-line error); nothing
 * else is thrown. And what it accepts, written back and read again, is the same database.
 */
class DatabaseFuzzTest {
  @FuzzTest
  void read(byte[] json) throws DbFormatException {
    RcDatabase db;
    try {
      db = RcDatabaseFile.parse(new String(json, StandardCharsets.UTF_8), "fuzz.json");
    } catch (DbFormatException refused) {
      return;
    }
    assertEquals(db, RcDatabaseFile.parse(RcDatabaseFile.format(db), "written.json"));
  }
}
