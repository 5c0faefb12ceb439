package org.kos.rcdb.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeSpace;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/**
 * Scans files and directory trees for return-code definitions: {@code #define NAME
 * MAKE_RETCODE(...)} (directly or through wrapper macros), {@code NAME = MAKE_RETCODE(...)} at file,
 * namespace, class or enum scope, and Java's {@code NAME = Retcode.make(...)}. Files are read in
 * sorted path order, so results do not depend on the file system.
 */
public final class TreeScanner {
  private static final String[] FIELDS = {"customer", "space", "facility", "code"};

  private final Path base;

  /** @param base directory file names are made relative to (the database's directory) */
  public TreeScanner(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** Scans every C, C++ and Java file under the roots (files given directly are read too). */
  public ScanResult scan(List<Path> roots) throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        try (Stream<Path> walk = Files.walk(abs)) {
          walk.filter(Files::isRegularFile).filter(p -> Language.of(p) != null).forEach(files::add);
        }
      } else if (Files.isRegularFile(abs)) {
        files.add(abs);
      } else {
        throw new java.nio.file.NoSuchFileException(root.toString());
      }
    }
    List<SourceUnit> units = new ArrayList<>();
    for (Path f : files) {
      Language lang = Language.of(f) == null ? Language.C : Language.of(f);
      units.add(SourceUnit.read(name(f), lang, new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
    }
    return scanUnits(units);
  }

  /** Scans texts given directly; for tests and tools. File names are used as given. */
  public static ScanResult scanTexts(Map<String, String> texts) {
    List<SourceUnit> units = new ArrayList<>();
    texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Language lang = e.getKey().endsWith(".java") ? Language.JAVA : Language.C;
      units.add(SourceUnit.read(e.getKey(), lang, e.getValue()));
    });
    return scanUnits(units);
  }

  /** How a file is named in the database: relative to the base, with '/' separators. */
  public String name(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  private static ScanResult scanUnits(List<SourceUnit> units) {
    Map<String, Macro> macros = builtinConstants();
    Map<String, Macro> fromSources = new HashMap<>();
    for (SourceUnit u : units) {
      for (Macro m : u.macros) {
        fromSources.putIfAbsent(m.name(), m); // first definition in path order wins
      }
    }
    macros.putAll(fromSources);

    List<RcEntry> entries = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Map.Entry<SourceUnit.Candidate, SourceUnit>> definitions = new ArrayList<>();
    Set<String> definedNames = new HashSet<>();
    for (SourceUnit u : units) {
      Expander expander = new Expander(macros, maker(u));
      for (SourceUnit.Candidate c : u.candidates) {
        try {
          if (makerIndex(expander.expand(c.value()), maker(u)) >= 0) {
            definitions.add(Map.entry(c, u));
            definedNames.add(SourceUnit.lastSegment(c.name().text()));
          }
        } catch (Expander.OutOfBudget e) {
          findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT,
              "cannot evaluate " + display(c) + ": " + e.getMessage()));
          break; // one finding for the file, not one per remaining candidate
        } catch (Expander.TooLarge e) {
          findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT,
              "cannot evaluate " + display(c) + ": " + e.getMessage()));
        }
      }
    }
    for (Map.Entry<SourceUnit.Candidate, SourceUnit> d : definitions) {
      SourceUnit.Candidate c = d.getKey();
      SourceUnit u = d.getValue();
      List<Token> raw = c.value();
      if (raw.size() == 1 && raw.get(0).isIdent() && definedNames.contains(SourceUnit.lastSegment(raw.get(0).text()))) {
        continue; // an alias of another definition, not a code of its own
      }
      try {
        define(u, c, new Expander(macros, maker(u)), entries, findings);
      } catch (StackOverflowError deep) {
        // One absurd definition must not cost the whole scan: report it where it is, go on.
        findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT, "cannot evaluate " + display(c)
            + ": its expression is nested too deeply (thousands of levels)"));
      }
    }
    entries.sort(RcEntry.ORDER);
    findings.sort(Comparator.comparing((Finding f) -> f.at().file())
        .thenComparingInt(f -> f.at().line()).thenComparingInt(f -> f.at().column()).thenComparing(Finding::id));
    return new ScanResult(entries, findings, units.stream().map(u -> u.file).toList());
  }

  private static void define(SourceUnit u, SourceUnit.Candidate c, Expander expander, List<RcEntry> entries,
      List<Finding> findings) {
    Predicate<Token> isMaker = maker(u);
    List<Token> expanded = expander.expand(c.value());
    int at = makerIndex(expanded, isMaker);
    int close = Args.matchingParen(expanded, at + 1);
    List<List<Token>> args = Args.split(expanded, at + 1, close);
    String call = u.language == Language.JAVA ? "Retcode.make" : "MAKE_RETCODE";
    if (args.size() != 5) {
      findings.add(finding(u, c, ScanIds.WRONG_ARGUMENT_COUNT, call + " in " + display(c) + " has " + args.size()
          + (args.size() == 1 ? " argument" : " arguments") + "; it takes 5: customer, space, facility, code, description"));
      return;
    }
    if (expanded.subList(at, Math.min(expanded.size(), close + 1)).stream()
        .anyMatch(t -> t.kind() == Token.Kind.UNTERMINATED)) {
      findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT, "cannot read the description of " + display(c)
          + ": its string literal is not terminated on its line"));
      return;
    }
    long[] fields = new long[4];
    for (int i = 0; i < 4; i++) {
      try {
        fields[i] = ConstEval.evaluate(expander.expand(args.get(i)));
      } catch (ConstEval.Unresolved e) {
        List<String> cycle = e.symbol == null ? List.of() : expander.cycleFrom(e.symbol);
        String why = e.symbol == null ? e.getMessage()
            : !cycle.isEmpty() ? "'" + e.symbol + "' is defined only through a cycle of macros ("
                + String.join(" -> ", cycle) + ")"
            : "'" + e.symbol + "' is not defined in the scanned sources";
        findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT,
            "cannot evaluate the " + FIELDS[i] + " argument of " + display(c) + ": " + why));
        return;
      } catch (Expander.TooLarge e) {
        findings.add(finding(u, c, ScanIds.UNRESOLVED_ARGUMENT,
            "cannot evaluate the " + FIELDS[i] + " argument of " + display(c) + ": " + e.getMessage()));
        return;
      }
    }
    String spaceName = symbol(args.get(1));
    RetcodeSpace sdkSpace = spaceName == null ? null : RetcodeSpace.byName(spaceName);
    if (sdkSpace != null && sdkSpace.id() == fields[1]) {
      spaceName = null; // the SDK's own name adds nothing
    }
    entries.add(RcEntry.defined(SourceUnit.lastSegment(c.name().text()), fields[0], fields[1], fields[2], fields[3],
        spaceName, symbol(args.get(2)), description(expander.expand(args.get(4))), ref(u, c)));
  }

  /** The symbol an argument was written as, when it is a single name. */
  private static String symbol(List<Token> arg) {
    return arg.size() == 1 && arg.get(0).isIdent() ? SourceUnit.lastSegment(arg.get(0).text()) : null;
  }

  /** The text of adjacent string literals (C) or literals joined with + (Java); "" when none. */
  private static String description(List<Token> arg) {
    StringBuilder s = new StringBuilder();
    for (Token t : arg) {
      if (t.kind() == Token.Kind.STRING) {
        s.append(t.text());
      }
    }
    return s.toString();
  }

  private static Predicate<Token> maker(SourceUnit u) {
    if (u.language == Language.C) {
      return t -> t.isIdent() && t.text().equals("MAKE_RETCODE");
    }
    boolean imported = u.importsRetcodeMake;
    return t -> t.isIdent() && (t.text().equals("Retcode.make") || t.text().endsWith(".Retcode.make")
        || (imported && t.text().equals("make")));
  }

  /**
   * Where the code-making call is when it is the whole value, give or take parentheses and casts
   * ({@code ((Retcode) MAKE_RETCODE(...))}, {@code static_cast<Retcode>(...)}); -1 otherwise, so
   * that a struct initializer or a conditional that merely contains a call is not taken for a code.
   */
  private static int makerIndex(List<Token> tokens, Predicate<Token> isMaker) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (isMaker.test(t) && tokens.get(i + 1).is("(")) {
        int close = Args.matchingParen(tokens, i + 1);
        for (Token after : tokens.subList(Math.min(close + 1, tokens.size()), tokens.size())) {
          if (!after.is(")")) {
            return -1;
          }
        }
        return i;
      }
      boolean wrapper = t.is("(") || t.is(")") || t.is("<") || t.is(">") || t.is("*") || t.isIdent();
      if (!wrapper) {
        return -1;
      }
    }
    return -1;
  }

  private static String display(SourceUnit.Candidate c) {
    return "'" + SourceUnit.lastSegment(c.name().text()) + "'";
  }

  private static SourceRef ref(SourceUnit u, SourceUnit.Candidate c) {
    int off = c.name().start();
    return new SourceRef(u.file, u.lines.line(off), u.lines.column(off));
  }

  private static Finding finding(SourceUnit u, SourceUnit.Candidate c, String id, String message) {
    return Finding.error(id, ref(u, c), c.name().text().length(), message);
  }

  /** The SDK's symbolic constants, known even when the scanned tree does not include retcode.h. */
  private static Map<String, Macro> builtinConstants() {
    Map<String, Macro> m = new HashMap<>();
    constant(m, "RC_CUSTOMER_TRUE", Retcode.RC_CUSTOMER_TRUE);
    constant(m, "RC_CUSTOMER_FALSE", Retcode.RC_CUSTOMER_FALSE);
    for (RetcodeSpace s : RetcodeSpace.values()) {
      constant(m, s.constantName(), s.id());
    }
    return m;
  }

  private static void constant(Map<String, Macro> m, String name, int value) {
    m.put(name, new Macro(name, null, List.of(new Token(Token.Kind.NUMBER, Integer.toString(value), 0))));
  }
}
