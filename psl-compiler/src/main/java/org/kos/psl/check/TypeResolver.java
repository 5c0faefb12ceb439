package org.kos.psl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.TypeExpr;
import org.kos.psl.rules.PslRule;
import org.kos.psl.types.IntType;
import org.kos.psl.types.PslType;

/**
 * Type expressions into types: built-in names ({@code UInt8}, {@code Boolean}, {@code Text},
 * {@code Set<T>}, {@code List<T>}, {@code Map<K, V>}, {@code Array<T, N>}, {@code Sequence<T, N>}), the
 * SDK's aliases ({@code Sid}, {@code HandleDesc}, ...) and, inside an object, its own {@code type}s.
 */
final class TypeResolver {
  private final Map<String, Decl.TypeAlias> aliases;
  private final Map<String, PslType> resolved = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  private final Diagnostics diagnostics;

  TypeResolver(Map<String, Decl.TypeAlias> aliases, Diagnostics diagnostics) {
    this.aliases = aliases;
    this.diagnostics = diagnostics;
  }

  /** A global alias by name ({@code Sid}), or null. */
  PslType alias(String name) {
    Decl.TypeAlias a = aliases.get(name);
    if (a == null) {
      return null;
    }
    PslType done = resolved.get(name);
    if (done != null) {
      return done;
    }
    if (!resolving.add(name)) {
      diagnostics.report(PslRule.PS0208.at(a.name().span(), "type '" + name + "' is defined in terms of itself"));
      return PslType.Any.INSTANCE;
    }
    PslType t = resolve(a.type(), Map.of());
    resolving.remove(name);
    resolved.put(name, t);
    return t;
  }

  PslType resolve(TypeExpr e, Map<String, PslType> local) {
    if (e instanceof TypeExpr.Variant v) {
      List<PslType> alternatives = new ArrayList<>();
      for (TypeExpr a : v.alternatives()) {
        alternatives.add(resolve(a, local));
      }
      return new PslType.Variant(alternatives);
    }
    if (e instanceof TypeExpr.TextLiteral t) {
      return new PslType.TextLiteral(t.value());
    }
    if (e instanceof TypeExpr.IntLiteral i) {
      return new PslType.IntLiteral(i.value());
    }
    if (e instanceof TypeExpr.Unit) {
      return PslType.Unit.INSTANCE;
    }
    if (e instanceof TypeExpr.Any) {
      return PslType.Any.INSTANCE;
    }
    if (e instanceof TypeExpr.Tuple t) {
      List<PslType> elements = new ArrayList<>();
      t.elements().forEach(x -> elements.add(resolve(x, local)));
      return new PslType.Tuple(elements, false);
    }
    if (e instanceof TypeExpr.Dict d) {
      Map<String, PslType> fields = new LinkedHashMap<>();
      for (TypeExpr.DictField f : d.fields()) {
        if (fields.put(f.name().text(), resolve(f.type(), local)) != null) {
          diagnostics.report(PslRule.PS0209.at(f.name().span(), "field '" + f.name().text() + "' given twice"));
        }
      }
      return new PslType.Dict(fields, false);
    }
    return named((TypeExpr.Named) e, local);
  }

  private PslType named(TypeExpr.Named n, Map<String, PslType> local) {
    String name = n.name().text();
    List<TypeExpr> args = n.arguments();
    switch (name) {
      case "Boolean":
        return noArguments(n, PslType.Bool.INSTANCE);
      case "Text":
        return noArguments(n, PslType.Text.INSTANCE);
      case "Set":
      case "List":
        if (args.size() == 1) {
          return new PslType.Collection(name.equals("Set") ? PslType.CollectionKind.SET : PslType.CollectionKind.LIST,
              resolve(args.get(0), local), Long.MAX_VALUE);
        }
        return arity(n, "one type argument: " + name + "<T>");
      case "Array":
      case "Sequence":
        if (args.size() == 1 || args.size() == 2) {
          long bound = Long.MAX_VALUE;
          if (args.size() == 2) {
            if (!(args.get(1) instanceof TypeExpr.IntLiteral b) || b.value().signum() < 0
                || b.value().bitLength() > 62) {
              return arity(n, "a length: " + name + "<T, N>");
            }
            bound = b.value().longValue();
          }
          return new PslType.Collection(name.equals("Array") ? PslType.CollectionKind.ARRAY
              : PslType.CollectionKind.SEQUENCE, resolve(args.get(0), local), bound);
        }
        return arity(n, name + "<T, N>");
      case "Map":
        if (args.size() == 2) {
          return new PslType.MapOf(resolve(args.get(0), local), resolve(args.get(1), local));
        }
        return arity(n, "two type arguments: Map<K, V>");
      default:
        break;
    }
    IntType it = IntType.ofName(name);
    if (it != null) {
      return noArguments(n, new PslType.Int(it));
    }
    PslType t = local.get(name);
    if (t == null) {
      t = alias(name);
    }
    if (t == null) {
      List<String> candidates = new ArrayList<>(aliases.keySet());
      candidates.addAll(local.keySet());
      candidates.addAll(List.of("Boolean", "Text", "Set", "List", "Map", "Array", "Sequence"));
      for (IntType i : IntType.values()) {
        candidates.add(i.pslName());
      }
      String best = Suggest.closest(name, candidates);
      diagnostics.report(PslRule.PS0208.at(n.name().span(), "unknown type '" + name + "'"
          + (best == null ? "" : "; did you mean '" + best + "'?")));
      return PslType.Any.INSTANCE;
    }
    return noArguments(n, t);
  }

  private PslType noArguments(TypeExpr.Named n, PslType t) {
    if (!n.arguments().isEmpty()) {
      diagnostics.report(PslRule.PS0401.at(n.span(), "type '" + n.name().text() + "' takes no type arguments"));
    }
    return t;
  }

  private PslType arity(TypeExpr.Named n, String expected) {
    diagnostics.report(PslRule.PS0401.at(n.span(), "type '" + n.name().text() + "' needs " + expected));
    return PslType.Any.INSTANCE;
  }

}
