package org.kos.nkc.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.ast.Decl;
import org.kos.nkc.ast.Expr;
import org.kos.nkc.ast.Expr.BinaryOp;
import org.kos.nkc.ast.Expr.UnaryOp;
import org.kos.nkc.ast.Interface;
import org.kos.nkc.ast.Interface.Direction;
import org.kos.nkc.ast.Name;
import org.kos.nkc.ast.QualifiedName;
import org.kos.nkc.ast.TypeRef;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.ast.Unit.Entry;
import org.kos.nkc.ast.Unit.Form;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.lex.Lexer;
import org.kos.nkc.lex.TokenKind;
import org.kos.nkc.lex.Tokens;
import org.kos.nkc.rules.Rule;

/**
 * Recursive-descent parser for every generation of IDL, CDL and EDL (spec §1, §2, §7). Keywords are
 * contextual: a word is a keyword only where the grammar expects one, so {@code interface} can be
 * an endpoint or parameter name. After a syntax error the parser skips to the next {@code ;},
 * closing {@code }} or declaration keyword and goes on, so one run reports many errors.
 */
public final class Parser {
  /** Unwinds to the nearest recovery point; the error has already been reported. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  private static final Bail BAIL = new Bail();
  private static final String[] IDL_KEYWORDS = {"import", "const", "typedef", "struct", "union", "interface"};

  private final Tokens t;
  private final SourceFile file;
  private final Diagnostics diagnostics;
  private int pos;
  private int lastErrorAt = -1;
  /** Open parentheses, unary operators and type arguments around {@link #pos}. */
  private int nesting;
  /** Depth of each expression tree built (absent: 1), so operator chains are bounded like parentheses. */
  private final java.util.Map<Expr, Integer> depths = new java.util.IdentityHashMap<>();

  /**
   * How deep expressions and types may nest. Later stages recurse over these trees; a bound here
   * turns an input thousands of levels deep into one error instead of a stack overflow.
   */
  public static final int MAX_NESTING = 256;

  private Parser(Tokens tokens, Diagnostics diagnostics) {
    this.t = tokens;
    this.file = tokens.file();
    this.diagnostics = diagnostics;
  }

  /** Lexes and parses one file; problems go to {@code diagnostics}, a tree is always returned. */
  public static Unit parse(SourceFile file, Diagnostics diagnostics) {
    return new Parser(Lexer.lex(file, diagnostics), diagnostics).unit();
  }

  // ---- files -------------------------------------------------------------------------------

  private Unit unit() {
    UnitKind byExtension = UnitKind.ofFileName(file.name());
    int start = pos;
    if (word("package")) {
      checkExtension(UnitKind.IDL, byExtension, start, "package");
      pos++;
      return idl(headerName());
    }
    if (word("component")) {
      checkExtension(UnitKind.CDL, byExtension, start, "component");
      pos++;
      return component(UnitKind.CDL, Form.COMPONENT, headerName());
    }
    if (word("task") && t.isWord(pos + 1, "class")) {
      checkExtension(UnitKind.EDL, byExtension, start, "task class");
      pos += 2;
      return component(UnitKind.EDL, Form.TASK_CLASS, headerName());
    }
    if (word("entity")) {
      checkExtension(UnitKind.EDL, byExtension, start, "entity");
      pos++;
      return component(UnitKind.EDL, Form.ENTITY, headerName());
    }
    UnitKind kind = byExtension == null ? UnitKind.IDL : byExtension;
    String expected = switch (kind) {
      case IDL -> "'package <name>'";
      case CDL -> "'component <name>'";
      case EDL -> "'task class <name>' or 'entity <name>'";
    };
    error(pos, "expected " + expected + " at the start of the file, found " + describe(pos));
    return kind == UnitKind.IDL
        ? idl(null)
        : component(kind, kind == UnitKind.CDL ? Form.COMPONENT : Form.TASK_CLASS, null);
  }

  private void checkExtension(UnitKind header, UnitKind byExtension, int at, String keyword) {
    if (byExtension != null && byExtension != header) {
      diagnostics.report(Rule.NK0106.at(t.span(at),
          "'" + keyword + "' starts " + article(header) + " file, but this file is named ." + byExtension.extension
              + "; rename it to ." + header.extension + " or fix the header"));
    }
  }

  private static String article(UnitKind k) {
    return k == UnitKind.IDL ? "an IDL" : k == UnitKind.CDL ? "a CDL" : "an EDL";
  }

  private QualifiedName headerName() {
    try {
      return qualifiedName("a name");
    } catch (Bail b) {
      return null;
    }
  }

  private Unit.Idl idl(QualifiedName name) {
    List<Unit.Import> imports = new ArrayList<>();
    List<Decl> decls = new ArrayList<>();
    Interface iface = null;
    while (kind() != TokenKind.EOF) {
      int start = pos;
      try {
        if (word("import")) {
          pos++;
          QualifiedName q = qualifiedName("a package name");
          imports.add(new Unit.Import(q, spanFrom(start)));
        } else if (word("const")) {
          decls.add(constDecl());
        } else if (word("typedef")) {
          pos++;
          TypeRef type = type();
          Name n = name("a typedef name");
          expect(TokenKind.SEMI);
          decls.add(new Decl.Typedef(type, n, spanFrom(start)));
        } else if (word("struct") || word("union")) {
          decls.add(record());
        } else if (word("interface") && (peek(1) == TokenKind.LBRACE || (peek(1) == TokenKind.IDENT && peek(2) == TokenKind.LBRACE))) {
          Interface parsed = iface();
          if (iface == null) {
            iface = parsed;
          } else {
            diagnostics.report(Rule.NK0107.at(parsed.keyword(),
                    "an IDL file declares at most one interface; move this one to its own package")
                .withNote("the first interface of this file is here", iface.keyword()));
          }
        } else {
          error(pos, "expected 'import', 'const', 'typedef', 'struct', 'union' or 'interface', found " + describe(pos));
          throw BAIL;
        }
      } catch (Bail b) {
        syncTopLevel(start);
      }
    }
    return new Unit.Idl(file, name, imports, decls, iface);
  }

  private Decl.Const constDecl() {
    int start = pos++;
    TypeRef type = type();
    Name n = name("a constant name");
    expect(TokenKind.EQ);
    Expr value = expression();
    expect(TokenKind.SEMI);
    return new Decl.Const(type, n, value, spanFrom(start));
  }

  private Decl.Record record() {
    int start = pos;
    boolean union = word("union");
    pos++;
    Name n = name(union ? "a union name" : "a struct name");
    expect(TokenKind.LBRACE);
    List<Decl.Field> fields = new ArrayList<>();
    while (kind() != TokenKind.RBRACE && kind() != TokenKind.EOF) {
      int fieldStart = pos;
      try {
        TypeRef type = type();
        Name fieldName = name("a field name");
        expect(TokenKind.SEMI);
        fields.add(new Decl.Field(type, fieldName, spanFrom(fieldStart)));
      } catch (Bail b) {
        syncInBlock(fieldStart);
      }
    }
    closeBlock();
    optional(TokenKind.SEMI);
    return new Decl.Record(union, n, fields, spanFrom(start));
  }

  private Interface iface() {
    int start = pos++;
    SourceSpan keyword = t.span(start);
    Name declared = kind() == TokenKind.IDENT ? name("an interface name") : null;
    expect(TokenKind.LBRACE);
    List<Interface.Method> methods = new ArrayList<>();
    while (kind() != TokenKind.RBRACE && kind() != TokenKind.EOF) {
      int methodStart = pos;
      try {
        methods.add(method());
      } catch (Bail b) {
        syncInBlock(methodStart);
      }
    }
    closeBlock();
    optional(TokenKind.SEMI);
    return new Interface(declared, methods, keyword, spanFrom(start));
  }

  private Interface.Method method() {
    int start = pos;
    Name n = name("a method name");
    expect(TokenKind.LPAREN);
    List<Interface.Param> params = new ArrayList<>();
    if (kind() != TokenKind.RPAREN) {
      params.add(param());
      while (optional(TokenKind.COMMA)) {
        params.add(param());
      }
    }
    expect(TokenKind.RPAREN);
    expect(TokenKind.SEMI);
    return new Interface.Method(n, params, spanFrom(start));
  }

  private Interface.Param param() {
    int start = pos;
    Direction direction = null;
    for (Direction d : Direction.values()) {
      if (word(d.keyword)) {
        direction = d;
      }
    }
    if (direction == null) {
      error(pos, "expected 'in', 'out' or 'error' before a parameter, found " + describe(pos));
      throw BAIL;
    }
    pos++;
    TypeRef type = type();
    Name n = name("a parameter name");
    return new Interface.Param(direction, type, n, spanFrom(start));
  }

  // ---- CDL / EDL ----------------------------------------------------------------------------

  private Unit.Component component(UnitKind kind, Form form, QualifiedName name) {
    QualifiedName security = null;
    List<Entry> endpoints = new ArrayList<>();
    List<Entry> instances = new ArrayList<>();
    SourceSpan endpointsSeen = null;
    SourceSpan componentsSeen = null;
    SourceSpan securitySeen = null;
    while (kind() != TokenKind.EOF) {
      int start = pos;
      try {
        if (kind() == TokenKind.IDENT && peek(1) == TokenKind.COLON) {
          endpoints.add(entry()); // pre-1.0 bare "impl : pkg.IFace" line
        } else if (word("security") && peek(1) == TokenKind.IDENT) {
          securitySeen = once(securitySeen, "security");
          pos++;
          QualifiedName q = qualifiedName("an interface name");
          if (security == null) {
            security = q;
          }
        } else if ((word("endpoints") || word("interfaces")) && peek(1) == TokenKind.LBRACE) {
          endpointsSeen = once(endpointsSeen, "endpoints");
          pos++;
          entries(endpoints);
        } else if (word("components") && peek(1) == TokenKind.LBRACE) {
          componentsSeen = once(componentsSeen, "components");
          pos++;
          entries(instances);
        } else {
          error(pos, "expected 'security', 'endpoints', 'interfaces' or 'components', found " + describe(pos));
          throw BAIL;
        }
      } catch (Bail b) {
        syncTopLevel(start);
      }
    }
    return new Unit.Component(file, kind, form, name, security, endpoints, instances);
  }

  private SourceSpan once(SourceSpan seen, String section) {
    SourceSpan here = t.span(pos);
    if (seen != null) {
      diagnostics.report(Rule.NK0108.at(here,
              "section '" + t.text(pos) + "' given again; merge it into the first one")
          .withNote("first '" + section + "' section is here", seen));
      return seen;
    }
    return here;
  }

  private void entries(List<Entry> into) {
    expect(TokenKind.LBRACE);
    while (kind() != TokenKind.RBRACE && kind() != TokenKind.EOF) {
      int start = pos;
      try {
        into.add(entry());
      } catch (Bail b) {
        // Entries have no separator: resume at the next "name :" or at the closing brace.
        pos = Math.max(pos, start + 1);
        while (kind() != TokenKind.EOF && kind() != TokenKind.RBRACE
            && !(kind() == TokenKind.IDENT && peek(1) == TokenKind.COLON)) {
          pos++;
        }
      }
    }
    expect(TokenKind.RBRACE);
  }

  private Entry entry() {
    Name n = name("an endpoint or instance name");
    expect(TokenKind.COLON);
    return new Entry(n, qualifiedName("an interface or component name"));
  }

  // ---- types --------------------------------------------------------------------------------

  private TypeRef type() {
    int start = pos;
    if (kind() != TokenKind.IDENT) {
      error(pos, "expected a type, found " + describe(pos));
      throw BAIL;
    }
    if (peek(1) == TokenKind.LT) {
      if (word("array") || word("sequence")) {
        boolean array = word("array");
        pos += 2;
        enter(start, "type");
        TypeRef element = type();
        nesting--;
        expect(TokenKind.COMMA);
        Expr n = expression();
        expect(TokenKind.GT);
        return array
            ? new TypeRef.Array(element, n, spanFrom(start))
            : new TypeRef.Sequence(element, n, spanFrom(start));
      }
      if (word("bytes") || word("string")) {
        boolean bytes = word("bytes");
        pos += 2;
        Expr n = expression();
        expect(TokenKind.GT);
        return bytes ? new TypeRef.Bytes(n, spanFrom(start)) : new TypeRef.Str(n, spanFrom(start));
      }
      if (word("handle")) {
        pos += 2;
        QualifiedName iface = qualifiedName("an interface name");
        expect(TokenKind.GT);
        return new TypeRef.InterfaceHandle(iface, spanFrom(start));
      }
    }
    QualifiedName q = qualifiedName("a type");
    return new TypeRef.Named(q, q.span());
  }

  // ---- integer expressions (spec §1, kce12 ice_idl_int_expres) ------------------------------

  /**
   * Precedence: unary {@code - ~} bind tightest, then {@code **} (non-associative), then
   * {@code * / %}, then {@code + -}. Shifts take unary operands only and mix with nothing
   * unparenthesised: {@code a << b + c} and {@code a << b << c} are errors (NK0105).
   */
  private Expr expression() {
    int start = pos;
    Expr first = unary();
    if (isShift()) {
      int opAt = pos;
      BinaryOp op = kind() == TokenKind.SHL ? BinaryOp.SHL : BinaryOp.SHR;
      pos += op == BinaryOp.SHL ? 1 : 2;
      Expr right = unary();
      Expr shift = binary(op, first, right, opSpan(opAt), start);
      if (isShift() || isArithmetic()) {
        parenthesise(pos, "'" + op.symbol + "'");
        return additive(multiplicative(power(shiftTail(start, shift), start), start), start);
      }
      return shift;
    }
    Expr e = additive(multiplicative(power(first, start), start), start);
    if (isShift()) {
      parenthesise(pos, "an arithmetic operator");
      return shiftTail(start, e);
    }
    return e;
  }

  /** Consumes (for recovery) a shift after an already reported precedence error. */
  private Expr shiftTail(int start, Expr left) {
    while (isShift()) {
      int opAt = pos;
      BinaryOp op = kind() == TokenKind.SHL ? BinaryOp.SHL : BinaryOp.SHR;
      pos += op == BinaryOp.SHL ? 1 : 2;
      left = binary(op, left, unary(), opSpan(opAt), start);
    }
    return left;
  }

  private void parenthesise(int at, String other) {
    boolean shiftRight = t.kind(at) == TokenKind.GT; // ">>" is two adjacent '>' tokens
    String op = shiftRight ? ">>" : t.text(at);
    SourceSpan span = shiftRight ? file.span(t.start(at), t.end(at + 1)) : t.span(at);
    String message = op.equals("**")
        ? "'**' is not associative; write (a ** b) ** c or a ** (b ** c)"
        : "'" + op + "' cannot be combined with " + other + " without parentheses; write e.g. a << (b + c)";
    if (lastErrorAt != at) {
      lastErrorAt = at;
      diagnostics.report(Rule.NK0105.at(span, message));
    }
  }

  private Expr additive(Expr left, int start) {
    while (kind() == TokenKind.PLUS || kind() == TokenKind.MINUS) {
      int opAt = pos++;
      BinaryOp op = t.kind(opAt) == TokenKind.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
      int rightStart = pos;
      Expr right = multiplicative(power(unary(), rightStart), rightStart);
      left = binary(op, left, right, t.span(opAt), start);
    }
    return left;
  }

  private Expr multiplicative(Expr left, int start) {
    while (kind() == TokenKind.STAR || kind() == TokenKind.SLASH || kind() == TokenKind.PERCENT) {
      int opAt = pos++;
      BinaryOp op = switch (t.kind(opAt)) {
        case STAR -> BinaryOp.MUL;
        case SLASH -> BinaryOp.DIV;
        default -> BinaryOp.MOD;
      };
      int rightStart = pos;
      Expr right = power(unary(), rightStart);
      left = binary(op, left, right, t.span(opAt), start);
    }
    return left;
  }

  private Expr power(Expr base, int start) {
    if (kind() != TokenKind.STARSTAR) {
      return base;
    }
    int opAt = pos++;
    Expr e = binary(BinaryOp.POW, base, unary(), t.span(opAt), start);
    while (kind() == TokenKind.STARSTAR) {
      parenthesise(pos, "'**'");
      int again = pos++;
      e = binary(BinaryOp.POW, e, unary(), t.span(again), start);
    }
    return e;
  }

  private Expr unary() {
    int start = pos;
    if (kind() == TokenKind.MINUS || kind() == TokenKind.TILDE) {
      UnaryOp op = kind() == TokenKind.MINUS ? UnaryOp.NEG : UnaryOp.NOT;
      pos++;
      enter(start, "expression");
      Expr operand = unary();
      nesting--;
      return deeper(new Expr.Unary(op, operand, spanFrom(start)), operand, operand, start);
    }
    return primary();
  }

  private Expr primary() {
    int start = pos;
    switch (kind()) {
      case INT -> {
        pos++;
        return new Expr.Literal(literalValue(start), t.span(start));
      }
      case IDENT -> {
        QualifiedName q = qualifiedName("a constant");
        return new Expr.ConstRef(q, q.span());
      }
      case LPAREN -> {
        pos++;
        enter(start, "expression");
        Expr inner = expression();
        nesting--;
        expect(TokenKind.RPAREN);
        return inner;
      }
      default -> {
        error(pos, "expected an integer, a constant name or '(', found " + describe(pos));
        throw BAIL;
      }
    }
  }

  private BigInteger literalValue(int i) {
    String s = t.text(i);
    int radix = 10;
    if (s.length() > 2 && s.charAt(0) == '0') {
      char p = s.charAt(1);
      if (p == 'x' || p == 'X') {
        radix = 16;
      } else if (p == 'o' || p == 'O') {
        radix = 8;
      }
    }
    String digits = radix == 10 ? s : s.substring(2);
    try {
      return new BigInteger(digits, radix);
    } catch (NumberFormatException e) {
      return BigInteger.ZERO; // already reported as NK0103 by the lexer
    }
  }

  private boolean isShift() {
    return kind() == TokenKind.SHL
        || (kind() == TokenKind.GT && peek(1) == TokenKind.GT && t.end(pos) == t.start(pos + 1));
  }

  private boolean isArithmetic() {
    return switch (kind()) {
      case PLUS, MINUS, STAR, SLASH, PERCENT, STARSTAR -> true;
      default -> false;
    };
  }

  private SourceSpan opSpan(int opAt) {
    return t.kind(opAt) == TokenKind.GT ? file.span(t.start(opAt), t.end(opAt + 1)) : t.span(opAt);
  }

  // ---- names and tokens ---------------------------------------------------------------------

  private QualifiedName qualifiedName(String what) {
    int start = pos;
    List<String> parts = new ArrayList<>(4);
    parts.add(name(what).text());
    while (kind() == TokenKind.DOT) {
      pos++;
      parts.add(name("a name after '.'").text());
    }
    return new QualifiedName(parts, spanFrom(start));
  }

  private Name name(String what) {
    if (kind() != TokenKind.IDENT) {
      error(pos, "expected " + what + ", found " + describe(pos));
      throw BAIL;
    }
    Name n = new Name(t.text(pos), t.span(pos));
    pos++;
    return n;
  }

  private void expect(TokenKind k) {
    if (kind() != k) {
      if (k != TokenKind.LBRACE && pos > 0 && file.line(t.end(pos - 1)) != file.line(t.start(pos))) {
        // A closing token missing at the end of a line: point just after the line's last token.
        if (lastErrorAt != pos) {
          lastErrorAt = pos;
          int at = t.end(pos - 1);
          diagnostics.report(Rule.NK0104.at(file.span(at, at),
              "expected " + k.display() + " after " + describe(pos - 1) + ", found " + describe(pos)));
        }
        throw BAIL;
      }
      error(pos, "expected " + k.display() + ", found " + describe(pos));
      throw BAIL;
    }
    pos++;
  }

  /**
   * The {@code }} of a struct, union or interface. Missing at the end of the file, it is reported
   * but the block is kept: what was parsed is sound, and dropping it would make every use of it
   * an error of its own (unknown type, package without interface) in this and other files.
   */
  private void closeBlock() {
    try {
      expect(TokenKind.RBRACE);
    } catch (Bail b) {
      if (kind() != TokenKind.EOF) {
        throw b;
      }
    }
  }

  private boolean optional(TokenKind k) {
    if (kind() == k) {
      pos++;
      return true;
    }
    return false;
  }

  private TokenKind kind() {
    return t.kind(pos);
  }

  private TokenKind peek(int ahead) {
    return t.kind(Math.min(pos + ahead, t.size() - 1));
  }

  private boolean word(String w) {
    return t.isWord(pos, w);
  }

  private String describe(int i) {
    return switch (t.kind(i)) {
      case EOF -> "end of file";
      case IDENT -> "'" + t.text(i) + "'";
      case INT -> "integer " + t.text(i);
      default -> t.kind(i).display();
    };
  }

  // ---- nesting limits ---------------------------------------------------------------------

  private void enter(int at, String what) {
    if (++nesting > MAX_NESTING) {
      tooDeep(at, what + " nested more than " + MAX_NESTING + " levels deep");
    }
  }

  private Expr binary(BinaryOp op, Expr left, Expr right, SourceSpan opSpan, int start) {
    return deeper(new Expr.Binary(op, left, right, opSpan, spanFrom(start)), left, right, start);
  }

  /** Records {@code e}'s depth; a chain like {@code 1+1+...} nests one level per operator. */
  private Expr deeper(Expr e, Expr a, Expr b, int start) {
    int depth = 1 + Math.max(depths.getOrDefault(a, 1), depths.getOrDefault(b, 1));
    if (depth > MAX_NESTING) {
      tooDeep(start, "expression with more than " + MAX_NESTING + " nested operators; split it into named constants");
    }
    depths.put(e, depth);
    return e;
  }

  /** One error for the whole construct: skip to its end and let recovery continue after it. */
  private void tooDeep(int at, String message) {
    diagnostics.report(Rule.NK0110.at(t.span(at), message));
    nesting = 0;
    while (kind() != TokenKind.SEMI && kind() != TokenKind.EOF) {
      pos++;
    }
    lastErrorAt = pos;
    throw BAIL;
  }

  /** Reports a syntax error once per token, so recovery does not repeat it. */
  private void error(int at, String message) {
    if (at == lastErrorAt) {
      return;
    }
    lastErrorAt = at;
    if (t.kind(at) == TokenKind.EOF) {
      int end = file.beforeBlankTail(t.start(at));
      diagnostics.report(Rule.NK0104.at(file.span(end, end), message));
      return;
    }
    diagnostics.report(Rule.NK0104.at(t.span(at), message));
  }

  private SourceSpan spanFrom(int startToken) {
    int end = pos > startToken ? t.end(pos - 1) : t.end(startToken);
    return file.span(t.start(startToken), Math.max(end, t.start(startToken)));
  }

  // ---- recovery -----------------------------------------------------------------------------

  /** Skips to just after the next {@code ;} or balanced {@code }}, or to a declaration keyword. */
  private void syncTopLevel(int start) {
    int depth = 0;
    if (pos == start) {
      pos++; // always make progress
      depth = t.kind(start) == TokenKind.LBRACE ? 1 : 0;
    } else {
      for (int i = start; i < pos; i++) {
        depth += t.kind(i) == TokenKind.LBRACE ? 1 : t.kind(i) == TokenKind.RBRACE ? -1 : 0;
      }
      depth = Math.max(depth, 0);
    }
    while (kind() != TokenKind.EOF) {
      TokenKind k = kind();
      if (depth == 0 && (k == TokenKind.SEMI)) {
        pos++;
        return;
      }
      if (depth == 0 && k == TokenKind.IDENT && startsDeclaration()) {
        return;
      }
      if (k == TokenKind.LBRACE) {
        depth++;
      } else if (k == TokenKind.RBRACE) {
        depth--;
        if (depth <= 0) {
          pos++;
          optional(TokenKind.SEMI);
          return;
        }
      }
      pos++;
    }
  }

  private boolean startsDeclaration() {
    for (String k : IDL_KEYWORDS) {
      if (word(k)) {
        return true;
      }
    }
    return (word("security") || word("endpoints") || word("interfaces") || word("components"))
        && (peek(1) == TokenKind.LBRACE || peek(1) == TokenKind.IDENT);
  }

  /** Inside a struct or interface body: skips past the next {@code ;}, or up to the closing brace. */
  private void syncInBlock(int start) {
    if (pos == start && kind() != TokenKind.RBRACE) {
      pos++;
      if (t.kind(pos - 1) == TokenKind.SEMI) {
        return;
      }
    }
    int depth = 0;
    for (int i = start; i < pos; i++) {
      depth += t.kind(i) == TokenKind.LBRACE ? 1 : t.kind(i) == TokenKind.RBRACE ? -1 : 0;
    }
    depth = Math.max(depth, 0);
    while (kind() != TokenKind.EOF) {
      TokenKind k = kind();
      if (depth == 0 && k == TokenKind.SEMI) {
        pos++;
        return;
      }
      if (k == TokenKind.LBRACE) {
        depth++;
      } else if (k == TokenKind.RBRACE) {
        if (depth == 0) {
          return;
        }
        depth--;
      }
      pos++;
    }
  }
}
