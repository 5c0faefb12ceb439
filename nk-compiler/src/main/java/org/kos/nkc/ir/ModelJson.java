package org.kos.nkc.ir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Constant;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;

/**
 * The model half of the IR: {@code packages}, {@code components} and {@code classes}, keyed by
 * name. Types are written structurally; named types (typedef, struct, union) by reference, so
 * a consumer looks them up in their package's declarations.
 */
final class ModelJson {
  private final ObjectNode root;

  ModelJson(ObjectNode root) {
    this.root = root;
  }

  void add(Model model) {
    ObjectNode packages = root.putObject("packages");
    model.packages().values().forEach(p -> packages.set(p.name(), pkg(p)));
    ObjectNode components = root.putObject("components");
    model.components().values().forEach(c -> components.set(c.name(), component(c)));
    ObjectNode classes = root.putObject("classes");
    model.classes().values().forEach(c -> classes.set(c.name(), component(c)));
  }

  private ObjectNode pkg(IdlPackage p) {
    ObjectNode n = root.objectNode();
    n.put("input", p.input());
    ArrayNode imports = n.putArray("imports");
    p.imports().forEach(imports::add);
    ArrayNode declarations = n.putArray("declarations");
    p.declarations().forEach(d -> declarations.add(declaration(d)));
    p.iface().ifPresent(i -> n.set("interface", iface(i)));
    return n;
  }

  private ObjectNode declaration(Declaration d) {
    ObjectNode n = root.objectNode();
    if (d instanceof Constant c) {
      n.put("kind", "const");
      n.put("name", c.name());
      n.set("type", type(c.type()));
      n.put("value", c.value());
    } else if (d instanceof Typedef t) {
      n.put("kind", "typedef");
      n.put("name", t.name());
      n.set("target", type(t.target()));
    } else if (d instanceof StructType s) {
      n.put("kind", s.union() ? "union" : "struct");
      n.put("name", s.name());
      ArrayNode fields = n.putArray("fields");
      for (StructType.Field f : s.fields()) {
        ObjectNode field = fields.addObject();
        field.put("name", f.name());
        field.set("type", type(f.type()));
      }
    }
    return n;
  }

  private ObjectNode iface(Interface i) {
    ObjectNode n = root.objectNode();
    n.put("name", i.name());
    if (i.declaredName() != null) {
      n.put("declaredName", i.declaredName());
    }
    ArrayNode methods = n.putArray("methods");
    for (int mid = 0; mid < i.methods().size(); mid++) {
      Method m = i.methods().get(mid);
      ObjectNode method = methods.addObject();
      method.put("name", m.name());
      method.put("mid", mid);
      ArrayNode parameters = method.putArray("parameters");
      for (Parameter p : m.parameters()) {
        ObjectNode param = parameters.addObject();
        param.put("direction", p.direction().name().toLowerCase(Locale.ROOT));
        param.put("name", p.name());
        param.set("type", type(p.type()));
      }
    }
    return n;
  }

  private ObjectNode component(Component c) {
    ObjectNode n = root.objectNode();
    n.put("kind", kind(c));
    n.put("input", c.input());
    c.security().ifPresent(s -> n.put("security", s.iface()));
    ArrayNode endpoints = n.putArray("endpoints");
    for (Component.Endpoint e : c.endpoints()) {
      ObjectNode ep = endpoints.addObject();
      ep.put("name", e.name());
      ep.put("interface", e.iface());
    }
    ArrayNode instances = n.putArray("instances");
    for (Component.Instance i : c.instances()) {
      ObjectNode inst = instances.addObject();
      inst.put("name", i.name());
      inst.put("component", i.component());
    }
    return n;
  }

  /** {@code component}, {@code task class} or {@code entity}: the keyword the file used. */
  static String kind(Component c) {
    return switch (c.kind()) {
      case COMPONENT -> "component";
      case TASK_CLASS -> "task class";
      case ENTITY -> "entity";
    };
  }

  private ObjectNode type(Type t) {
    ObjectNode n = root.objectNode();
    if (t instanceof Type.Int i) {
      n.put("kind", "integer");
      n.put("name", i.kind().idlName());
    } else if (t instanceof Type.Handle h) {
      n.put("kind", "handle");
      if (h.iface() != null) {
        n.put("interface", h.iface());
      }
    } else if (t instanceof Type.Bytes b) {
      n.put("kind", "bytes");
      n.put("bound", b.bound());
    } else if (t instanceof Type.Str s) {
      n.put("kind", "string");
      n.put("bound", s.bound());
    } else if (t instanceof Type.Array a) {
      n.put("kind", "array");
      n.set("element", type(a.element()));
      n.put("length", a.length());
    } else if (t instanceof Type.Sequence s) {
      n.put("kind", "sequence");
      n.set("element", type(s.element()));
      n.put("bound", s.bound());
    } else if (t instanceof Typedef d) {
      n.put("kind", "typedef");
      n.put("name", d.qualifiedName());
    } else if (t instanceof StructType s) {
      n.put("kind", s.union() ? "union" : "struct");
      n.put("name", s.qualifiedName());
    } else {
      throw new IllegalArgumentException("the model holds an unresolved type; IR is only made from checked models");
    }
    return n;
  }
}
