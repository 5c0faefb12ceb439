package org.kos.romfs.source;

import java.util.List;

/** A manifest had errors; each names its line and column. */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** One error: 1-based line and column, the message, and the text of the line. */
  public record Problem(int line, int column, String message, String lineText) {}

  private final String file;
  private final transient List<Problem> problems;

  public ManifestException(String file, List<Problem> problems) {
    super(file + ":" + problems.get(0).line() + ":" + problems.get(0).column() + ": " + problems.get(0).message());
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Every problem as {@code file:line:col: error: message}, the line, and a caret under the column. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(file).append(':').append(p.line()).append(':').append(p.column())
          .append(": error: ").append(p.message()).append('\n')
          .append("  ").append(p.lineText()).append('\n')
          .append("  ").append(" ".repeat(Math.max(0, p.column() - 1))).append("^\n");
    }
    return sb.toString();
  }
}
