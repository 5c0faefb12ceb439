package org.kos.ksm.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module reader's tree is the one ObjectMapper.readTree builds (the reader it replaces). */
class JsonTreeTest {
  private static void assertSameTree(byte[] json) throws IOException {
    JsonNode expected = new ObjectMapper().readTree(json);
    JsonNode actual = JsonTree.read(json);
    assertEquals(expected, actual, new String(json, StandardCharsets.UTF_8));
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void aRealSecurityModuleGivesTheSameTree() throws IOException {
    byte[] module = Files.readAllBytes(Path.of("../testdata/psl/ir/13.4-flow-lifecycle.ir.json"));
    assertTrue(module.length > 1000);
    assertSameTree(module);
  }

  @Test
  void everyKindOfValueGivesTheSameNodeTypes() throws IOException {
    for (String json : List.of(
        "{\"i\": 1, \"neg\": -2147483648, \"l\": 2147483648, \"big\": 123456789012345678901234567890,"
            + " \"d\": 1.5, \"e\": 1e300, \"t\": true, \"f\": false, \"n\": null, \"s\": \"\\u00e9\\n\","
            + " \"a\": [1, [2, {}], []], \"o\": {\"x\": {\"y\": [null]}}}",
        "[]", "3", "\"text\"", "null", "{\"k\": 1, \"k\": 2}", "{\"a\": 1} trailing garbage", "  ")) {
      assertSameTree(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void brokenJsonIsAnIoErrorAsWithObjectMapper() {
    for (String json : List.of("{\"a\": ", "[1, 2", "{\"a\" 1}", "{1: 2}", "[1,]")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertThrows(IOException.class, () -> new ObjectMapper().readTree(bytes), json);
      assertThrows(IOException.class, () -> JsonTree.read(bytes), json);
    }
  }
}
