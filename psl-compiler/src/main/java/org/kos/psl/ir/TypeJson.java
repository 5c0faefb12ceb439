package org.kos.psl.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.TypeLayout;
import org.kos.psl.types.PslType;

/** Types as IR: PSL types of object parameters, and message parameters with their wire layout. */
final class TypeJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TypeJson() {}

  static JsonNode of(PslType t) {
    ObjectNode n = JSON.objectNode();
    if (t instanceof PslType.Variant v) {
      ArrayNode alts = n.putArray("variant");
      v.alternatives().forEach(a -> alts.add(of(a)));
    } else if (t instanceof PslType.TextLiteral l) {
      n.put("text", l.value());
    } else if (t instanceof PslType.IntLiteral l) {
      n.put("int", l.value().toString());
    } else if (t instanceof PslType.Dict d) {
      ObjectNode fields = n.putObject("dict");
      d.fields().forEach((k, v) -> fields.set(k, of(v)));
    } else if (t instanceof PslType.Tuple tu) {
      ArrayNode elements = n.putArray("tuple");
      tu.elements().forEach(e -> elements.add(of(e)));
    } else if (t instanceof PslType.Collection c) {
      ObjectNode col = n.putObject(c.kind().name().toLowerCase(java.util.Locale.ROOT));
      col.set("element", of(c.element()));
      if (c.bound() != Long.MAX_VALUE) {
        col.put("bound", c.bound());
      }
    } else if (t instanceof PslType.MapOf m) {
      ObjectNode map = n.putObject("map");
      map.set("key", of(m.key()));
      map.set("value", of(m.value()));
    } else {
      n.put("type", t.display());
    }
    return n;
  }

  /**
   * A message's parameters with their layout: {@code {"a": {"offset": 24, "type": {...}}}}, offsets
   * from the start of the message (header included), as the security module decodes them.
   */
  static ObjectNode message(MessageLayout m) {
    ObjectNode n = JSON.objectNode();
    for (FieldLayout f : m.fields()) {
      n.set(f.name(), field(f));
    }
    return n;
  }

  private static ObjectNode field(FieldLayout f) {
    ObjectNode n = JSON.objectNode();
    n.put("offset", f.offset());
    n.set("type", layout(f.type()));
    return n;
  }

  /** {@code {"kind": "integer", "type": "UInt32", "size": 4}}, with members or element where the kind has them. */
  static ObjectNode layout(TypeLayout t) {
    ObjectNode n = JSON.objectNode();
    n.put("kind", t.kind().jsonName());
    n.put("type", t.type());
    n.put("size", t.size());
    if (!t.members().isEmpty()) {
      ObjectNode members = n.putObject("members");
      t.members().forEach(m -> members.set(m.name(), field(m)));
    }
    if (t.element() != null) {
      n.set("element", layout(t.element()));
    }
    return n;
  }
}
