package org.kos.ksm.module;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON into the tree {@code new ObjectMapper().readTree(bytes)} gives, node for node (ints
 * as IntNode, longs as LongNode, larger as BigIntegerNode, fractions as DoubleNode; a repeated key
 * keeps its last value; empty input is a MissingNode; nothing after the first value is read),
 * without an ObjectMapper: setting one up costs about 0.3 s of CPU on every {@code kos run}, more
 * than everything else the security module does before the first program starts.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  static JsonNode read(byte[] bytes) throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      JsonToken first = p.nextToken();
      return first == null ? MissingNode.getInstance() : value(p, first);
    }
  }

  /** The value that starts with {@code t}; nesting is bounded by the parser's depth limit. */
  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new JsonParseException(p, "Unexpected end-of-input");
    }
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          if (k != JsonToken.FIELD_NAME) {
            throw new JsonParseException(p, "Unexpected token " + k + " in an object");
          }
          String name = p.currentName();
          o.replace(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }
}
