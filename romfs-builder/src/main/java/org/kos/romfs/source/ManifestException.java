package org.kos.romfs.source;

import java.util.List;

/**
 * A manifest had errors; each names its id, line and column. Rendering them with the source line
 * and a caret is the caller's business (kos-cli uses the toolchain's diagnostic printer); the
 * message is the first problem as {@code file:line:col: error[ID]: message}.
 */
public final class ManifestException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * One error.
   *
   * @param error what is wrong, with its stable id
   * @param line 1-based line
   * @param column 1-based column, in UTF-16 chars (a tab counts one)
   * @param length chars the problem covers from there (the offending field), at least 1
   */
  public record Problem(ManifestError error, int line, int column, int length, String message) {
    public Problem {
      length = Math.max(1, length);
    }

    public String id() {
      return error.id();
    }
  }

  private final String file;
  private final transient List<Problem> problems;

  public ManifestException(String file, List<Problem> problems) {
    super(file + ":" + problems.get(0).line() + ":" + problems.get(0).column() + ": error[" + problems.get(0).id() + "]: "
        + problems.get(0).message());
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The manifest's name as given to the parser. */
  public String file() {
    return file;
  }

  /** Every problem, in line order. */
  public List<Problem> problems() {
    return problems;
  }
}
