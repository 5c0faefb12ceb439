package org.kos.psl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** Every {@code ```psl} block of docs/psl.md is a complete policy that checks without any diagnostic. */
class DocsExamplesTest {
  private static final Path DOC = Path.of("..", "docs", "psl.md");

  @TempDir Path dir;

  static List<String> blocks(String markdown) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while ((at = markdown.indexOf("```psl\n", at)) >= 0) {
      int end = markdown.indexOf("\n```", at + 7);
      out.add(markdown.substring(at + 7, end + 1));
      at = end + 4;
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyPolicyOfThePslGuideChecksClean() throws IOException {
    List<String> blocks = blocks(Files.readString(DOC));
    assertTrue(blocks.size() >= 3, "docs/psl.md lost its examples");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i);
      int n = i + 1;
      tests.add(DynamicTest.dynamicTest("example " + n, () -> {
        PslResult r = Psl.checkText(dir.resolve("ex" + n), text);
        assertEquals("", Psl.render(r));
      }));
    }
    return tests.stream();
  }
}
