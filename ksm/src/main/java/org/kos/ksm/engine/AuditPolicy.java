package org.kos.ksm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.kos.ksm.model.Decision;

/**
 * Which rule calls are audited (spec psl.md §10): the runtime level selects one configuration of
 * each profile; a call is audited when the profile in force (its body's {@code audit p}, else the
 * global {@code audit default}) lists its result under the called object's {@code kss}. The level is
 * the {@code audit default}'s (Base's method to change it is not provided: its name is unconfirmed).
 * Flow's {@code omit} suppresses a call's audit while the FSM of the call's {@code sid} is in a listed
 * state; Regex's {@code emit} (global profile) records the listed expression calls with the event.
 */
final class AuditPolicy {
  /** profile → object → results audited, at the runtime level. */
  private final Map<String, Map<String, Set<String>>> atLevel = new HashMap<>();
  /** profile → object → Flow states during which its calls are not audited (omit). */
  private final Map<String, Map<String, Set<String>>> omitAtLevel = new HashMap<>();
  /** object → Regex expressions audited (emit), in the global profile. */
  private final Map<String, Set<String>> emit = new HashMap<>();
  private final String defaultProfile;

  AuditPolicy(JsonNode audit) {
    JsonNode def = audit.path("default");
    this.defaultProfile = def.path("profile").asText("empty");
    long level = def.path("level").asLong(0);
    for (JsonNode p : audit.path("profiles")) {
      Map<String, Set<String>> objects = new HashMap<>();
      Map<String, Set<String>> omits = new HashMap<>();
      boolean global = p.path("name").asText().equals(defaultProfile);
      for (JsonNode l : p.path("levels")) {
        if (l.path("level").asLong() != level) {
          continue;
        }
        Iterator<Map.Entry<String, JsonNode>> it = l.path("objects").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> o = it.next();
          Set<String> kss = new HashSet<>();
          o.getValue().path("kss").forEach(v -> kss.add(v.asText().startsWith("deny") ? "denied"
              : v.asText().startsWith("grant") ? "granted" : v.asText()));
          objects.put(o.getKey(), kss);
          Set<String> omit = new HashSet<>();
          o.getValue().path("omit").forEach(v -> omit.add(v.asText()));
          if (!omit.isEmpty()) {
            omits.put(o.getKey(), omit);
          }
          if (global) {
            Set<String> emits = new HashSet<>();
            o.getValue().path("emit").forEach(v -> emits.add(v.asText()));
            if (!emits.isEmpty()) {
              emit.put(o.getKey(), emits);
            }
          }
        }
      }
      atLevel.put(p.path("name").asText(), objects);
      omitAtLevel.put(p.path("name").asText(), omits);
    }
  }

  /** Whether any result of this call could be audited (then it is not folded into a constant plan). */
  boolean audits(Plan.Call c) {
    Set<String> kss = kss(c.profile(), c.object());
    return kss != null && !kss.isEmpty();
  }

  /**
   * Whether a call of {@code object} in a body whose profile is {@code profile} (null: the global one)
   * with this result is audited.
   */
  boolean audits(String profile, String object, Decision result) {
    Set<String> kss = kss(profile, object);
    return kss != null && kss.contains(result == Decision.GRANTED ? "granted" : "denied");
  }

  /** The Flow states during which calls of {@code object} under {@code profile} are not audited (omit), or null. */
  Set<String> omitted(String profile, String object) {
    Map<String, Set<String>> objects = omitAtLevel.get(profile != null ? profile : defaultProfile);
    return objects == null ? null : objects.get(object);
  }

  /** Whether an expression call of this object is audited (Regex emit, global profile). */
  boolean emits(String object, String method) {
    Set<String> m = emit.get(object);
    return m != null && m.contains(method);
  }

  /** Whether an event may need auditing even when all its rules grant: some expression is emitted. */
  boolean anyEmit() {
    return !emit.isEmpty();
  }

  private Set<String> kss(String profile, String object) {
    Map<String, Set<String>> objects = atLevel.get(profile != null ? profile : defaultProfile);
    return objects == null ? null : objects.get(object);
  }
}
