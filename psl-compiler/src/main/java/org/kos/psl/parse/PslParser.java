package org.kos.psl.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.psl.ast.Body;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.Name;
import org.kos.psl.ast.PslFile;
import org.kos.psl.ast.QName;
import org.kos.psl.ast.Selector;
import org.kos.psl.ast.SelectorKey;
import org.kos.psl.ast.Step;
import org.kos.psl.ast.Stmt;
import org.kos.psl.ast.TypeExpr;
import org.kos.psl.lex.PslLexer;
import org.kos.psl.lex.TokenKind;
import org.kos.psl.lex.Tokens;
import org.kos.psl.rules.PslRule;
import org.kos.psl.source.PslSource;

/**
 * Recursive-descent parser for every PSL generation (spec §3, §6): one grammar, the generations'
 * differences being additive. Every keyword is contextual. Statements have no terminator: an
 * application takes exactly one argument, which is what separates {@code grant () deny ()}. A syntax
 * error is reported once; the parser then skips to the next line that starts a declaration.
 */
public final class PslParser {
  /** Deeper nesting than this is refused (PS0108) so hostile input cannot exhaust the stack. */
  public static final int MAX_DEPTH = 256;

  private static final Set<String> DECLARATION_WORDS = Set.of("use", "execute", "request", "response", "error",
      "security", "task", "policy", "audit", "assert", "model", "type");

  /** Thrown after a syntax error was reported, to unwind to the declaration level; no stack trace. */
  private static final class Failure extends RuntimeException {
    Failure() {
      super(null, null, false, false);
    }
  }

  private final PslSource source;
  private final Tokens t;
  private final Diagnostics diagnostics;
  private int p;
  private int depth;
  /** In a {@code choice} head, {@code {} starts the alternatives, not a record argument. */
  private boolean braceEndsExpression;

  private PslParser(PslSource source, Tokens tokens, Diagnostics diagnostics) {
    this.source = source;
    this.t = tokens;
    this.diagnostics = diagnostics;
  }

  public static PslFile parse(PslSource source, Diagnostics diagnostics) {
    if (LegacyConfig.refuse(source, diagnostics)) {
      return new PslFile(source, List.of());
    }
    Tokens tokens = PslLexer.lex(source, diagnostics);
    return new PslParser(source, tokens, diagnostics).file();
  }

  private PslFile file() {
    List<Decl> decls = new ArrayList<>();
    while (kind() != TokenKind.EOF) {
      int start = p;
      try {
        decls.add(declaration());
      } catch (Failure f) {
        recover(start);
      }
    }
    return new PslFile(source, decls);
  }

  /** Skips past a declaration that failed to parse: to the next line that starts with a declaration word. */
  private void recover(int start) {
    if (p == start) {
      p++;
    }
    while (kind() != TokenKind.EOF) {
      if (kind() == TokenKind.IDENT && t.startsLine(p) && DECLARATION_WORDS.contains(t.text(p))
          && kind(p + 1) != TokenKind.DOT && kind(p + 1) != TokenKind.ASSIGN) {
        return;
      }
      p++;
    }
  }

  // ---------------------------------------------------------------- declarations

  private Decl declaration() {
    int start = p;
    if (kind() != TokenKind.IDENT) {
      throw expected("a declaration (use, execute, request, response, error, security, policy object, audit, assert)");
    }
    String word = t.text(p);
    switch (word) {
      case "use":
        return use();
      case "execute":
        if (kind(p + 1) == TokenKind.COLON) {
          p += 2;
          QName iface = qname("the execute interface (kl.core.Execute)");
          return new Decl.ExecuteInterface(iface, span(start));
        }
        return binding();
      case "request":
      case "response":
      case "error":
      case "security":
        return binding();
      case "task":
        if (t.isWord(p + 1, "class")) {
          p += 2;
          QName name = qname("a class name");
          QName edl = null;
          if (accept(TokenKind.COLON)) {
            edl = qname("the EDL the class is made from");
          }
          return new Decl.TaskClass(name, edl, span(start));
        }
        break;
      case "policy":
        if (t.isWord(p + 1, "object")) {
          return policyObject();
        }
        break;
      case "audit":
        if (t.isWord(p + 1, "profile")) {
          return auditProfile();
        }
        if (t.isWord(p + 1, "default")) {
          p += 2;
          expect(TokenKind.ASSIGN);
          Name profile = name("an audit profile name");
          int levelAt = p;
          BigInteger level = integer("the initial audit level");
          return new Decl.AuditDefault(profile, level, t.span(levelAt), span(start));
        }
        break;
      case "assert":
        if (kind(p + 1) == TokenKind.TEXT || kind(p + 1) == TokenKind.LBRACE) {
          return testSet();
        }
        break;
      case "type":
        if (kind(p + 1) == TokenKind.IDENT && kind(p + 2) == TokenKind.ASSIGN) {
          Decl.TypeAlias alias = typeAlias();
          sdkOnly(alias.span(), "a type alias outside a policy object");
          return alias;
        }
        break;
      case "model":
        if (kind(p + 1) == TokenKind.IDENT) {
          Decl.Model model = model();
          sdkOnly(model.span(), "a model declaration");
          return model;
        }
        break;
      default:
        break;
    }
    throw expected("a declaration (use, execute, request, response, error, security, policy object, audit, assert)");
  }

  private void sdkOnly(SourceSpan span, String what) {
    if (!source.sdk()) {
      diagnostics.report(PslRule.PS0112.at(span, what + " is only allowed in the SDK's model files (nk/*.psl)"));
    }
  }

  private Decl use() {
    int start = p++;
    if (t.isWord(p, "EDL") && kind(p + 1) == TokenKind.IDENT) {
      p++;
      return new Decl.UseEdl(qname("a class name"), span(start));
    }
    List<Name> parts = new ArrayList<>();
    parts.add(name("a policy fragment name (use a.b._) or EDL"));
    while (kind() == TokenKind.DOT && kind(p + 1) == TokenKind.IDENT) {
      p++;
      parts.add(name("a name"));
    }
    if (!(kind() == TokenKind.DOT && kind(p + 1) == TokenKind.UNDERSCORE)) {
      throw expected("'._' ending the fragment name (use " + qnameText(parts) + "._)");
    }
    p += 2;
    QName fragment = new QName(parts, parts.get(0).span().to(parts.get(parts.size() - 1).span()));
    return new Decl.Use(fragment, span(start));
  }

  private static String qnameText(List<Name> parts) {
    return String.join(".", parts.stream().map(Name::text).toList());
  }

  private Decl.Binding binding() {
    int start = p;
    EventKind kind = EventKind.of(t.text(p));
    SourceSpan kindSpan = t.span(p);
    p++;
    List<Selector> selectors = selectors();
    if (kind() != TokenKind.LBRACE) {
      throw expected("a selector (src=, dst=, endpoint=, interface=, component=, method=) or '{'");
    }
    Body body = body();
    return new Decl.Binding(kind, kindSpan, selectors, body, span(start));
  }

  /** {@code sel { [","] sel }}: commas optional, no trailing comma. */
  private List<Selector> selectors() {
    List<Selector> out = new ArrayList<>();
    while (true) {
      if (kind() == TokenKind.IDENT && kind(p + 1) == TokenKind.ASSIGN) {
        out.add(selector());
      } else if (kind() == TokenKind.COMMA && !out.isEmpty()) {
        if (!(kind(p + 1) == TokenKind.IDENT && kind(p + 2) == TokenKind.ASSIGN)) {
          throw error(PslRule.PS0104, t.span(p), "unexpected ',' after the last selector");
        }
        p++;
      } else {
        return out;
      }
    }
  }

  private Selector selector() {
    int start = p;
    SelectorKey key = SelectorKey.of(t.text(p));
    if (key == null) {
      throw error(PslRule.PS0104, t.span(p), "unknown selector '" + t.text(p)
          + "'; selectors are src, dst, endpoint, interface, component and method");
    }
    p += 2;
    QName value = qname("a class, endpoint, interface, component or method name after '='");
    return new Selector(key, value, span(start));
  }

  private Body body() {
    int start = p;
    expect(TokenKind.LBRACE);
    enter();
    Name audit = null;
    if (t.isWord(p, "audit") && kind(p + 1) == TokenKind.IDENT && kind(p + 2) != TokenKind.DOT) {
      p++;
      audit = name("an audit profile name");
    }
    List<Stmt> statements = new ArrayList<>();
    while (kind() != TokenKind.RBRACE) {
      if (kind() == TokenKind.EOF) {
        throw error(PslRule.PS0104, t.span(start), "'{' is not closed: '}' is missing");
      }
      statements.add(statement());
    }
    p++;
    leave();
    return new Body(audit, statements, span(start));
  }

  private Stmt statement() {
    int start = p;
    if (t.isWord(p, "match") && kind(p + 1) == TokenKind.IDENT && kind(p + 2) == TokenKind.ASSIGN) {
      p++;
      List<Selector> selectors = selectors();
      if (kind() != TokenKind.LBRACE) {
        throw expected("a selector or '{'");
      }
      return new Stmt.Match(selectors, body(), span(start));
    }
    if (t.isWord(p, "choice") && kind(p + 1) != TokenKind.DOT && kind(p + 1) != TokenKind.RBRACE) {
      p++;
      return choice(start);
    }
    if (!startsExpression()) {
      throw expected("a rule call, 'match' or 'choice'");
    }
    Expr e = expression();
    return new Stmt.Call(e, e.span());
  }

  private Stmt.Choice choice(int start) {
    boolean saved = braceEndsExpression;
    braceEndsExpression = true;
    Expr head;
    try {
      head = expression();
    } finally {
      braceEndsExpression = saved;
    }
    expect(TokenKind.LBRACE);
    enter();
    List<Stmt.Alternative> alternatives = new ArrayList<>();
    while (!accept(TokenKind.RBRACE)) {
      String label;
      SourceSpan labelSpan = t.span(p);
      if (kind() == TokenKind.TEXT || kind() == TokenKind.REGEX) {
        label = t.string(p);
      } else if (kind() == TokenKind.UNDERSCORE) {
        label = null;
      } else {
        throw expected("a choice alternative (\"text\" : ... or _ : ...) or '}'");
      }
      p++;
      expect(TokenKind.COLON);
      Body body;
      if (kind() == TokenKind.LBRACE) {
        body = body();
      } else {
        if (!startsExpression()) {
          throw expected("a rule call or '{' after ':'");
        }
        Expr e = expression();
        body = new Body(null, List.of(new Stmt.Call(e, e.span())), e.span());
      }
      alternatives.add(new Stmt.Alternative(label, labelSpan, body));
    }
    leave();
    return new Stmt.Choice(head, alternatives, span(start));
  }

  private Decl.PolicyObject policyObject() {
    int start = p;
    p += 2;
    Name name = name("an object name");
    expect(TokenKind.COLON);
    Name model = name("a security model (Base, Regex, HashSet, StaticMap, Flow, Mic)");
    expect(TokenKind.LBRACE);
    List<Decl.TypeAlias> types = new ArrayList<>();
    Expr config = null;
    while (!accept(TokenKind.RBRACE)) {
      if (t.isWord(p, "type") && kind(p + 1) == TokenKind.IDENT) {
        types.add(typeAlias());
      } else if (t.isWord(p, "config") && (kind(p + 1) == TokenKind.ASSIGN || kind(p + 1) == TokenKind.COLON)) {
        p += 2;
        config = expression();
      } else {
        throw expected("'type Name = ...', 'config = ...' or '}'");
      }
    }
    return new Decl.PolicyObject(name, model, types, config, span(start));
  }

  private Decl.TypeAlias typeAlias() {
    int start = p++;
    Name name = name("a type name");
    expect(TokenKind.ASSIGN);
    TypeExpr type = type();
    return new Decl.TypeAlias(name, type, span(start));
  }

  private Decl.AuditProfile auditProfile() {
    int start = p;
    p += 2;
    Name name = name("a profile name");
    expect(TokenKind.ASSIGN);
    expect(TokenKind.LBRACE);
    List<Decl.AuditLevel> levels = new ArrayList<>();
    while (!accept(TokenKind.RBRACE)) {
      int levelAt = p;
      BigInteger level = integer("an audit level (0, 1, ...)");
      SourceSpan levelSpan = t.span(levelAt);
      expect(TokenKind.COLON);
      expect(TokenKind.LBRACE);
      List<Decl.AuditObject> objects = new ArrayList<>();
      while (!accept(TokenKind.RBRACE)) {
        Name object = name("an object name");
        expect(TokenKind.COLON);
        expect(TokenKind.LBRACE);
        List<Decl.AuditCondition> conditions = new ArrayList<>();
        while (!accept(TokenKind.RBRACE)) {
          int condAt = p;
          Name key = name("kss, omit or emit");
          expect(TokenKind.COLON);
          expect(TokenKind.LBRACK);
          List<Expr.Text> values = new ArrayList<>();
          while (!accept(TokenKind.RBRACK)) {
            if (kind() != TokenKind.TEXT) {
              throw expected("a text such as \"granted\" or ']'");
            }
            values.add(new Expr.Text(t.string(p), t.span(p)));
            p++;
            if (kind() != TokenKind.RBRACK) {
              expect(TokenKind.COMMA);
            }
          }
          conditions.add(new Decl.AuditCondition(key, values, span(condAt)));
          commaOr(TokenKind.RBRACE);
        }
        objects.add(new Decl.AuditObject(object, conditions));
        commaOr(TokenKind.RBRACE);
      }
      levels.add(new Decl.AuditLevel(level, levelSpan, objects));
      commaOr(TokenKind.RBRACE);
    }
    return new Decl.AuditProfile(name, levels, span(start));
  }

  /** After an item of a comma-separated list: a comma, or the closing token (not consumed). */
  private void commaOr(TokenKind close) {
    if (kind() != close) {
      expect(TokenKind.COMMA);
    }
  }

  // ---------------------------------------------------------------- PAL tests

  private Decl.TestSet testSet() {
    int start = p++;
    Expr.Text name = optionalText();
    expect(TokenKind.LBRACE);
    List<Step> setup = List.of();
    List<Decl.Sequence> sequences = new ArrayList<>();
    List<Step> cleanup = List.of();
    if (t.isWord(p, "setup")) {
      p++;
      setup = steps();
    }
    while (t.isWord(p, "sequence")) {
      int seqStart = p++;
      Expr.Text seqName = optionalText();
      List<Step> steps = steps();
      sequences.add(new Decl.Sequence(seqName, steps, span(seqStart)));
    }
    if (sequences.isEmpty()) {
      throw expected("'sequence': a test set needs at least one");
    }
    if (t.isWord(p, "finally")) {
      p++;
      cleanup = steps();
    }
    expect(TokenKind.RBRACE);
    return new Decl.TestSet(name, setup, sequences, cleanup, span(start));
  }

  private Expr.Text optionalText() {
    if (kind() == TokenKind.TEXT) {
      Expr.Text text = new Expr.Text(t.string(p), t.span(p));
      p++;
      return text;
    }
    return null;
  }

  private List<Step> steps() {
    expect(TokenKind.LBRACE);
    List<Step> steps = new ArrayList<>();
    while (!accept(TokenKind.RBRACE)) {
      steps.add(step());
    }
    return steps;
  }

  private Step step() {
    int start = p;
    if (kind() == TokenKind.IDENT && kind(p + 1) == TokenKind.LARROW) {
      Name variable = name("a variable");
      p++;
      if (!t.isWord(p, "execute")) {
        throw expected("'execute' after '<-'");
      }
      p++;
      return new Step.Spawn(variable, selectors(), span(start));
    }
    Step.Verdict verdict = null;
    if (kind() == TokenKind.IDENT && kind(p + 1) != TokenKind.SQUIG && kind(p + 1) != TokenKind.LARROW) {
      verdict = switch (t.text(p)) {
        case "grant" -> Step.Verdict.GRANT;
        case "deny" -> Step.Verdict.DENY;
        case "any" -> Step.Verdict.ANY;
        default -> null;
      };
      if (verdict != null) {
        p++;
      }
    }
    Expr.Text header = optionalText();
    if (kind() == TokenKind.IDENT && kind(p + 1) == TokenKind.SQUIG) {
      Name client = name("a process variable");
      p++;
      Name server = name("a process variable");
      expect(TokenKind.COLON);
      QName path = qname("endpoint.Method");
      Expr.Record message = kind() == TokenKind.LBRACE ? record() : null;
      return new Step.Call(verdict, header, client, server, path, message, span(start));
    }
    EventKind kind = kind() == TokenKind.IDENT ? EventKind.of(t.text(p)) : null;
    if (kind == null) {
      throw expected("a test step (grant|deny|any [\"name\"] request src=... dst=..., a ~> b : ep.Method, v <- execute ...)");
    }
    p++;
    List<Selector> selectors = selectors();
    Expr.Record message = kind() == TokenKind.LBRACE ? record() : null;
    return new Step.Event(verdict, header, kind, selectors, message, span(start));
  }

  // ---------------------------------------------------------------- SDK model declarations

  private Decl.Model model() {
    int start = p++;
    Name name = name("a model name");
    boolean auditable = false;
    if (t.isWord(p, "auditable")) {
      p++;
      auditable = true;
    }
    expect(TokenKind.LBRACE);
    List<Name> parameters = new ArrayList<>();
    TypeExpr config = null;
    List<Decl.ModelMethod> methods = new ArrayList<>();
    List<Decl.ModelAudit> audit = new ArrayList<>();
    while (!accept(TokenKind.RBRACE)) {
      int itemStart = p;
      if (t.isWord(p, "param")) {
        p++;
        parameters.add(name("a type parameter name"));
      } else if (t.isWord(p, "config")) {
        p++;
        config = type();
      } else if (t.isWord(p, "audit")) {
        p++;
        Name key = name("an audit condition name");
        expect(TokenKind.COLON);
        audit.add(new Decl.ModelAudit(key, type()));
      } else {
        boolean global = false;
        if (t.isWord(p, "global")) {
          p++;
          global = true;
        }
        boolean rule = t.isWord(p, "rule");
        if (!rule && !t.isWord(p, "expression")) {
          throw expected("param, config, audit, rule or expression");
        }
        p++;
        Name method = name("a method name");
        TypeExpr argument = type();
        TypeExpr result = null;
        if (!rule) {
          expect(TokenKind.COLON);
          result = type();
        }
        methods.add(new Decl.ModelMethod(method, rule, global, argument, result, span(itemStart)));
      }
    }
    return new Decl.Model(name, auditable, parameters, config, methods, audit, span(start));
  }

  // ---------------------------------------------------------------- types

  private TypeExpr type() {
    int start = p;
    enter();
    List<TypeExpr> alternatives = new ArrayList<>();
    alternatives.add(typeAlternative());
    while (accept(TokenKind.BAR)) {
      alternatives.add(typeAlternative());
    }
    leave();
    return alternatives.size() == 1 ? alternatives.get(0) : new TypeExpr.Variant(alternatives, span(start));
  }

  private TypeExpr typeAlternative() {
    int start = p;
    switch (kind()) {
      case TEXT -> {
        p++;
        return new TypeExpr.TextLiteral(t.string(start), t.span(start));
      }
      case INT -> {
        p++;
        return new TypeExpr.IntLiteral(t.integer(start), t.span(start));
      }
      case MINUS -> {
        p++;
        if (kind() != TokenKind.INT) {
          throw expected("an integer after '-'");
        }
        p++;
        return new TypeExpr.IntLiteral(t.integer(start + 1).negate(), span(start));
      }
      case UNDERSCORE -> {
        p++;
        return new TypeExpr.Any(t.span(start));
      }
      case LPAREN -> {
        p++;
        expect(TokenKind.RPAREN);
        return new TypeExpr.Unit(span(start));
      }
      case LBRACK -> {
        p++;
        List<TypeExpr> elements = new ArrayList<>();
        while (!accept(TokenKind.RBRACK)) {
          elements.add(type());
          commaOr(TokenKind.RBRACK);
        }
        return new TypeExpr.Tuple(elements, span(start));
      }
      case LBRACE -> {
        p++;
        List<TypeExpr.DictField> fields = new ArrayList<>();
        while (!accept(TokenKind.RBRACE)) {
          Name field = name("a field name");
          expect(TokenKind.COLON);
          fields.add(new TypeExpr.DictField(field, type()));
          commaOr(TokenKind.RBRACE);
        }
        return new TypeExpr.Dict(fields, span(start));
      }
      case IDENT -> {
        QName name = qname("a type");
        List<TypeExpr> arguments = new ArrayList<>();
        if (accept(TokenKind.LT)) {
          do {
            arguments.add(type());
          } while (accept(TokenKind.COMMA));
          expect(TokenKind.GT);
        }
        return new TypeExpr.Named(name, arguments, span(start));
      }
      default -> throw expected("a type");
    }
  }

  // ---------------------------------------------------------------- expressions

  private boolean startsExpression() {
    return switch (kind()) {
      case IDENT, INT, TEXT, REGEX, LPAREN, LBRACE, LBRACK, BANG, TILDE, MINUS -> true;
      default -> false;
    };
  }

  /** An argument can follow a callee: {@code ( [expr] )}, record, list, literal or path. */
  private boolean startsArgument() {
    return switch (kind()) {
      case LPAREN, LBRACK, TEXT, REGEX, INT, IDENT -> true;
      case LBRACE -> !braceEndsExpression;
      default -> false;
    };
  }

  private Expr expression() {
    enter();
    Expr left = disjunction();
    if (kind() == TokenKind.IMPLIES) {
      SourceSpan op = t.span(p++);
      Expr right = expression();
      left = binary(Expr.BinaryOp.IMPLIES, left, right, op);
    }
    leave();
    return left;
  }

  private Expr disjunction() {
    Expr left = conjunction();
    while (kind() == TokenKind.OR) {
      SourceSpan op = t.span(p++);
      left = binary(Expr.BinaryOp.OR, left, conjunction(), op);
    }
    return left;
  }

  private Expr conjunction() {
    Expr left = comparison();
    while (kind() == TokenKind.AND) {
      SourceSpan op = t.span(p++);
      left = binary(Expr.BinaryOp.AND, left, comparison(), op);
    }
    return left;
  }

  private Expr comparison() {
    Expr left = sum();
    Expr.BinaryOp op = comparisonOp();
    if (op == null) {
      if (kind() == TokenKind.LARROW) {
        // a<-1 lexes as a '<-' 1: report it once and read it as the comparison it was meant to be.
        diagnostics.report(PslRule.PS0105.at(t.span(p), "'<-' is a test-step arrow; for a comparison write 'a < -1'"));
        SourceSpan opSpan = t.span(p++);
        return binary(Expr.BinaryOp.LT, left, sum(), opSpan);
      }
      return left;
    }
    SourceSpan opSpan = t.span(p++);
    Expr result = binary(op, left, sum(), opSpan);
    if (comparisonOp() != null) {
      diagnostics.report(PslRule.PS0105.at(t.span(p), "comparisons do not chain: write (a " + op.symbol
          + " b) && (b " + comparisonOp().symbol + " c)"));
      while (comparisonOp() != null) {
        p++;
        sum();
      }
    }
    if (kind() == TokenKind.LARROW) {
      diagnostics.report(PslRule.PS0105.at(t.span(p), "'<-' is a test-step arrow; for a comparison write 'a < -1'"));
      p++;
      sum();
    }
    return result;
  }

  private Expr.BinaryOp comparisonOp() {
    return switch (kind()) {
      case EQ -> Expr.BinaryOp.EQ;
      case NE -> Expr.BinaryOp.NE;
      case LT -> Expr.BinaryOp.LT;
      case LE -> Expr.BinaryOp.LE;
      case GT -> Expr.BinaryOp.GT;
      case GE -> Expr.BinaryOp.GE;
      default -> null;
    };
  }

  private Expr sum() {
    Expr left = product();
    while (kind() == TokenKind.PLUS || kind() == TokenKind.MINUS) {
      Expr.BinaryOp op = kind() == TokenKind.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
      SourceSpan opSpan = t.span(p++);
      left = binary(op, left, product(), opSpan);
    }
    return left;
  }

  private Expr product() {
    Expr left = bitOr();
    while (kind() == TokenKind.STAR) {
      SourceSpan op = t.span(p++);
      left = binary(Expr.BinaryOp.MUL, left, bitOr(), op);
    }
    return left;
  }

  private Expr bitOr() {
    Expr left = bitAnd();
    while (kind() == TokenKind.BAR) {
      SourceSpan op = t.span(p++);
      left = binary(Expr.BinaryOp.BIT_OR, left, bitAnd(), op);
    }
    return left;
  }

  private Expr bitAnd() {
    Expr left = prefix();
    while (kind() == TokenKind.AMP) {
      SourceSpan op = t.span(p++);
      left = binary(Expr.BinaryOp.BIT_AND, left, prefix(), op);
    }
    return left;
  }

  /**
   * Builds a binary node. {@code &} and {@code |} are incomparable with the priorities 3-8 (spec §6):
   * a bitwise node may not be an operand of one of those operators without parentheses.
   */
  private Expr binary(Expr.BinaryOp op, Expr left, Expr right, SourceSpan opSpan) {
    if (!op.isBitwise()) {
      for (Expr operand : List.of(left, right)) {
        if (operand instanceof Expr.Binary b && b.op().isBitwise()) {
          diagnostics.report(PslRule.PS0105.at(b.span(), "parenthesise the bitwise expression: ("
              + b.span().text().strip() + ") " + op.symbol + " ..."));
        }
      }
    }
    return new Expr.Binary(op, left, right, opSpan, left.span().to(right.span()));
  }

  private Expr prefix() {
    if (kind() == TokenKind.BANG || kind() == TokenKind.TILDE) {
      int start = p;
      Expr.UnaryOp op = kind() == TokenKind.BANG ? Expr.UnaryOp.NOT : Expr.UnaryOp.COMPLEMENT;
      p++;
      enter();
      Expr operand = prefix();
      leave();
      return new Expr.Unary(op, operand, t.span(start).to(operand.span()));
    }
    return atom();
  }

  private Expr atom() {
    int start = p;
    switch (kind()) {
      case INT -> {
        p++;
        return new Expr.Int(t.integer(start), t.span(start));
      }
      case MINUS -> {
        if (kind(p + 1) == TokenKind.INT) {
          p += 2;
          return new Expr.Int(t.integer(start + 1).negate(), span(start));
        }
        throw error(PslRule.PS0104, t.span(p), "PSL has no unary minus on expressions: write math.neg (x)");
      }
      case TEXT, REGEX -> {
        p++;
        return new Expr.Text(t.string(start), t.span(start));
      }
      case LPAREN -> {
        p++;
        if (accept(TokenKind.RPAREN)) {
          return new Expr.Unit(span(start));
        }
        boolean saved = braceEndsExpression;
        braceEndsExpression = false;
        Expr inner = expression();
        braceEndsExpression = saved;
        expect(TokenKind.RPAREN);
        return new Expr.Paren(inner, span(start));
      }
      case LBRACE -> {
        return record();
      }
      case LBRACK -> {
        return list();
      }
      case IDENT -> {
        if ((t.isWord(p, "true") || t.isWord(p, "false")) && kind(p + 1) != TokenKind.DOT) {
          p++;
          return new Expr.Bool(t.isWord(start, "true"), t.span(start));
        }
        QName name = qname("a name");
        if (kind() != TokenKind.DOT_LBRACK && startsArgument()) {
          Expr argument = argument();
          return new Expr.App(name, argument, name.span().to(argument.span()));
        }
        return path(name, start);
      }
      default -> throw expected("an expression");
    }
  }

  /** The one argument of an application: {@code ( [expr] )}, record, list, literal or path (not an application). */
  private Expr argument() {
    int start = p;
    if (kind() == TokenKind.IDENT) {
      if ((t.isWord(p, "true") || t.isWord(p, "false")) && kind(p + 1) != TokenKind.DOT) {
        p++;
        return new Expr.Bool(t.isWord(start, "true"), t.span(start));
      }
      return path(qname("a name"), start);
    }
    enter();
    Expr e = atom();
    leave();
    return e;
  }

  private Expr path(QName head, int start) {
    List<Expr.Access> accesses = new ArrayList<>();
    while (true) {
      int at = p;
      if (accept(TokenKind.DOT_LBRACK)) {
        boolean saved = braceEndsExpression;
        braceEndsExpression = false;
        Expr index = expression();
        braceEndsExpression = saved;
        expect(TokenKind.RBRACK);
        accesses.add(new Expr.Access(null, index, span(at)));
      } else if (!accesses.isEmpty() && kind() == TokenKind.DOT && kind(p + 1) == TokenKind.IDENT) {
        p++;
        Name field = name("a field name");
        accesses.add(new Expr.Access(field, null, span(at)));
      } else {
        return new Expr.Path(head, accesses, span(start));
      }
    }
  }

  private Expr.Record record() {
    int start = p;
    expect(TokenKind.LBRACE);
    enter();
    boolean saved = braceEndsExpression;
    braceEndsExpression = false;
    List<Expr.Field> fields = new ArrayList<>();
    while (!accept(TokenKind.RBRACE)) {
      int fieldAt = p;
      Name name;
      if ((kind() == TokenKind.IDENT || kind() == TokenKind.TEXT)
          && (kind(p + 1) == TokenKind.COLON || kind(p + 1) == TokenKind.ASSIGN)) {
        name = new Name(kind() == TokenKind.TEXT ? t.string(p) : t.text(p), t.span(p));
        p++;
        if (kind() == TokenKind.ASSIGN) {
          diagnostics.report(PslRule.PS0111.at(t.span(p), "'=' in a record; write '" + name.text() + " : ...'"));
        }
        p++;
      } else if (startsExpression()) {
        Expr value = expression();
        throw error(PslRule.PS0110, value.span(), "record field without a name: write 'name : "
            + value.span().text().strip() + "'");
      } else {
        throw expected("a record field (name : value) or '}'");
      }
      Expr value = expression();
      fields.add(new Expr.Field(name, value, span(fieldAt)));
      commaOr(TokenKind.RBRACE);
    }
    braceEndsExpression = saved;
    leave();
    return new Expr.Record(fields, span(start));
  }

  private Expr.ListOf list() {
    int start = p;
    expect(TokenKind.LBRACK);
    enter();
    boolean saved = braceEndsExpression;
    braceEndsExpression = false;
    List<Expr> items = new ArrayList<>();
    while (!accept(TokenKind.RBRACK)) {
      items.add(expression());
      commaOr(TokenKind.RBRACK);
    }
    braceEndsExpression = saved;
    leave();
    return new Expr.ListOf(items, span(start));
  }

  // ---------------------------------------------------------------- helpers

  private QName qname(String what) {
    Name first = name(what);
    if (!(kind() == TokenKind.DOT && kind(p + 1) == TokenKind.IDENT)) {
      return new QName(List.of(first), first.span()); // most names have one part: no list to grow
    }
    List<Name> parts = new ArrayList<>(4);
    parts.add(first);
    while (kind() == TokenKind.DOT && kind(p + 1) == TokenKind.IDENT) {
      p++;
      parts.add(name(what));
    }
    return new QName(parts, parts.get(0).span().to(parts.get(parts.size() - 1).span()));
  }

  private Name name(String what) {
    if (kind() != TokenKind.IDENT) {
      throw expected(what);
    }
    Name n = new Name(t.text(p), t.span(p));
    p++;
    return n;
  }

  private BigInteger integer(String what) {
    if (kind() != TokenKind.INT) {
      throw expected(what);
    }
    return t.integer(p++);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error(PslRule.PS0108, t.span(p), "nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private void leave() {
    depth--;
  }

  private TokenKind kind() {
    return t.kind(p);
  }

  private TokenKind kind(int i) {
    return i < t.size() ? t.kind(i) : TokenKind.EOF;
  }

  private boolean accept(TokenKind k) {
    if (kind() == k) {
      p++;
      return true;
    }
    if (kind() == TokenKind.EOF && (k == TokenKind.RBRACE || k == TokenKind.RBRACK)) {
      throw expected(k.display());
    }
    return false;
  }

  private void expect(TokenKind k) {
    if (kind() != k) {
      throw expected(k.display());
    }
    p++;
  }

  /** The span from token {@code start} to the last token read. */
  private SourceSpan span(int start) {
    return t.span(start, Math.max(start, p - 1));
  }

  private Failure expected(String what) {
    String found = kind() == TokenKind.EOF ? "end of file"
        : kind() == TokenKind.IDENT ? "'" + t.text(p) + "'"
        : kind() == TokenKind.TEXT ? "text " + t.text(p)
        : kind() == TokenKind.INT ? "integer " + t.text(p)
        : kind().display();
    SourceSpan at = t.span(p);
    if (kind() == TokenKind.EOF) {
      int end = source.file().beforeBlankTail(at.start());
      at = source.file().span(end, end);
    }
    return error(PslRule.PS0104, at, "expected " + what + ", found " + found);
  }

  private Failure error(PslRule rule, SourceSpan at, String message) {
    diagnostics.report(rule.at(at, message));
    depth = 0;
    return new Failure();
  }
}
