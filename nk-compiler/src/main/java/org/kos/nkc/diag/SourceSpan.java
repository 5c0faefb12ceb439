package org.kos.nkc.diag;

/** A range {@code [start, end)} of char offsets in one source file. Every AST node keeps one. */
public record SourceSpan(SourceFile file, int start, int end) {
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int line() {
    return file.line(start);
  }

  public int column() {
    return file.column(start);
  }

  public int endLine() {
    return file.line(end);
  }

  public int endColumn() {
    return file.column(end);
  }

  /** The smallest span covering this one and {@code other} (same file). */
  public SourceSpan to(SourceSpan other) {
    return new SourceSpan(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The source text the span covers. */
  public String text() {
    return file.text().substring(start, Math.min(end, file.text().length()));
  }

  /** {@code file:line:col}, as diagnostics show it. */
  public String position() {
    return file.name() + ":" + line() + ":" + column();
  }

  @Override
  public String toString() {
    return position();
  }
}
