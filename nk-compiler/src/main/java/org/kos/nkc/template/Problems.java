package org.kos.nkc.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems of one expansion, at most {@link #MAX} of them: a hostile template cannot flood the output. */
final class Problems {
  static final int MAX = 100;

  private final List<TemplateProblem> list = new ArrayList<>();

  void add(TemplateProblem.Kind kind, int start, int end, String message) {
    if (list.size() < MAX) {
      list.add(new TemplateProblem(kind, start, end, message));
    }
  }

  /** In template order (unclosed ifs are found at the end but point before). */
  List<TemplateProblem> sorted() {
    list.sort(Comparator.comparingInt(TemplateProblem::start));
    return list;
  }
}
