package org.kos.psl.ast;

import java.math.BigInteger;
import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** Type expressions of {@code type X = ...} (spec §3 type_expr) and of the SDK's model signatures. */
public sealed interface TypeExpr permits TypeExpr.Named, TypeExpr.TextLiteral, TypeExpr.IntLiteral, TypeExpr.Unit,
    TypeExpr.Tuple, TypeExpr.Dict, TypeExpr.Variant, TypeExpr.Any {
  SourceSpan span();

  /** {@code UInt8}, {@code Set<State>}, {@code Map<K, V>}. */
  record Named(QName name, List<TypeExpr> arguments, SourceSpan span) implements TypeExpr {
    public Named {
      arguments = List.copyOf(arguments);
    }
  }

  record TextLiteral(String value, SourceSpan span) implements TypeExpr {}

  record IntLiteral(BigInteger value, SourceSpan span) implements TypeExpr {}

  record Unit(SourceSpan span) implements TypeExpr {}

  record Tuple(List<TypeExpr> elements, SourceSpan span) implements TypeExpr {
    public Tuple {
      elements = List.copyOf(elements);
    }
  }

  record Dict(List<DictField> fields, SourceSpan span) implements TypeExpr {
    public Dict {
      fields = List.copyOf(fields);
    }
  }

  record DictField(Name name, TypeExpr type) {}

  record Variant(List<TypeExpr> alternatives, SourceSpan span) implements TypeExpr {
    public Variant {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** {@code _} in an SDK model signature: any value. */
  record Any(SourceSpan span) implements TypeExpr {}
}
