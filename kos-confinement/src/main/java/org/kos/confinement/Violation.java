package org.kos.confinement;

import java.util.Comparator;

/**
 * One refused reference of a program.
 *
 * @param rule the id
 * @param className the class holding the reference, dotted ({@code app.Main$Inner})
 * @param methodName the method holding it, or null for the class's own declaration (its superclass)
 * @param sourceFile the class's SourceFile attribute ({@code Main.java}), or null
 * @param line the line (LineNumberTable), or -1 when unknown
 * @param reference what was referenced: a class ({@code java.io.FileOutputStream}) or a member
 *     ({@code java.lang.System.exit(int)}, {@code new java.io.PrintStream(java.lang.String)})
 * @param message {@code <reference> is not available to programs; <hint>}
 */
public record Violation(ConfinementRule rule, String className, String methodName, String sourceFile, int line,
    String reference, String message) {

  /** By class, line, method, reference, id: the order of {@link ProgramVerifier#verify}. */
  public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::className)
      .thenComparingInt(Violation::line)
      .thenComparing(Violation::methodName, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Violation::reference)
      .thenComparing(Violation::rule);

  /**
   * The source file's path under the source root ({@code app/Main.java}), from the package of the
   * class and its SourceFile attribute; null without one.
   */
  public String sourcePath() {
    if (sourceFile == null) {
      return null;
    }
    int dot = className.lastIndexOf('.');
    return dot < 0 ? sourceFile : className.substring(0, dot).replace('.', '/') + "/" + sourceFile;
  }

  /** {@code app/Main.java:7: error[CF0004]: <message>}; the class name stands in for a missing source file. */
  public String format() {
    String where = sourcePath() != null ? sourcePath() : className;
    return where + (line > 0 ? ":" + line : "") + ": error[" + rule.id() + "]: " + message;
  }
}
