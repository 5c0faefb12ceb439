package org.kos.psl.ir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.psl.types.PslType;

/** Types as IR: PSL types of object parameters, and IDL types of message parameters as the NK IR names them. */
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

  /** An IDL parameter type: {@code "UInt32"}, {@code "Handle"}, {@code {"struct": ...}}, ... */
  static JsonNode ofIdl(Type type) {
    Type t = type.resolved();
    if (t instanceof StructType s) {
      ObjectNode n = JSON.objectNode();
      ObjectNode fields = n.putObject(s.union() ? "union" : "struct");
      fields.put("name", s.qualifiedName());
      ObjectNode members = fields.putObject("fields");
      s.fields().forEach(f -> members.set(f.name(), ofIdl(f.type())));
      return n;
    }
    if (t instanceof Type.Array a) {
      ObjectNode n = JSON.objectNode();
      ObjectNode arr = n.putObject("array");
      arr.set("element", ofIdl(a.element()));
      arr.put("length", a.length());
      return n;
    }
    if (t instanceof Type.Sequence s) {
      ObjectNode n = JSON.objectNode();
      ObjectNode seq = n.putObject("sequence");
      seq.set("element", ofIdl(s.element()));
      seq.put("bound", s.bound());
      return n;
    }
    return JSON.textNode(t.display());
  }
}
