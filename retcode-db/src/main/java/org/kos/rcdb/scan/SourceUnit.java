package org.kos.rcdb.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * One scanned file reduced to what matters here: the macros and constants it defines, and the
 * places where a name is given a value ({@code #define NAME ...}, {@code NAME = ...}) that may be
 * a return code. Names with dots ({@code Retcode.make}, {@code ns::kX}) are joined into one token.
 */
final class SourceUnit {
  /** A name given a value at file or class scope, with the tokens of the value. */
  record Candidate(Token name, List<Token> value) {}

  final String file;
  final Language language;
  final LineIndex lines;
  final List<Macro> macros = new ArrayList<>();
  final List<Candidate> candidates = new ArrayList<>();
  boolean importsRetcodeMake;

  private SourceUnit(String file, Language language, String text) {
    this.file = file;
    this.language = language;
    this.lines = new LineIndex(text);
  }

  static SourceUnit read(String file, Language language, String text) {
    SourceUnit u = new SourceUnit(file, language, text);
    SourceLexer lexer = language == Language.C ? SourceLexer.c(text) : SourceLexer.java(text);
    for (Directive d : lexer.directives()) {
      u.define(d);
    }
    u.assignments(joinQualified(lexer.tokens(), language == Language.JAVA));
    return u;
  }

  private void define(Directive d) {
    List<Token> t = d.tokens();
    if (!d.name().equals("define") || t.size() < 2 || !t.get(1).isIdent()) {
      return;
    }
    Token name = t.get(1);
    boolean functionLike = t.size() > 2 && t.get(2).is("(")
        && t.get(2).start() == name.start() + name.text().length();
    if (!functionLike) {
      List<Token> body = t.subList(2, t.size());
      macros.add(new Macro(name.text(), null, body));
      candidates.add(new Candidate(name, body));
      return;
    }
    List<String> params = new ArrayList<>();
    int i = 3;
    while (i < t.size() && !t.get(i).is(")")) {
      if (t.get(i).isIdent()) {
        params.add(t.get(i).text());
      } else if (t.get(i).is("...")) {
        params.add("__VA_ARGS__");
      }
      i++;
    }
    macros.add(new Macro(name.text(), params, t.subList(Math.min(i + 1, t.size()), t.size())));
  }

  /** Brace kinds: only file, namespace, class and enum bodies hold definitions; code blocks do not. */
  private enum Scope { OUTER, ENUM, BLOCK }

  private void assignments(List<Token> tokens) {
    List<Scope> scopes = new ArrayList<>();
    int statementStart = 0;
    int parens = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(") || t.is("[")) {
        parens++;
      } else if (t.is(")") || t.is("]")) {
        parens = Math.max(0, parens - 1);
      } else if (t.is("{")) {
        scopes.add(scopeOpenedAt(tokens, statementStart, i));
        statementStart = i + 1;
        parens = 0;
      } else if (t.is("}")) {
        if (!scopes.isEmpty()) {
          scopes.remove(scopes.size() - 1);
        }
        statementStart = i + 1;
      } else if (t.is(";")) {
        if (statementStart < i && language == Language.JAVA) {
          noteImport(tokens.subList(statementStart, i));
        }
        statementStart = i + 1;
      } else if (t.is("=") && parens == 0 && i > 0 && tokens.get(i - 1).isIdent() && definitionScope(scopes)) {
        int end = valueEnd(tokens, i + 1);
        if (end > i + 1) {
          Token name = tokens.get(i - 1);
          List<Token> value = tokens.subList(i + 1, end);
          candidates.add(new Candidate(name, value));
          macros.add(new Macro(lastSegment(name.text()), null, value));
        }
      }
    }
  }

  private static boolean definitionScope(List<Scope> scopes) {
    for (Scope s : scopes) {
      if (s == Scope.BLOCK) {
        return false;
      }
    }
    return true;
  }

  private static Scope scopeOpenedAt(List<Token> tokens, int from, int brace) {
    boolean typeOrNamespace = false;
    for (int i = from; i < brace; i++) {
      String w = tokens.get(i).text();
      if (tokens.get(i).isIdent() && w.equals("enum")) {
        return Scope.ENUM;
      }
      if (tokens.get(i).is("=")) {
        return Scope.BLOCK; // an initializer: { 1, 2 }
      }
      if (tokens.get(i).isIdent() && (w.equals("namespace") || w.equals("extern") || w.equals("struct")
          || w.equals("class") || w.equals("union") || w.equals("interface") || w.equals("record"))) {
        typeOrNamespace = true;
      }
    }
    boolean afterParams = brace > 0 && tokens.get(brace - 1).is(")");
    if (typeOrNamespace && !afterParams) {
      return Scope.OUTER;
    }
    // extern "C" {: the string sits between the keyword and the brace.
    if (brace >= 2 && tokens.get(brace - 2).is("extern") && tokens.get(brace - 1).kind() == Token.Kind.STRING) {
      return Scope.OUTER;
    }
    return Scope.BLOCK;
  }

  /** The index after the value that starts at {@code from}: the next top-level , ; or closing brace. */
  private static int valueEnd(List<Token> tokens, int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}")) {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (depth == 0 && (t.is(",") || t.is(";"))) {
        return i;
      }
    }
    return tokens.size();
  }

  private void noteImport(List<Token> statement) {
    if (statement.size() < 3 || !statement.get(0).is("import") || !statement.get(1).is("static")) {
      return;
    }
    String target = statement.get(2).text();
    boolean star = statement.size() >= 5 && statement.get(3).is(".") && statement.get(4).is("*");
    if (target.endsWith("Retcode.make") || (star && (target.equals("Retcode") || target.endsWith(".Retcode")))) {
      importsRetcodeMake = true;
    }
  }

  static String lastSegment(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /** Joins {@code a.b.c} (Java) and {@code a::b} (C++) into one identifier token {@code a.b.c}. */
  private static List<Token> joinQualified(List<Token> in, boolean dots) {
    List<Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      if (!t.isIdent()) {
        out.add(t);
        continue;
      }
      StringBuilder name = new StringBuilder(t.text());
      while (i + 2 < in.size() && (in.get(i + 1).is("::") || (dots && in.get(i + 1).is(".")))
          && in.get(i + 2).isIdent()) {
        name.append('.').append(in.get(i + 2).text());
        i += 2;
      }
      out.add(new Token(Token.Kind.IDENT, name.toString(), t.start()));
    }
    return out;
  }
}
