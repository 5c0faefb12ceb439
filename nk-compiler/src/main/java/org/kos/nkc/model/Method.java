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

  /**
   * The parameters of one direction, in order. Asked for several times per method by the checks
   * and the layout, so a loop rather than a stream, and no copy when every parameter matches.
   */
  public List<Parameter> of(Direction d) {
    int n = 0;
    for (Parameter p : parameters) {
      if (p.direction() == d) {
        n++;
      }
    }
    if (n == parameters.size()) {
      return parameters;
    }
    if (n == 0) {
      return List.of();
    }
    Parameter[] matching = new Parameter[n];
    int i = 0;
    for (Parameter p : parameters) {
      if (p.direction() == d) {
        matching[i++] = p;
      }
    }
    return List.of(matching);
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
