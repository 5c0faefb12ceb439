package org.kos.nkc.lex;

import java.util.Arrays;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * The token stream of one file as parallel arrays (kind, start, end): no object per token, so
 * lexing thousands of files stays cheap. The last token is always {@link TokenKind#EOF}.
 * {@code >>} is not a token: the parser treats two adjacent {@code >} as a shift, which keeps
 * {@code sequence<handle<a.B>>}-style closings unambiguous.
 */
public final class Tokens {
  private static final TokenKind[] KINDS = TokenKind.values();

  private final SourceFile file;
  private byte[] kinds = new byte[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int size;

  Tokens(SourceFile file) {
    this.file = file;
  }

  void add(TokenKind kind, int start, int end) {
    if (size == kinds.length) {
      int n = size * 2;
      kinds = Arrays.copyOf(kinds, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    kinds[size] = (byte) kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  public SourceFile file() {
    return file;
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
    return new SourceSpan(file, starts[i], ends[i]);
  }

  /** The token's text (allocates; used for names that end up in the AST). */
  public String text(int i) {
    return file.text().substring(starts[i], ends[i]);
  }

  /** Whether token {@code i} is the word {@code word}, without allocating. */
  public boolean isWord(int i, String word) {
    return kinds[i] == TokenKind.IDENT.ordinal()
        && ends[i] - starts[i] == word.length()
        && file.text().startsWith(word, starts[i]);
  }
}
