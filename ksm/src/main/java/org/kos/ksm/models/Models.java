package org.kos.ksm.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.kos.ksm.model.ModelObject;

/** Creates the run-time objects of the standard models (spec §8) from a policy's object declarations. */
public final class Models {
  /** SIDs are in [0, MAX_SIDS): the module's fixed SID table (spec §7 "Module ABI", §9). */
  public static final int MAX_SIDS = 65536;

  private Models() {}

  /**
   * The object {@code objectName} of {@code model}.
   *
   * @param typeParameters the object's {@code type} parameters as the IR describes them ({@code
   *     {"type": "UInt16"}}, {@code {"variant": [...]}}); the one parameter of a model may have any
   *     name (spec §16 item 8: {@code type States})
   * @param config the object's evaluated {@code config} (records as maps, lists as lists, integers
   *     as longs), or null when it has none
   * @throws IllegalArgumentException for an unknown model or a malformed config
   */
  public static ModelObject create(String model, String objectName, Map<String, JsonNode> typeParameters,
      Object config) {
    Map<String, JsonNode> params = typeParameters == null ? Map.of() : typeParameters;
    switch (model) {
      case "Base": return new Base(objectName);
      case "Pred": return new Pred(objectName);
      case "Bool": return new Bool(objectName);
      case "Math": return new MathModel(objectName);
      case "Struct": return new Struct(objectName);
      case "Regex": return new Regex(objectName);
      case "HashSet": return HashSetModel.create(objectName, parameter(params, "Entry"), config);
      case "StaticMap": return StaticMap.create(objectName, parameter(params, "Value"), config);
      case "Flow": return Flow.create(objectName, parameter(params, "State"), config);
      case "Mic": return Mic.create(objectName, config);
      default: throw new IllegalArgumentException("policy object " + objectName + ": unknown model " + model);
    }
  }

  /** The parameter {@code name}, or the object's only parameter under another name, or any type. */
  private static ValueType parameter(Map<String, JsonNode> params, String name) {
    JsonNode t = params.get(name);
    if (t == null && params.size() == 1) {
      t = params.values().iterator().next();
    }
    return ValueType.of(t);
  }
}
