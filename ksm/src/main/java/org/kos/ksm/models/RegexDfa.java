package org.kos.ksm.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PSL pattern compiled into a deterministic automaton, for the patterns policies mostly use
 * (names, paths, modes: ASCII literals and classes, groups, alternation, quantifiers, {@code ^} at the
 * start and {@code $} at the end): {@link #find} then reads each character of the text once, with one
 * table lookup, in tables shared by every thread, where {@code java.util.regex} backtracks through a
 * matcher of its own per thread. The answer is the one {@link Regex} gets from
 * {@code java.util.regex} on the pattern {@link org.kos.kernel.security.PolicyRegex} writes (found
 * anywhere in the text; {@code .} matches any character; {@code $} is the end of the text); a
 * pattern outside the subset, or whose automaton would be large, gets no DFA ({@link #of} answers
 * null) and is left to {@code java.util.regex}, as is every pattern the dialect refuses.
 *
 * <p>The subset: literal ASCII characters other than {@code \ [ ] ( ) | * + ? { } . ^ $}; {@code .};
 * {@code \d \D \w \W \s \S} (ASCII, as Java's); a backslash before ASCII punctuation (that
 * character); brackets with ASCII characters, ranges, those escapes and the POSIX classes
 * ({@code [:alpha:]}, ASCII as Java's {@code \p{Alpha}}), negated or not; groups; {@code |};
 * {@code * + ?} and bounds {@code {m}} {@code {m,}} {@code {m,n}}, lazy or not (the same answer); a
 * {@code {} that opens no bound is literal, as the dialect has it. Characters of the text past ASCII
 * are one symbol, matched only by {@code .} and the negated classes.
 *
 * <p>Construction: positions of the pattern (Glushkov), then subsets of positions (the automaton's
 * states, the start position kept in every state when the pattern is not anchored at the start),
 * with the 129 symbols grouped into classes that no position tells apart.
 */
final class RegexDfa {
  /** Symbols: ASCII characters 0-127, and 128 for any other character. */
  private static final int SYMBOLS = 129;
  private static final int OTHER = 128;
  /** Limits past which a pattern is left to java.util.regex. */
  private static final int MAX_POSITIONS = 512;
  /** Entries of the transition table (states times symbol classes). */
  private static final int MAX_TABLE = 1 << 16;

  private final byte[] classOf;
  private final int classes;
  /** next[state * classes + class]; -1: no match can follow. */
  private final int[] next;
  private final boolean[] accepting;
  private final boolean anchoredEnd;

  private RegexDfa(byte[] classOf, int classes, int[] next, boolean[] accepting, boolean anchoredEnd) {
    this.classOf = classOf;
    this.classes = classes;
    this.next = next;
    this.accepting = accepting;
    this.anchoredEnd = anchoredEnd;
  }

  /** Whether the pattern is found in {@code text}. */
  boolean find(String text) {
    int s = 0;
    if (!anchoredEnd && accepting[0]) {
      return true;
    }
    for (int i = 0, n = text.length(); i < n; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      s = next[s * classes + (classOf[c < OTHER ? c : OTHER] & 0xFF)];
      if (s < 0) {
        return false;
      }
      if (!anchoredEnd && accepting[s]) {
        return true;
      }
    }
    return accepting[s];
  }

  /** The automaton of a PSL pattern, or null when the pattern is outside the subset or too large. */
  static RegexDfa of(String pattern) {
    try {
      Parser p = new Parser(pattern);
      Node root = p.parse();
      if (p.positions.size() > MAX_POSITIONS) {
        return null;
      }
      return build(root, p.positions, p.anchoredStart, p.anchoredEnd);
    } catch (Unsupported | RuntimeException e) {
      return null; // an optimisation only: java.util.regex answers instead
    }
  }

  /** Outside the subset: left to java.util.regex. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  // ---- the pattern's tree ---------------------------------------------------------------------

  private sealed interface Node permits Sym, Seq, Alt, Star, Opt {}

  /** One position: a set of symbols. */
  private record Sym(int position) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> alternatives) implements Node {}

  private record Star(Node body) implements Node {}

  private record Opt(Node body) implements Node {}

  /** Parses the subset; positions' symbol sets are collected as they are created. */
  private static final class Parser {
    private final String p;
    private int i;
    final List<boolean[]> positions = new ArrayList<>();
    boolean anchoredStart;
    boolean anchoredEnd;

    Parser(String p) {
      this.p = p;
    }

    Node parse() throws Unsupported {
      int end = p.length();
      if (p.startsWith("^")) {
        anchoredStart = true;
        i = 1;
      }
      if (end > i && p.charAt(end - 1) == '$' && !escaped(end - 1)) {
        anchoredEnd = true;
        end--;
      }
      Node n = alternation(end, 0);
      if (i != end) {
        throw new Unsupported(); // a ')' without its '('
      }
      if ((anchoredStart || anchoredEnd) && n instanceof Alt) {
        throw new Unsupported(); // ^a|b: the anchor binds to one alternative only
      }
      return n;
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private boolean escaped(int at) {
      int k = 0;
      while (at - 1 - k >= 0 && p.charAt(at - 1 - k) == '\\') {
        k++;
      }
      return k % 2 == 1;
    }

    private Node alternation(int end, int depth) throws Unsupported {
      List<Node> alternatives = new ArrayList<>();
      alternatives.add(sequence(end, depth));
      while (i < end && p.charAt(i) == '|') {
        i++;
        alternatives.add(sequence(end, depth));
      }
      return alternatives.size() == 1 ? alternatives.get(0) : new Alt(alternatives);
    }

    private Node sequence(int end, int depth) throws Unsupported {
      List<Node> items = new ArrayList<>();
      while (i < end) {
        char c = p.charAt(i);
        if (c == '|' || c == ')') {
          if (c == ')' && depth == 0) {
            throw new Unsupported();
          }
          break;
        }
        int firstPosition = positions.size();
        Node atom = atom(end, depth);
        items.add(quantified(atom, firstPosition, end));
      }
      return new Seq(items);
    }

    private Node atom(int end, int depth) throws Unsupported {
      char c = p.charAt(i);
      switch (c) {
        case '(': {
          if (i + 1 < end && p.charAt(i + 1) == '?') {
            throw new Unsupported();
          }
          i++;
          Node inner = alternation(end, depth + 1);
          if (i >= end || p.charAt(i) != ')') {
            throw new Unsupported();
          }
          i++;
          return inner;
        }
        case '[':
          return sym(bracket(end));
        case '.': {
          i++;
          boolean[] all = new boolean[SYMBOLS];
          Arrays.fill(all, true);
          return sym(all);
        }
        case '\\': {
          boolean[] set = new boolean[SYMBOLS];
          escape(end, set);
          return sym(set);
        }
        case '{':
          if (bound(end) != null) {
            throw new Unsupported(); // a bound with nothing to repeat
          }
          i++;
          return literal('{');
        case '*': case '+': case '?': case '^': case '$': case ']': case '}':
          if (c == ']' || c == '}') {
            i++;
            return literal(c);
          }
          throw new Unsupported(); // dangling quantifier, or an anchor inside the pattern
        default:
          if (c >= OTHER) {
            throw new Unsupported();
          }
          i++;
          return literal(c);
      }
    }

    private Node literal(char c) {
      boolean[] set = new boolean[SYMBOLS];
      set[c] = true;
      return sym(set);
    }

    private Node sym(boolean[] set) {
      positions.add(set);
      return new Sym(positions.size() - 1);
    }

    /** {@code \x} outside or inside brackets: adds its symbols to {@code set}. */
    private void escape(int end, boolean[] set) throws Unsupported {
      if (i + 1 >= end) {
        throw new Unsupported();
      }
      char d = p.charAt(i + 1);
      i += 2;
      switch (d) {
        case 'd': range(set, '0', '9'); return;
        case 'D': complementOf(set, s -> range(s, '0', '9')); return;
        case 'w': word(set); return;
        case 'W': complementOf(set, Parser::word); return;
        case 's': space(set); return;
        case 'S': complementOf(set, Parser::space); return;
        default:
          if (d < OTHER && !Character.isLetterOrDigit(d)) {
            set[d] = true; // \. \* \\ ...: the character itself
            return;
          }
          throw new Unsupported(); // \b, \n, \x41, \p{..}, back-references...: left to java.util.regex
      }
    }

    private interface Fill {
      void into(boolean[] set);
    }

    private static void complementOf(boolean[] set, Fill f) {
      boolean[] s = new boolean[SYMBOLS];
      f.into(s);
      for (int k = 0; k < SYMBOLS; k++) {
        set[k] |= !s[k];
      }
    }

    private static void range(boolean[] set, char from, char to) {
      for (char c = from; c <= to; c++) {
        set[c] = true;
      }
    }

    private static void word(boolean[] set) {
      range(set, 'a', 'z');
      range(set, 'A', 'Z');
      range(set, '0', '9');
      set['_'] = true;
    }

    private static void space(boolean[] set) {
      for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
        set[c] = true;
      }
    }

    /** {@code [...]} as the dialect reads it: leading {@code ^} negates, a leading {@code ]} is literal. */
    private boolean[] bracket(int end) throws Unsupported {
      i++;
      boolean negated = false;
      if (i < end && p.charAt(i) == '^') {
        negated = true;
        i++;
      }
      boolean[] set = new boolean[SYMBOLS];
      boolean first = true;
      while (true) {
        if (i >= end) {
          throw new Unsupported();
        }
        char c = p.charAt(i);
        if (c == ']' && !first) {
          i++;
          break;
        }
        if (c == '[' && i + 1 < end && p.charAt(i + 1) == ':') {
          posix(end, set);
        } else if (c == '[' && i + 1 < end && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '.')) {
          throw new Unsupported();
        } else if (c == '\\') {
          int at = i;
          boolean[] one = new boolean[SYMBOLS];
          escape(end, one);
          if (i < end && p.charAt(i) == '-' && i + 1 < end && p.charAt(i + 1) != ']') {
            throw new Unsupported(); // a range from an escape
          }
          or(set, one);
          if (at == i) {
            throw new Unsupported();
          }
        } else if (c == '-' && !first && i + 1 < end && p.charAt(i + 1) != ']') {
          throw new Unsupported(); // '-' inside, not ending a range: Java's reading differs from ERE's
        } else {
          if (c >= OTHER) {
            throw new Unsupported();
          }
          i++;
          if (i + 1 < end && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
            char to = p.charAt(i + 1);
            if (c == '[' || c == '&') {
              throw new Unsupported(); // escaped by the dialect: a range from an escape in Java
            }
            if (to >= OTHER || to < c || to == '\\' || to == '[') {
              throw new Unsupported();
            }
            range(set, c, to);
            i += 2;
            if (i < end && p.charAt(i) == '-' && i + 1 < end && p.charAt(i + 1) != ']') {
              throw new Unsupported(); // a-c-e
            }
          } else {
            set[c] = true;
          }
        }
        first = false;
      }
      if (negated) {
        for (int k = 0; k < SYMBOLS; k++) {
          set[k] = !set[k];
        }
      }
      return set;
    }

    private static void or(boolean[] set, boolean[] more) {
      for (int k = 0; k < SYMBOLS; k++) {
        set[k] |= more[k];
      }
    }

    /** {@code [:name:]} inside brackets, ASCII as Java's {@code \p{Name}}. */
    private void posix(int end, boolean[] set) throws Unsupported {
      int close = p.indexOf(":]", i + 2);
      if (close < 0 || close + 2 > end) {
        throw new Unsupported();
      }
      String name = p.substring(i + 2, close);
      i = close + 2;
      for (int c = 0; c < OTHER; c++) {
        if (posixHas(name, (char) c)) {
          set[c] = true;
        }
      }
    }

    private static boolean posixHas(String name, char c) throws Unsupported {
      boolean upper = c >= 'A' && c <= 'Z';
      boolean lower = c >= 'a' && c <= 'z';
      boolean digit = c >= '0' && c <= '9';
      boolean graph = c >= 0x21 && c <= 0x7E;
      switch (name) {
        case "alpha": return upper || lower;
        case "digit": return digit;
        case "alnum": return upper || lower || digit;
        case "upper": return upper;
        case "lower": return lower;
        case "space": return c == ' ' || (c >= 0x09 && c <= 0x0D);
        case "punct": return graph && !upper && !lower && !digit;
        case "xdigit": return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        case "blank": return c == ' ' || c == '\t';
        case "cntrl": return c < 0x20 || c == 0x7F;
        case "print": return c >= 0x20 && c <= 0x7E;
        case "graph": return graph;
        default: throw new Unsupported();
      }
    }

    /** {@code {m}}, {@code {m,}}, {@code {m,n}} at {@link #i} as {m, n} (n = -1: no bound), or null. */
    private int[] bound(int end) throws Unsupported {
      int j = i + 1;
      while (j < end && (Character.isDigit(p.charAt(j)) || p.charAt(j) == ',')) {
        j++;
      }
      if (j >= end || p.charAt(j) != '}') {
        return null;
      }
      String inside = p.substring(i + 1, j);
      if (!inside.matches("\\d+(,\\d*)?")) {
        return null;
      }
      int comma = inside.indexOf(',');
      try {
        int m = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
        int n = comma < 0 ? m : comma == inside.length() - 1 ? -1 : Integer.parseInt(inside.substring(comma + 1));
        if (m > MAX_POSITIONS || n > MAX_POSITIONS || (n >= 0 && n < m)) {
          throw new Unsupported();
        }
        i = j + 1;
        return new int[] {m, n};
      } catch (NumberFormatException e) {
        throw new Unsupported();
      }
    }

    /** The atom with the quantifiers that follow it; bounds repeat the atom (with positions of its own). */
    private Node quantified(Node atom, int firstPosition, int end) throws Unsupported {
      if (i >= end) {
        return atom;
      }
      char c = p.charAt(i);
      Node out;
      if (c == '*') {
        i++;
        out = new Star(atom);
      } else if (c == '+') {
        i++;
        out = new Seq(List.of(atom, new Star(copy(atom, firstPosition))));
      } else if (c == '?') {
        i++;
        out = new Opt(atom);
      } else if (c == '{') {
        int at = i;
        int[] b = bound(end);
        if (b == null) {
          i = at;
          return atom; // a literal '{' follows
        }
        out = repeat(atom, firstPosition, b[0], b[1]);
      } else {
        return atom;
      }
      if (i < end && p.charAt(i) == '?') {
        i++; // lazy: the same answer to "is there a match"
      }
      if (i < end && (p.charAt(i) == '*' || p.charAt(i) == '+' || p.charAt(i) == '?'
          || (p.charAt(i) == '{' && peekBound(end)))) {
        throw new Unsupported(); // a quantifier on a quantifier (possessive, or an error in Java)
      }
      return out;
    }

    private boolean peekBound(int end) throws Unsupported {
      int at = i;
      int[] b = bound(end);
      i = at;
      return b != null;
    }

    private Node repeat(Node atom, int firstPosition, int m, int n) throws Unsupported {
      if ((long) Math.max(m, n) * (positions.size() - firstPosition) > MAX_POSITIONS) {
        throw new Unsupported();
      }
      List<Node> items = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        items.add(k == 0 ? atom : copy(atom, firstPosition));
      }
      if (n < 0) {
        items.add(new Star(m == 0 ? atom : copy(atom, firstPosition)));
      } else {
        for (int k = m; k < n; k++) {
          items.add(new Opt(k == 0 ? atom : copy(atom, firstPosition)));
        }
      }
      if (positions.size() > MAX_POSITIONS) {
        throw new Unsupported();
      }
      return new Seq(items);
    }

    /** The same subtree with new positions (same symbol sets). */
    private Node copy(Node n, int firstPosition) throws Unsupported {
      if (positions.size() > MAX_POSITIONS) {
        throw new Unsupported();
      }
      if (n instanceof Sym s) {
        return sym(positions.get(s.position()));
      }
      if (n instanceof Seq s) {
        List<Node> items = new ArrayList<>();
        for (Node x : s.items()) {
          items.add(copy(x, firstPosition));
        }
        return new Seq(items);
      }
      if (n instanceof Alt a) {
        List<Node> items = new ArrayList<>();
        for (Node x : a.alternatives()) {
          items.add(copy(x, firstPosition));
        }
        return new Alt(items);
      }
      if (n instanceof Star s) {
        return new Star(copy(s.body(), firstPosition));
      }
      return new Opt(copy(((Opt) n).body(), firstPosition));
    }
  }

  // ---- Glushkov positions, then the automaton ----------------------------------------------

  /** first, last and nullable of a subtree; follow sets are filled in as the tree is walked. */
  private record Info(long[] first, long[] last, boolean nullable) {}

  private static Info info(Node n, long[][] follow, int words) {
    if (n instanceof Sym s) {
      long[] one = new long[words];
      set(one, s.position() + 1);
      return new Info(one, one.clone(), false);
    }
    if (n instanceof Seq s) {
      long[] first = new long[words];
      long[] last = new long[words];
      boolean nullable = true;
      for (Node item : s.items()) {
        Info x = info(item, follow, words);
        for (int p = nextBit(last, 0); p >= 0; p = nextBit(last, p + 1)) {
          or(follow[p], x.first());
        }
        if (nullable) {
          or(first, x.first());
        }
        if (x.nullable()) {
          or(last, x.last());
        } else {
          System.arraycopy(x.last(), 0, last, 0, words);
        }
        nullable &= x.nullable();
      }
      return new Info(first, last, nullable);
    }
    if (n instanceof Alt a) {
      long[] first = new long[words];
      long[] last = new long[words];
      boolean nullable = false;
      for (Node alt : a.alternatives()) {
        Info x = info(alt, follow, words);
        or(first, x.first());
        or(last, x.last());
        nullable |= x.nullable();
      }
      return new Info(first, last, nullable);
    }
    if (n instanceof Star s) {
      Info x = info(s.body(), follow, words);
      for (int p = nextBit(x.last(), 0); p >= 0; p = nextBit(x.last(), p + 1)) {
        or(follow[p], x.first());
      }
      return new Info(x.first(), x.last(), true);
    }
    Info x = info(((Opt) n).body(), follow, words);
    return new Info(x.first(), x.last(), true);
  }

  /**
   * Bit 0 is the start (before any character); bit k + 1 is position k. A state is a set of bits;
   * unanchored at the start, every state holds bit 0 (a match may begin at every character).
   */
  private static RegexDfa build(Node root, List<boolean[]> positions, boolean anchoredStart, boolean anchoredEnd) {
    int bits = positions.size() + 1;
    int words = (bits + 63) / 64;
    long[][] follow = new long[bits][words];
    Info top = info(root, follow, words);
    follow[0] = top.first();
    long[] accept = top.last().clone();
    if (top.nullable()) {
      set(accept, 0);
    }
    // symbols no position tells apart share a class
    byte[] classOf = new byte[SYMBOLS]; // class ids 0-128, read as unsigned
    Map<String, Integer> signatures = new HashMap<>();
    for (int c = 0; c < SYMBOLS; c++) {
      StringBuilder sig = new StringBuilder();
      for (boolean[] set : positions) {
        sig.append(set[c] ? '1' : '0');
      }
      Integer k = signatures.get(sig.toString());
      if (k == null) {
        k = signatures.size();
        signatures.put(sig.toString(), k);
      }
      classOf[c] = (byte) (int) k;
    }
    int classes = signatures.size();
    // positions that accept each class
    long[][] accepts = new long[classes][words];
    for (int c = 0; c < SYMBOLS; c++) {
      for (int k = 0; k < positions.size(); k++) {
        if (positions.get(k)[c]) {
          set(accepts[classOf[c]], k + 1);
        }
      }
    }
    Map<Key, Integer> ids = new HashMap<>();
    List<long[]> states = new ArrayList<>();
    long[] start = new long[words];
    set(start, 0);
    ids.put(new Key(start), 0);
    states.add(start);
    int[] next = new int[16 * classes];
    for (int s = 0; s < states.size(); s++) {
      long[] from = states.get(s);
      for (int k = 0; k < classes; k++) {
        long[] to = new long[words];
        for (int p = nextBit(from, 0); p >= 0; p = nextBit(from, p + 1)) {
          or(to, follow[p]);
        }
        and(to, accepts[k]);
        if (!anchoredStart) {
          set(to, 0);
        }
        int id;
        if (isEmpty(to)) {
          id = -1;
        } else {
          Integer known = ids.get(new Key(to));
          if (known == null) {
            if ((states.size() + 1) * classes > MAX_TABLE) {
              return null;
            }
            known = states.size();
            ids.put(new Key(to), known);
            states.add(to);
          }
          id = known;
        }
        if ((s + 1) * classes > next.length) {
          next = Arrays.copyOf(next, next.length * 2);
        }
        next[s * classes + k] = id;
      }
    }
    boolean[] accepting = new boolean[states.size()];
    for (int s = 0; s < states.size(); s++) {
      long[] st = states.get(s).clone();
      and(st, accept);
      accepting[s] = !isEmpty(st);
    }
    return new RegexDfa(classOf, classes, Arrays.copyOf(next, states.size() * classes), accepting, anchoredEnd);
  }

  /** A set of bits as a hash key. */
  private record Key(long[] bits) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bits, k.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }

  private static void set(long[] b, int bit) {
    b[bit >>> 6] |= 1L << bit;
  }

  private static void or(long[] into, long[] more) {
    for (int k = 0; k < into.length; k++) {
      into[k] |= more[k];
    }
  }

  private static void and(long[] into, long[] mask) {
    for (int k = 0; k < into.length; k++) {
      into[k] &= mask[k];
    }
  }

  private static boolean isEmpty(long[] b) {
    for (long w : b) {
      if (w != 0) {
        return false;
      }
    }
    return true;
  }

  private static int nextBit(long[] b, int from) {
    int w = from >>> 6;
    if (w >= b.length) {
      return -1;
    }
    long word = b[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        return w * 64 + Long.numberOfTrailingZeros(word);
      }
      if (++w == b.length) {
        return -1;
      }
      word = b[w];
    }
  }
}
