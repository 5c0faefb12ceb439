package org.kos.einit.solution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kos.einit.rules.EinitRule;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.resolve.Suggest;

/**
 * A program that does not build, said at its line of solution.yaml (EI0022): the key of the
 * program when it does not compile (javac's own messages follow), its {@code main} when that class
 * is not among its classes, its {@code src} when that has no Java file.
 */
final class ProgramProblems {
  private ProgramProblems() {}

  static SolutionException doesNotCompile(SolutionSpec.Program p, String javacMessages) {
    String rest = "program " + p.path() + " does not compile:\n" + javacMessages.stripTrailing();
    return at(p.at(), "program '" + p.path() + "' does not compile" + optionsNote(p) + "; javac's messages follow", rest);
  }

  static SolutionException noMainClass(SolutionSpec.Program p, Collection<String> classes) {
    List<String> candidates = new ArrayList<>(classes);
    String near = Suggest.closest(p.mainClass(), candidates);
    if (near == null) {
      // a main class named without its package: the class of that simple name, when there is one
      near = candidates.stream().filter(c -> c.endsWith("." + p.mainClass())).findFirst().orElse(null);
    }
    String message = "program '" + p.path() + "': no class " + p.mainClass() + " among its sources"
        + (near != null ? "; did you mean '" + near + "'?" : "; give 'main' the binary name of the class with "
        + "main(String[]), package included");
    return at(p.mainAt(), message, "program " + p.path() + ": no class " + p.mainClass() + "; no image written");
  }

  static SolutionException noSources(SolutionSpec.Program p) {
    return at(p.srcAt(), "program '" + p.path() + "' has no .java files under " + p.src(),
        "program " + p.path() + ": no .java files under " + p.src() + "; no image written");
  }

  private static String optionsNote(SolutionSpec.Program p) {
    return p.javacOptions().equals(JavacOptions.DEFAULTS) ? "" : " (javac " + String.join(" ", p.javacOptions()) + ")";
  }

  private static SolutionException at(SourceSpan span, String diagnostic, String message) {
    if (span == null) { // a program not read from a solution.yaml: nothing to point at
      return new SolutionException(message);
    }
    return new SolutionBuilder.Failed(List.of(EinitRule.EI0022.at(span, diagnostic)), message);
  }
}
