package org.kos.nkc.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/**
 * An {@code interface {...}} block. {@code declaredName} is the pre-1.1 form's name
 * ({@code interface IPing {}}), null for the anonymous 1.1+ form whose name is the package's.
 * {@code keyword} spans the word {@code interface}.
 */
public record Interface(Name declaredName, List<Method> methods, SourceSpan keyword, SourceSpan span) {
  public Interface {
    methods = List.copyOf(methods);
  }

  public record Method(Name name, List<Param> params, SourceSpan span) {
    public Method {
      params = List.copyOf(params);
    }
  }

  public record Param(Direction direction, TypeRef type, Name name, SourceSpan span) {}

  /** Parameter direction; the declaration order must be in, out, error. */
  public enum Direction {
    IN("in"),
    OUT("out"),
    ERROR("error");

    public final String keyword;

    Direction(String keyword) {
      this.keyword = keyword;
    }
  }
}
