package org.kos.psl.lex;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.source.PslSource;

/**
 * The token stream of one policy file as parallel arrays (kind, start, end), no object per token.
 * Literal values (integers, decoded texts) are kept in a side list indexed by token. The last token
 * is always {@link TokenKind#EOF}.
 */
public final class Tokens {
  private static final TokenKind[] KINDS = TokenKind.values();

  private final PslSource source;
  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private int[] values;
  private final List<Object> literals = new ArrayList<>();
  private int size;

  Tokens(PslSource source) {
    this.source = source;
    // About one token per three characters in real policies: sized once, rarely grown.
    int n = Math.max(64, source.text().length() / 3);
    kinds = new byte[n];
    starts = new int[n];
    ends = new int[n];
    values = new int[n];
  }

  void add(TokenKind kind, int start, int end, Object literal) {
    if (size == kinds.length) {
      int n = size * 2;
      kinds = Arrays.copyOf(kinds, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      values = Arrays.copyOf(values, n);
    }
    kinds[size] = (byte) kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    values[size] = -1;
    if (literal != null) {
      values[size] = literals.size();
      literals.add(literal);
    }
    size++;
  }

  public PslSource source() {
    return source;
  }

  public int size() {
    return size;
  }

  public TokenKind kind(int i) {
    return KINDS[kinds[i]];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public SourceSpan span(int i) {
    return source.span(starts[i], ends[i]);
  }

  /** The span from the start of token {@code from} to the end of token {@code to}. */
  public SourceSpan span(int from, int to) {
    return source.span(starts[from], ends[Math.max(from, to)]);
  }

  public String text(int i) {
    if (kinds[i] != IDENT) {
      return source.text().substring(starts[i], ends[i]);
    }
    return name(starts[i], ends[i]);
  }

  private static final int IDENT = TokenKind.IDENT.ordinal();
  /** Words seen in this file: a policy repeats a few dozen names thousands of times (grant, match, classes). */
  private String[] words = new String[256];

  /** The word at {@code [start, end)}, one String per distinct word of the file. */
  private String name(int start, int end) {
    String text = source.text();
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + text.charAt(k);
    }
    int mask = words.length - 1;
    int len = end - start;
    for (int probe = h & mask, tries = 0; tries < 8; probe = (probe + 1) & mask, tries++) {
      String w = words[probe];
      if (w == null) {
        w = text.substring(start, end);
        words[probe] = w;
        return w;
      }
      if (w.length() == len && text.regionMatches(start, w, 0, len)) {
        return w;
      }
    }
    return text.substring(start, end); // a crowded table: no cache for this one
  }

  /** The value of an INT token (null when it was malformed). */
  public BigInteger integer(int i) {
    return values[i] < 0 ? null : (BigInteger) literals.get(values[i]);
  }

  /** The decoded content of a TEXT or REGEX token. */
  public String string(int i) {
    return values[i] < 0 ? "" : (String) literals.get(values[i]);
  }

  /** Whether token {@code i} is the word {@code word}, without allocating. */
  public boolean isWord(int i, String word) {
    return kinds[i] == TokenKind.IDENT.ordinal()
        && ends[i] - starts[i] == word.length()
        && source.text().startsWith(word, starts[i]);
  }

  /** Whether a line break separates token {@code i} from the token before it (comments count as space). */
  public boolean startsLine(int i) {
    if (i == 0) {
      return true;
    }
    String t = source.text();
    for (int p = ends[i - 1]; p < starts[i]; p++) {
      char c = t.charAt(p);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
