package org.kos.nkc.ir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural JSON Schema check for tests, covering exactly the keywords docs/ir-schema.json
 * uses (type, const, enum, minimum, required, properties, additionalProperties, items, $ref into
 * $defs). A keyword it does not know is reported as a problem, so the schema cannot grow beyond
 * what this check really enforces.
 */
final class SchemaCheck {
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "$defs", "$ref",
      "type", "const", "enum", "minimum", "required", "properties", "additionalProperties", "items");

  private final JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  /** Every way {@code instance} breaks {@code schema}, as "path: problem"; empty when it conforms. */
  static List<String> problems(JsonNode schema, JsonNode instance) {
    SchemaCheck c = new SchemaCheck(schema);
    c.check(schema, instance, "$");
    return c.problems;
  }

  private void check(JsonNode schema, JsonNode value, String path) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k)) {
        problems.add(path + ": schema keyword '" + k + "' is not checked");
      }
    }
    if (schema.has("$ref")) {
      check(resolve(schema.get("$ref").asText()), value, path);
    }
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      problems.add(path + ": expected " + schema.get("type").asText() + ", found " + value.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + ": expected " + schema.get("const") + ", found " + value);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("minimum") && value.isNumber() && value.asLong() < schema.get("minimum").asLong()) {
      problems.add(path + ": " + value + " is below " + schema.get("minimum"));
    }
    if (value.isObject()) {
      object(schema, value, path);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]");
      }
    }
  }

  private void object(JsonNode schema, JsonNode value, String path) {
    if (schema.has("required")) {
      for (JsonNode r : schema.get("required")) {
        if (!value.has(r.asText())) {
          problems.add(path + ": missing required '" + r.asText() + "'");
        }
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String at = path + "." + f.getKey();
      if (properties.has(f.getKey())) {
        check(properties.get(f.getKey()), f.getValue(), at);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        problems.add(at + ": not allowed here");
      } else if (additional != null && additional.isObject()) {
        check(additional, f.getValue(), at);
      }
    }
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#/$defs/") || !root.path("$defs").has(ref.substring(8))) {
      throw new IllegalArgumentException("unresolvable $ref " + ref);
    }
    return root.get("$defs").get(ref.substring(8));
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "boolean" -> v.isBoolean();
      default -> throw new IllegalArgumentException("schema type '" + type + "' is not checked");
    };
  }
}
