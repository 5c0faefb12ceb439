package org.kos.nkc.model;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** A method; its MID is its index in {@link Interface#methods()}. Parameters in declaration order. */
public record Method(String name, List<Parameter> parameters, SourceSpan span) {
  public Method {
    parameters = List.copyOf(parameters);
  }

  public List<Parameter> ins() {
    return of(Direction.IN);
  }

  public List<Parameter> outs() {
    return of(Direction.OUT);
  }

  public List<Parameter> errors() {
    return of(Direction.ERROR);
  }

  public List<Parameter> of(Direction d) {
    return parameters.stream().filter(p -> p.direction() == d).toList();
  }

  /** Handles carried by the parameters of one direction (see {@link Handles#count}). */
  public long handles(Direction d) {
    long n = 0;
    for (Parameter p : of(d)) {
      n = Handles.add(n, Handles.count(p.type()));
    }
    return n;
  }
}
