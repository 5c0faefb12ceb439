package org.kos.rcdb.scan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.kos.rcdb.Golden;

/**
 * Fuzz target for the rc scanner (docs/fuzzing.md): a C header (or, when it looks like one, a
 * Java class) scanned beside the testdata's facilities.h, as {@code kos rc scan} does. Contract:
 * any text gives entries and positioned findings (RC ids); nothing is thrown (no
 * StackOverflowError on deep expressions, no arithmetic or index exception).
 */
class ScannerFuzzTest {
  private static final String FACILITIES = read("src/include/acme/facilities.h");

  private static String read(String path) {
    try {
      return Files.readString(Golden.TESTDATA.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void scan(byte[] source) {
    String text = new String(source, StandardCharsets.UTF_8);
    String name = text.contains("class ") || text.contains("interface ") ? "src/Fuzz.java" : "src/fuzz.h";
    TreeScanner.scanTexts(Map.of("include/acme/facilities.h", FACILITIES, name, text));
  }
}
