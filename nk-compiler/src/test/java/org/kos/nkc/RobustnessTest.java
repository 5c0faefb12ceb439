package org.kos.nkc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;

/** Broken input never escapes as an exception: every truncation of every example gives diagnostics. */
class RobustnessTest {
  @Test
  void everyTruncatedExampleYieldsDiagnosticsNotExceptions() throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(TestdataModelTest.ROOT)) {
      for (Path p : walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).toList()) {
        all.put(TestdataModelTest.ROOT.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    int runs = 0;
    for (Map.Entry<String, String> e : all.entrySet()) {
      String text = e.getValue();
      for (int cut = 0; cut < text.length(); cut += 3) {
        Map<String, String> files = new TreeMap<>(all);
        files.put(e.getKey(), text.substring(0, cut));
        CompileResult r = Compile.inputs(Map.of(e.getKey(), files.get(e.getKey())), files);
        for (Diagnostic d : r.diagnostics()) {
          assertTrue(d.span() == null || d.span().end() <= d.span().file().text().length(), d.toString());
        }
        runs++;
      }
    }
    assertTrue(runs > 500, "too few truncations tried: " + runs);
  }

  @Test
  void shuffledTokensOfAnExampleYieldDiagnosticsNotExceptions() {
    String[] words = {"package", "a.B", "interface", "{", "}", "(", ")", "in", "out", "error", "UInt8", "x", ";", ",",
        "<", ">", ">>", "<<", "**", "-", "~", "0x", "1", "struct", "union", "const", "=", "typedef", "sequence",
        "array", "bytes", "string", "handle", "components", "endpoints", ":", "security", "entity", "task", "class"};
    java.util.Random random = new java.util.Random(42);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder(i % 3 == 0 ? "package a.B\n" : "");
      for (int k = 0; k < 40; k++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      for (String name : List.of("a/B.idl", "a/B.cdl", "a/B.edl")) {
        Compile.files(name, t); // must not throw
      }
    }
  }
}
