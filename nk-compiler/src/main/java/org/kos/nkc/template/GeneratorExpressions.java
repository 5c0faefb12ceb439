package org.kos.nkc.template;

import java.util.Optional;

/**
 * CMake generator expressions ({@code $<TARGET_FILE_NAME:pkg::target>}, {@code $<TARGET_PROPERTY:...>}):
 * the vendor's build resolves them with {@code file(GENERATE)} after {@code configure_file}, so a file
 * holding one is CMake's intermediate, not what einit or the policy compiler reads.
 */
public final class GeneratorExpressions {
  private GeneratorExpressions() {}

  /** The first expression: where it starts and ends in the text, what it says, and how many there are in all. */
  public record Found(int start, int end, String text, int count) {}

  public static Optional<Found> first(String text) {
    int start = text.indexOf("$<");
    if (start < 0) {
      return Optional.empty();
    }
    int end = end(text, start);
    int count = 1;
    for (int i = text.indexOf("$<", end); i >= 0; i = text.indexOf("$<", end(text, i))) {
      count++;
    }
    return Optional.of(new Found(start, end, text.substring(start, end), count));
  }

  /** Past the {@code >} that closes the expression at {@code start} (expressions nest), or the line's end. */
  private static int end(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
      if (c == '<' && i > 0 && text.charAt(i - 1) == '$') {
        depth++;
      } else if (c == '>' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }
}
