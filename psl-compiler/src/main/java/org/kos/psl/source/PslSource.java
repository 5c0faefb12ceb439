package org.kos.psl.source;

import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * One policy file as the lexer sees it: the text to read (a template already expanded) and the way
 * from offsets in that text back to the file the user wrote, where diagnostics point. {@code name}
 * is the file's fragment name ({@code a.b} for {@code a/b.psl}), null for a file given by path only.
 */
public final class PslSource {
  private final SourceFile file;
  private final String text;
  private final Spans spans;
  private final boolean sdk;

  /** Maps {@code [start, end)} of the lexed text to the user's file (ints, not boxed: called per token). */
  @FunctionalInterface
  public interface Spans {
    SourceSpan span(int start, int end);
  }

  public PslSource(SourceFile file, String text, Spans spans, boolean sdk) {
    this.file = file;
    this.text = text;
    this.spans = spans;
    this.sdk = sdk;
  }

  /** A file that is not a template: offsets are the file's own. */
  public static PslSource plain(SourceFile file, boolean sdk) {
    return new PslSource(file, file.text(), file::span, sdk);
  }

  /** The file the user wrote. */
  public SourceFile file() {
    return file;
  }

  /** The text to lex. */
  public String text() {
    return text;
  }

  /** Whether the file is one of the bundled SDK's model files (which may declare models). */
  public boolean sdk() {
    return sdk;
  }

  /** The span of the user's file that {@code [start, end)} of {@link #text()} came from. */
  public SourceSpan span(int start, int end) {
    return spans.span(start, end);
  }
}
