package org.kos.ksm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.kos.ksm.model.ModelObject;

/** Creates a policy object of a standard model from its IR declaration (type parameters, evaluated config). */
@FunctionalInterface
public interface ObjectFactory {
  ModelObject create(String model, String name, Map<String, JsonNode> typeParameters, Object config);
}
