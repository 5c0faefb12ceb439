package org.kos.nkc.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.kos.nk.HandleDesc;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;

/**
 * Vector values (JSON, by IDL type: docs/nk-vectors.md) to the Java values of the generated stubs
 * and back. The IDL type says how to read the JSON; the Java type (taken by reflection from the
 * generated codec's signatures and records) says which class to build, so nothing here repeats the
 * generator's naming rules beyond matching a union alternative's record to its name.
 */
final class JavaValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JavaValues() {}

  /** The Java value of {@code json}, an IDL {@code type} held in Java as {@code javaType}. */
  static Object toJava(Type type, java.lang.reflect.Type javaType, JsonNode json) {
    Type t = type.resolved();
    if (t instanceof Type.Int i) {
      return integer(i.kind(), json);
    }
    if (t instanceof Type.Str) {
      require(json.isTextual(), "a string", json);
      return json.asText();
    }
    if (t instanceof Type.Bytes) {
      require(json.isTextual(), "a hex string", json);
      return HexFormat.of().parseHex(json.asText());
    }
    if (t instanceof Type.Handle) {
      return new HandleDesc(u32(json, "handle"), u32(json, "rights"), u32(json, "badge"), u32(json, "flags"));
    }
    if (t instanceof Type.Array a) {
      return collection(a.element(), javaType, json);
    }
    if (t instanceof Type.Sequence s) {
      return collection(s.element(), javaType, json);
    }
    if (t instanceof StructType s && !s.union()) {
      Class<?> record = (Class<?>) javaType;
      RecordComponent[] components = record.getRecordComponents();
      require(components != null && components.length == s.fields().size(), "a record of " + s.fields().size()
          + " components for " + s.display(), record);
      Object[] args = new Object[components.length];
      for (int i = 0; i < args.length; i++) {
        StructType.Field f = s.fields().get(i);
        require(json.has(f.name()), "field " + f.name(), json);
        args[i] = toJava(f.type(), components[i].getGenericType(), json.get(f.name()));
      }
      return construct(record, args);
    }
    if (t instanceof StructType u) {
      require(json.isObject() && json.size() == 1, "an object with one alternative", json);
      String chosen = json.fieldNames().next();
      StructType.Field f = u.fields().stream().filter(x -> x.name().equals(chosen)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no alternative " + chosen + " in " + u.display()));
      Class<?> alternative = alternative((Class<?>) javaType, chosen);
      RecordComponent value = alternative.getRecordComponents()[0];
      return construct(alternative, toJava(f.type(), value.getGenericType(), json.get(chosen)));
    }
    throw new IllegalArgumentException("no Java value for " + t.display());
  }

  /** The JSON of a Java value decoded as IDL {@code type}, in the form vectors write it. */
  static JsonNode toJson(Type type, Object value) {
    Type t = type.resolved();
    if (t instanceof Type.Int i) {
      long bits = ((Number) value).longValue();
      BigInteger v = BigInteger.valueOf(bits);
      if (!i.kind().signed()) {
        v = v.and(BigInteger.ONE.shiftLeft(i.kind().bits()).subtract(BigInteger.ONE));
      }
      return JSON.numberNode(v);
    }
    if (t instanceof Type.Str) {
      return JSON.textNode((String) value);
    }
    if (t instanceof Type.Bytes) {
      return JSON.textNode(HexFormat.of().formatHex((byte[]) value));
    }
    if (t instanceof Type.Handle) {
      HandleDesc h = (HandleDesc) value;
      ObjectNode o = JSON.objectNode();
      o.set("handle", unsigned(h.handle()));
      o.set("rights", unsigned(h.rights()));
      o.set("badge", unsigned(h.badge()));
      o.set("flags", unsigned(h.flags()));
      return o;
    }
    if (t instanceof Type.Array a) {
      return collectionJson(a.element(), value);
    }
    if (t instanceof Type.Sequence s) {
      return collectionJson(s.element(), value);
    }
    if (t instanceof StructType s && !s.union()) {
      ObjectNode o = JSON.objectNode();
      RecordComponent[] components = value.getClass().getRecordComponents();
      for (int i = 0; i < s.fields().size(); i++) {
        o.set(s.fields().get(i).name(), toJson(s.fields().get(i).type(), component(value, components[i])));
      }
      return o;
    }
    if (t instanceof StructType u) {
      for (StructType.Field f : u.fields()) {
        if (matches(value.getClass(), f.name())) {
          ObjectNode o = JSON.objectNode();
          o.set(f.name(), toJson(f.type(), component(value, value.getClass().getRecordComponents()[0])));
          return o;
        }
      }
      throw new IllegalArgumentException(value.getClass() + " is no alternative of " + u.display());
    }
    throw new IllegalArgumentException("no JSON for " + t.display());
  }

  /** Vector JSON in canonical form (integers as big integers), to compare with {@link #toJson}. */
  static JsonNode canonical(Type type, JsonNode json) {
    Type t = type.resolved();
    if (t instanceof Type.Int i) {
      integer(i.kind(), json);
      return JSON.numberNode(json.bigIntegerValue());
    }
    if (t instanceof Type.Bytes) {
      return JSON.textNode(json.asText().toLowerCase(java.util.Locale.ROOT));
    }
    if (t instanceof Type.Handle) {
      ObjectNode o = JSON.objectNode();
      for (String k : List.of("handle", "rights", "badge", "flags")) {
        u32(json, k);
        o.set(k, JSON.numberNode(json.get(k).bigIntegerValue()));
      }
      return o;
    }
    if (t instanceof Type.Array || t instanceof Type.Sequence) {
      Type element = t instanceof Type.Array a ? a.element() : ((Type.Sequence) t).element();
      ArrayNode out = JSON.arrayNode();
      json.forEach(e -> out.add(canonical(element, e)));
      return out;
    }
    if (t instanceof StructType s) {
      ObjectNode o = JSON.objectNode();
      for (StructType.Field f : s.fields()) {
        if (json.has(f.name())) {
          o.set(f.name(), canonical(f.type(), json.get(f.name())));
        }
      }
      return o;
    }
    return json;
  }

  private static Object integer(IntKind kind, JsonNode json) {
    require(json.isIntegralNumber(), "an integer", json);
    BigInteger v = json.bigIntegerValue();
    require(kind.fits(v), "a value of " + kind.idlName(), json);
    long bits = v.longValue();
    return switch (kind.bytes()) {
      case 1 -> (byte) bits;
      case 2 -> (short) bits;
      case 4 -> (int) bits;
      default -> bits;
    };
  }

  private static int u32(JsonNode json, String key) {
    JsonNode v = json.get(key);
    require(v != null && v.isIntegralNumber() && IntKind.UINT32.fits(v.bigIntegerValue()), "a u32 " + key, json);
    return (int) v.longValue();
  }

  private static JsonNode unsigned(int v) {
    return JSON.numberNode(BigInteger.valueOf(Integer.toUnsignedLong(v)));
  }

  private static Object collection(Type element, java.lang.reflect.Type javaType, JsonNode json) {
    require(json.isArray(), "an array", json);
    Type e = element.resolved();
    if (e instanceof Type.Int i) {
      Class<?> arrayClass = (Class<?>) javaType;
      Object array = java.lang.reflect.Array.newInstance(arrayClass.getComponentType(), json.size());
      for (int k = 0; k < json.size(); k++) {
        java.lang.reflect.Array.set(array, k, integer(i.kind(), json.get(k)));
      }
      return array;
    }
    java.lang.reflect.Type elementJava = ((ParameterizedType) javaType).getActualTypeArguments()[0];
    List<Object> list = new ArrayList<>();
    json.forEach(x -> list.add(toJava(element, elementJava, x)));
    return list;
  }

  private static JsonNode collectionJson(Type element, Object value) {
    ArrayNode out = JSON.arrayNode();
    if (value instanceof List<?> list) {
      list.forEach(x -> out.add(toJson(element, x)));
    } else {
      for (int k = 0; k < java.lang.reflect.Array.getLength(value); k++) {
        out.add(toJson(element, java.lang.reflect.Array.get(value, k)));
      }
    }
    return out;
  }

  /** The record of a union's alternative: named as the alternative, upper camel case. */
  private static Class<?> alternative(Class<?> union, String name) {
    Class<?>[] permitted = union.getPermittedSubclasses();
    require(permitted != null, "a sealed interface", union);
    for (Class<?> c : permitted) {
      if (matches(c, name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no record for alternative " + name + " in " + union.getName());
  }

  private static boolean matches(Class<?> alternative, String name) {
    String simple = alternative.getSimpleName();
    if (simple.endsWith("_")) {
      simple = simple.substring(0, simple.length() - 1);
    }
    return simple.replace("_", "").equalsIgnoreCase(name.replace("_", ""));
  }

  private static Object construct(Class<?> record, Object... args) {
    Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      Constructor<?> c = record.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + record.getName(), e);
    }
  }

  static Object component(Object record, RecordComponent c) {
    try {
      java.lang.reflect.Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static void require(boolean ok, String what, Object got) {
    if (!ok) {
      throw new IllegalArgumentException("expected " + what + ", got " + got);
    }
  }
}
