package org.kos.cli.scaffold;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.SourceFile;

/**
 * The names {@code kos new} accepts. One name is used as a directory, a task name, a Java package
 * segment and an NK package (solutions) or, capitalised, an NK class and Java class (programs), so
 * it is what all of these accept: a lowercase letter, then lowercase letters and digits (NK names
 * of endpoints and methods reject '_', Java packages '-'), not a Java keyword.
 */
final class Names {
  static final int MAX_LENGTH = 64;

  private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
      "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
      "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
      "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return",
      "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "record",
      "yield", "sealed", "permits", "exports", "module", "open", "opens", "provides", "requires", "to",
      "transitive", "uses", "with", "einit");

  private Names() {}

  /** The problem with {@code name} as a diagnostic pointing into it (shown as "NAME:1:c"), or none. */
  static Optional<Diagnostic> check(String what, String name) {
    SourceFile arg = new SourceFile("NAME", name);
    String id = NewErrors.BAD_NAME.id();
    if (name.isEmpty()) {
      return Optional.of(Diagnostic.error(id, null, "the " + what + " name is empty"));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9';
      if (!ok) {
        String why = i == 0 ? "a " + what + " name starts with a lowercase letter (a-z)"
            : "a " + what + " name holds only lowercase letters and digits";
        String hint = c >= 'A' && c <= 'Z' ? "; did you mean '" + name.toLowerCase(Locale.ROOT) + "'?" : "";
        return Optional.of(Diagnostic.error(id, arg.span(i, i + 1),
            "'" + name + "' is not a valid " + what + " name: " + why + hint));
      }
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of(Diagnostic.error(id, arg.span(MAX_LENGTH, name.length()),
          "'" + name + "' is too long for a " + what + " name (at most " + MAX_LENGTH + " characters)"));
    }
    if (JAVA_KEYWORDS.contains(name)) {
      return Optional.of(Diagnostic.error(id, arg.span(0, name.length()),
          "'" + name + "' cannot be a " + what + " name: it is reserved (a Java keyword, or einit)"));
    }
    return Optional.empty();
  }

  /** {@code logger} to {@code Logger}: the program's NK class and Java class. */
  static String className(String task) {
    return Character.toUpperCase(task.charAt(0)) + task.substring(1);
  }
}
