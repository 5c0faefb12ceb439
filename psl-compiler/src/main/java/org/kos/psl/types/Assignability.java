package org.kos.psl.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a value of one type may stand where another is expected. Integer types convert to each
 * other (the engine checks the value's range when it evaluates, spec §16 item 17); integer and text
 * literals must be values of the target; literal lists and records take the shape the target asks for.
 */
public final class Assignability {
  private Assignability() {}

  public static boolean assignable(PslType value, PslType target) {
    if (target == PslType.Any.INSTANCE || value == PslType.Any.INSTANCE) {
      return true;
    }
    if (value instanceof PslType.Variant v) {
      return v.alternatives().stream().allMatch(a -> assignable(a, target));
    }
    if (target instanceof PslType.Variant v) {
      return v.alternatives().stream().anyMatch(a -> assignable(value, a));
    }
    if (value == PslType.Decision.INSTANCE || value == PslType.Bytes.INSTANCE) {
      return false;
    }
    if (target instanceof PslType.Int t) {
      return value instanceof PslType.Int
          || (value instanceof PslType.IntLiteral l && t.kind().holds(l.value()));
    }
    if (target instanceof PslType.IntLiteral t) {
      return value instanceof PslType.IntLiteral l && l.value().equals(t.value());
    }
    if (target instanceof PslType.TextLiteral t) {
      return value instanceof PslType.TextLiteral l && l.value().equals(t.value());
    }
    if (target instanceof PslType.Dict t) {
      return value instanceof PslType.Dict d && dictAssignable(d, t);
    }
    if (target instanceof PslType.Tuple t) {
      return value instanceof PslType.Tuple v && v.elements().size() == t.elements().size()
          && allPairs(v.elements(), t.elements());
    }
    if (target instanceof PslType.Collection t) {
      return collectionAssignable(value, t);
    }
    if (target instanceof PslType.MapOf t) {
      return value instanceof PslType.Dict d && d.literal()
          && d.fields().entrySet().stream().allMatch(e ->
              assignable(new PslType.TextLiteral(e.getKey()), t.key()) && assignable(e.getValue(), t.value()))
          || value instanceof PslType.MapOf m && assignable(m.key(), t.key()) && assignable(m.value(), t.value());
    }
    if (target == PslType.Text.INSTANCE) {
      return value == PslType.Text.INSTANCE || value instanceof PslType.TextLiteral;
    }
    return target == value && (target == PslType.Bool.INSTANCE || target == PslType.Unit.INSTANCE);
  }

  private static boolean dictAssignable(PslType.Dict value, PslType.Dict target) {
    if (!value.fields().keySet().equals(target.fields().keySet())) {
      return false;
    }
    for (Map.Entry<String, PslType> e : target.fields().entrySet()) {
      if (!assignable(value.fields().get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean collectionAssignable(PslType value, PslType.Collection target) {
    if (value instanceof PslType.Tuple t && t.literal()) {
      if (target.kind().bounded && t.elements().size() > target.bound()) {
        return false;
      }
      return t.elements().stream().allMatch(e -> assignable(e, target.element()));
    }
    if (value instanceof PslType.Collection c) {
      boolean setness = (c.kind() == PslType.CollectionKind.SET) == (target.kind() == PslType.CollectionKind.SET);
      return (setness || target.kind() == PslType.CollectionKind.LIST) && assignable(c.element(), target.element());
    }
    return false;
  }

  private static boolean allPairs(List<PslType> values, List<PslType> targets) {
    for (int i = 0; i < values.size(); i++) {
      if (!assignable(values.get(i), targets.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The record fields a target dictionary misses or does not know, for PS0402's message; null when none. */
  public static String fieldMismatch(PslType value, PslType target) {
    PslType.Dict want = dictIn(target);
    if (!(value instanceof PslType.Dict have) || want == null) {
      return null;
    }
    List<String> missing = new ArrayList<>(want.fields().keySet());
    missing.removeAll(have.fields().keySet());
    List<String> unknown = new ArrayList<>(have.fields().keySet());
    unknown.removeAll(want.fields().keySet());
    if (missing.isEmpty() && unknown.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add((missing.size() == 1 ? "field " : "fields ") + String.join(", ", missing) + " missing");
    }
    if (!unknown.isEmpty()) {
      parts.add((unknown.size() == 1 ? "field " : "fields ") + String.join(", ", unknown) + " unknown");
    }
    return String.join("; ", parts);
  }

  /** The single dictionary a target type is (or the only dictionary among its alternatives). */
  private static PslType.Dict dictIn(PslType target) {
    if (target instanceof PslType.Dict d) {
      return d;
    }
    if (target instanceof PslType.Variant v) {
      List<PslType.Dict> dicts = v.alternatives().stream().filter(PslType.Dict.class::isInstance)
          .map(PslType.Dict.class::cast).toList();
      return dicts.size() == 1 ? dicts.get(0) : null;
    }
    return null;
  }

  public static boolean isNumber(PslType t) {
    if (t instanceof PslType.Variant v) {
      return v.alternatives().stream().allMatch(Assignability::isNumber);
    }
    return t instanceof PslType.Int || t instanceof PslType.IntLiteral || t == PslType.Any.INSTANCE;
  }

  public static boolean isBoolean(PslType t) {
    return t == PslType.Bool.INSTANCE || t == PslType.Any.INSTANCE;
  }

  /** {@code ScalarLiteral = () | Boolean | Number}: what {@code ==} and {@code !=} compare. */
  public static boolean isScalar(PslType t) {
    if (t instanceof PslType.Variant v) {
      return v.alternatives().stream().allMatch(Assignability::isScalar);
    }
    return isNumber(t) || t == PslType.Bool.INSTANCE || t == PslType.Unit.INSTANCE;
  }
}
