package org.kos.nkc.template;

import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.template.TemplateProblem.Kind;

/**
 * The open {@code if} tags, innermost last, and whether the text at hand is kept. An explicit stack:
 * thousands of nested ifs cost a list, not the Java stack.
 */
final class Branches {
  private static final class Open {
    final int start;
    final int end;
    final boolean parentKept;
    boolean taken;
    boolean sawElse;

    Open(int start, int end, boolean parentKept, boolean taken) {
      this.start = start;
      this.end = end;
      this.parentKept = parentKept;
      this.taken = taken;
    }
  }

  private final Problems problems;
  private final List<Open> open = new ArrayList<>();
  private boolean kept = true;

  Branches(Problems problems) {
    this.problems = problems;
  }

  /** Whether the text at hand is in branches taken all the way out. */
  boolean kept() {
    return kept;
  }

  void openIf(int start, int end, boolean condition) {
    open.add(new Open(start, end, kept, condition));
    kept = kept && condition;
  }

  void elif(int start, int end, boolean condition) {
    Open o = innermost(start, end, "elif");
    if (o == null) {
      return;
    }
    if (o.sawElse) {
      problems.add(Kind.SYNTAX, start, end, "`elif` after `else`: the `else` branch must be the last");
    }
    boolean take = !o.taken && !o.sawElse && condition;
    o.taken |= take;
    kept = o.parentKept && take;
  }

  void otherwise(int start, int end) {
    Open o = innermost(start, end, "else");
    if (o == null) {
      return;
    }
    if (o.sawElse) {
      problems.add(Kind.SYNTAX, start, end, "a second `else` for the same `if`");
    }
    boolean take = !o.taken;
    o.taken = true;
    o.sawElse = true;
    kept = o.parentKept && take;
  }

  void endif(int start, int end) {
    Open o = innermost(start, end, "endif");
    if (o != null) {
      open.remove(open.size() - 1);
      kept = o.parentKept;
    }
  }

  /** At the end of the template: every if still open lacks its endif. */
  void finish() {
    for (Open o : open) {
      problems.add(Kind.SYNTAX, o.start, o.end, "`if` without `endif`");
    }
    open.clear();
    kept = true;
  }

  private Open innermost(int start, int end, String tag) {
    if (open.isEmpty()) {
      problems.add(Kind.SYNTAX, start, end, "`" + tag + "` without `if`");
      return null;
    }
    return open.get(open.size() - 1);
  }
}
