package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/**
 * Interfaces too large for one class file (issue 17): above {@link Parts#SPLIT_ABOVE} methods the
 * codec, proxy and dispatcher are split into nested parts, and what {@code kos nk check} accepts
 * still compiles. Methods mix one and two outputs and error parameters, so every codec shape is
 * generated.
 */
class LargeInterfaceCompileTest {
  private static List<GeneratedFile> generate(Path dir, int methods) throws IOException {
    Files.createDirectories(dir.resolve("app"));
    StringBuilder idl = new StringBuilder("package app.Big\n\ninterface {\n");
    for (int i = 0; i < methods; i++) {
      switch (i % 3) {
        case 0 -> idl.append("    M").append(i).append("(in UInt32 a, out UInt32 b);\n");
        case 1 -> idl.append("    M").append(i).append("(in UInt32 a, out UInt32 b, out UInt8 c);\n");
        default -> idl.append("    M").append(i).append("(in UInt16 a, error UInt32 e);\n");
      }
    }
    Files.writeString(dir.resolve("app/Big.idl"), idl.append("}\n"));
    CompileResult r = NkCompiler.compile(CompileRequest.of(List.of(dir.resolve("app/Big.idl")), List.of(dir)));
    Model m = r.model().orElseThrow();
    return JavaGenerator.generate(m, Layout.of(m), JavaOptions.DEFAULT);
  }

  private static String content(List<GeneratedFile> files, String name) {
    return files.stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow().content();
  }

  /** About a minute of CPU (29 MB of codec source): tagged, but part of {@code mvn verify}. */
  @Test
  @Tag("slow")
  void anInterfaceWithTenThousandMethodsCompiles(@TempDir Path dir) throws IOException {
    List<GeneratedFile> files = generate(dir, 10_000);

    assertEquals(List.of(), InMemoryJavac.compile(files));
  }

  @Test
  void anInterfaceJustAboveTheThresholdIsSplitAndCompiles(@TempDir Path dir) throws IOException {
    List<GeneratedFile> files = generate(dir, Parts.SPLIT_ABOVE + 1);

    assertEquals(List.of(), InMemoryJavac.compile(files));
    String codec = content(files, "BigCodec.java");
    int last = Parts.SPLIT_ABOVE / Parts.METHODS_PER_PART;
    assertTrue(codec.contains("public static final class Part" + last + " {"), "last part of the codec");
    assertTrue(codec.contains("public static final int MID_M" + Parts.SPLIT_ABOVE + " = " + Parts.SPLIT_ABOVE + ";"));
  }

  @Test
  void anInterfaceAtTheThresholdKeepsOneCodecClass(@TempDir Path dir) throws IOException {
    List<GeneratedFile> files = generate(dir, Parts.SPLIT_ABOVE);

    assertFalse(content(files, "BigCodec.java").contains("class Part0"));
    assertFalse(content(files, "BigProxy.java").contains("class Part0"));
    assertFalse(content(files, "BigDispatcher.java").contains("class Part0"));
  }
}
