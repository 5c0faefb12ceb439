package org.kos.rcdb.scan;

import java.util.ArrayList;
import java.util.List;

/** Bracket matching and argument splitting over token lists. */
final class Args {
  private Args() {}

  /** Index of the bracket closing the one at {@code open}, or the last index when unbalanced. */
  static int matchingParen(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return tokens.size() - 1;
  }

  /** The comma-separated arguments between the brackets at {@code open} and {@code close}. */
  static List<List<Token>> split(List<Token> tokens, int open, int close) {
    List<List<Token>> args = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int depth = 0;
    for (int i = open + 1; i < close && i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        depth--;
      } else if (t.is(",") && depth == 0) {
        args.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(t);
    }
    if (!cur.isEmpty() || !args.isEmpty()) {
      args.add(cur);
    }
    return args;
  }
}
