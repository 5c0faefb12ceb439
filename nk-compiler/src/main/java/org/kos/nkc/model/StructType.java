package org.kos.nkc.model;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/**
 * A struct, or a tagged union ({@code union} true: exactly one field travels). Fields are in
 * declaration order. Never recursive: the compiler rejects a struct that contains itself.
 */
public record StructType(String pkg, String name, boolean union, List<Field> fields, SourceSpan span)
    implements Declaration, Type {
  public StructType {
    fields = List.copyOf(fields);
  }

  @Override
  public String display() {
    return qualifiedName();
  }

  public record Field(String name, Type type, SourceSpan span) {}
}
