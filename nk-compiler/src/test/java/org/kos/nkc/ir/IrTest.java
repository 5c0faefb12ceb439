package org.kos.nkc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

class IrTest {
  private static final Path EXAMPLE = Path.of("..", "testdata", "ir");
  private static final Path GOLDEN = EXAMPLE.resolve("shop.ir.json");
  private static final Path SCHEMA = Path.of("..", "docs", "ir-schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> s = Files.walk(EXAMPLE.resolve("shop"))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String ir(List<Path> files) throws IOException {
    CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(EXAMPLE)));
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    Model m = r.model().orElseThrow();
    return Ir.render(m, Layout.of(m));
  }

  @Test
  void shopExampleMatchesTheGoldenIrByteForByte() throws IOException {
    String actual = ir(exampleFiles());
    if (Boolean.getBoolean("kos.golden.update")) {
      Ir.write(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
        "IR changed; if on purpose, rerun with -Dkos.golden.update=true and review the diff");
  }

  @Test
  void irIsByteIdenticalWhateverTheOrderOfTheInputFiles() throws IOException {
    List<Path> files = new ArrayList<>(exampleFiles());
    String sorted = ir(files);
    Collections.reverse(files);
    assertEquals(sorted, ir(files));
    Collections.rotate(files, 3);
    assertEquals(sorted, ir(files));
  }

  @Test
  void irOfOnlyTheClassFilePullsInWhatItReachesAndMarksThemAsNotInputs() throws IOException {
    JsonNode ir = JSON.readTree(ir(List.of(EXAMPLE.resolve("shop/Server.edl"))));
    assertTrue(ir.at("/classes/shop.Server/input").asBoolean());
    assertFalse(ir.at("/packages/shop.Types/input").asBoolean());
    assertEquals(6, ir.at("/layout/classes/shop.Server/iidMax").asInt());
  }

  @Test
  void producedIrConformsToTheSchema() throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    JsonNode ir = JSON.readTree(ir(exampleFiles()));
    assertEquals(List.of(), SchemaCheck.problems(schema, ir));
  }

  @Test
  void schemaCheckRejectsAnIrWithAMissingRequiredField() throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    JsonNode ir = JSON.readTree(ir(exampleFiles()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) ir.at("/layout/classes/shop.Server/endpoints/0")).remove("riid");
    assertEquals(List.of("$.layout.classes.shop.Server.endpoints[0]: missing required 'riid'"),
        SchemaCheck.problems(schema, ir));
  }

  @Test
  void irStartsWithItsVersion() throws IOException {
    assertTrue(ir(exampleFiles()).startsWith("{\n  \"irVersion\": " + Ir.VERSION + ",\n"));
  }

  @Test
  void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("out/x.ir.json");
    Ir.write(target, "old\n");
    Ir.write(target, "new\n");
    assertEquals("new\n", Files.readString(target));
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertEquals(List.of(target), s.toList());
    }
  }

}
