package org.kos.nkc.ir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.InstanceLayout;
import org.kos.nkc.layout.InterfaceLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.layout.MessageBounds;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.MethodLayout;
import org.kos.nkc.layout.TypeLayout;

/**
 * The layout half of the IR. Struct and union members are written once, under
 * {@code layout.structs}; a field of struct or union type carries its size, alignment, arena
 * and handles and names the struct, so nesting never repeats (or multiplies) a member list.
 */
final class LayoutJson {
  private final ObjectMapper mapper;

  LayoutJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode of(Layout layout) {
    ObjectNode n = mapper.createObjectNode();
    ObjectNode structs = n.putObject("structs");
    layout.structs().forEach((name, t) -> {
      ObjectNode s = type(t);
      ArrayNode members = s.putArray("members");
      t.members().forEach(m -> members.add(field(m)));
      structs.set(name, s);
    });
    ObjectNode interfaces = n.putObject("interfaces");
    layout.interfaces().forEach((name, i) -> interfaces.set(name, iface(i)));
    ObjectNode components = n.putObject("components");
    layout.components().forEach((name, c) -> components.set(name, component(c)));
    ObjectNode classes = n.putObject("classes");
    layout.classes().forEach((name, c) -> classes.set(name, component(c)));
    return n;
  }

  private ObjectNode iface(InterfaceLayout i) {
    ObjectNode n = mapper.createObjectNode();
    n.put("midMax", i.midMax());
    n.set("bounds", bounds(i.bounds()));
    ArrayNode methods = n.putArray("methods");
    for (MethodLayout m : i.methods()) {
      ObjectNode method = methods.addObject();
      method.put("name", m.name());
      method.put("mid", m.mid());
      for (MessageLayout message : List.of(m.request(), m.response(), m.error())) {
        method.set(message.kind().jsonName(), message(message));
      }
    }
    return n;
  }

  private ObjectNode message(MessageLayout m) {
    ObjectNode n = mapper.createObjectNode();
    n.put("fixedSize", m.fixedSize());
    n.put("maxArena", m.maxArena());
    n.put("handles", m.handles());
    ArrayNode fields = n.putArray("fields");
    m.fields().forEach(f -> fields.add(field(f)));
    return n;
  }

  private ObjectNode field(FieldLayout f) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", f.name());
    n.put("offset", f.offset());
    n.setAll(type(f.type()));
    return n;
  }

  /** A type's numbers; an array's or sequence's element recursively, a struct's members not. */
  private ObjectNode type(TypeLayout t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("kind", t.kind().jsonName());
    n.put("type", t.type());
    n.put("size", t.size());
    n.put("alignment", t.alignment());
    if (t.isChunk()) {
      n.put("maxElements", t.maxElements());
    }
    n.put("maxArena", t.maxArena());
    n.put("handles", t.handles());
    if (t.element() != null) {
      n.set("element", type(t.element()));
    }
    return n;
  }

  private ObjectNode bounds(MessageBounds b) {
    ObjectNode n = mapper.createObjectNode();
    n.put("reqArena", b.reqArena());
    n.put("resArena", b.resArena());
    n.put("arena", b.arena());
    n.put("reqHandles", b.reqHandles());
    n.put("resHandles", b.resHandles());
    n.put("errHandles", b.errHandles());
    n.put("reqFixedSize", b.reqFixedSize());
    n.put("resFixedSize", b.resFixedSize());
    return n;
  }

  private ObjectNode component(ComponentLayout c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("iidMax", c.iidMax());
    n.set("bounds", bounds(c.bounds()));
    ArrayNode endpoints = n.putArray("endpoints");
    for (EndpointLayout e : c.endpoints()) {
      ObjectNode ep = endpoints.addObject();
      ep.put("riid", e.riid());
      ep.put("name", e.name());
      ep.put("qualifiedName", e.qualifiedName());
      ep.put("interface", e.iface());
    }
    ArrayNode instances = n.putArray("instances");
    for (InstanceLayout i : c.instances()) {
      ObjectNode inst = instances.addObject();
      inst.put("path", i.path());
      inst.put("component", i.component());
      inst.put("iidOffset", i.iidOffset());
      inst.put("endpointCount", i.endpointCount());
    }
    return n;
  }
}
