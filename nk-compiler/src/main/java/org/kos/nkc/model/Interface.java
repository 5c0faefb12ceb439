package org.kos.nkc.model;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/**
 * The interface of an IDL package. Its name is the package's name; {@code declaredName} is the
 * pre-1.1 form's own name ({@code interface IPing {}}), null for anonymous interfaces.
 */
public record Interface(String name, String declaredName, List<Method> methods, SourceSpan span) {
  public Interface {
    methods = List.copyOf(methods);
  }
}
