package org.kos.nkc.rules;

import org.kos.nkc.diag.DiagnosticRule;
import org.kos.nkc.diag.Severity;

/**
 * Every rule of the IDL/CDL/EDL front end, with its stable diagnostic id and one-line summary. Ids
 * are never renumbered or reused: a retired rule keeps its entry. Each id has a page
 * {@code docs/errors/<ID>.md} and examples under {@code testdata/nk-errors/<ID>/}; a test keeps
 * the three in step. Ranges: NK01xx lexing and parsing, NK02xx files, packages, imports and names,
 * NK03xx constants, NK04xx types, NK05xx interfaces and methods, NK06xx components and classes,
 * NK07xx the Java mapping (reported by the Java back end, {@code kos nk compile}: the names depend
 * on {@code --java-package}).
 */
public enum Rule implements DiagnosticRule {
  NK0101(Severity.ERROR, "unexpected character"),
  NK0102(Severity.ERROR, "unterminated block comment"),
  NK0103(Severity.ERROR, "malformed integer literal"),
  NK0104(Severity.ERROR, "syntax error: unexpected token"),
  NK0105(Severity.ERROR, "operator needs parentheses (shift mixed with arithmetic, chained shift or **)"),
  NK0106(Severity.ERROR, "file header does not match the file extension"),
  NK0107(Severity.ERROR, "more than one interface in one IDL file"),
  NK0108(Severity.ERROR, "section given twice in one component or class"),
  NK0109(Severity.WARNING, "decimal literal with a leading zero (octal is written 0o...)"),
  NK0110(Severity.ERROR, "expression or type nested too deeply (more than 256 levels)"),

  NK0201(Severity.ERROR, "package, interface or component not found on the search path"),
  NK0202(Severity.ERROR, "import cycle"),
  NK0203(Severity.ERROR, "unknown name"),
  NK0204(Severity.ERROR, "duplicate declaration"),
  NK0205(Severity.ERROR, "ambiguous name: declared in several imported packages"),
  NK0206(Severity.ERROR, "file name does not match the declared package, component or class"),
  NK0207(Severity.WARNING, "unused import"),
  NK0208(Severity.ERROR, "qualified name refers to a package that is not imported"),
  NK0209(Severity.ERROR, "declaration reuses the name of a built-in type"),
  NK0210(Severity.WARNING, "package imported twice"),
  NK0211(Severity.ERROR, "wrong kind of name: a constant where a type is expected, or the reverse"),
  NK0212(Severity.ERROR, "two files declare the same package, component or class"),
  NK0213(Severity.WARNING, "file lies under an include directory at a path that does not match its name"),

  NK0301(Severity.ERROR, "constant value does not fit its declared type"),
  NK0302(Severity.ERROR, "integer overflow in a constant expression"),
  NK0303(Severity.ERROR, "division by zero in a constant expression"),
  NK0304(Severity.ERROR, "negative exponent"),
  NK0305(Severity.ERROR, "shift count outside 0..63"),
  NK0306(Severity.ERROR, "constant type is not an integer type"),
  NK0307(Severity.ERROR, "constant depends on itself"),
  NK0308(Severity.ERROR, "integer literal larger than 64 bits"),

  NK0401(Severity.ERROR, "bound or length must be at least 1"),
  NK0402(Severity.ERROR, "bound or length larger than 2^32-1"),
  NK0403(Severity.ERROR, "struct or union contains itself"),
  NK0404(Severity.ERROR, "typedef refers to itself"),
  NK0405(Severity.ERROR, "duplicate field name in a struct or union"),
  NK0406(Severity.ERROR, "struct or union without fields"),
  NK0407(Severity.ERROR, "type or declaration chain nested too deeply (more than 256 levels)"),
  NK0408(Severity.ERROR, "type or message too large for the wire format"),

  NK0501(Severity.ERROR, "method name contains '_'"),
  NK0502(Severity.ERROR, "duplicate method name"),
  NK0503(Severity.ERROR, "duplicate parameter name"),
  NK0504(Severity.ERROR, "parameters out of order: all in, then out, then error"),
  NK0505(Severity.ERROR, "more than 7 handles in the in, out or error parameters of a method"),
  NK0506(Severity.ERROR, "security interface method with out or error parameters"),
  NK0507(Severity.ERROR, "package has no interface but is used as one"),
  NK0508(Severity.WARNING, "named interface differs from its package name"),
  NK0509(Severity.ERROR, "sequence of values that carry handles"),
  NK0510(Severity.ERROR, "more than 65536 methods in one interface"),

  NK0601(Severity.ERROR, "duplicate endpoint or component instance name"),
  NK0602(Severity.ERROR, "endpoint or component instance name contains '_'"),
  NK0603(Severity.ERROR, "component instance cycle"),
  NK0604(Severity.ERROR, "more than 65535 endpoints in a component or class tree"),

  NK0701(Severity.ERROR, "two declarations map to the same Java class"),
  NK0702(Severity.ERROR, "two declarations map to the same member of a generated Java class");

  private final Severity severity;
  private final String summary;

  Rule(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  /** One line saying what the rule is about; the docs page says why and how to fix. */
  @Override
  public String summary() {
    return summary;
  }
}
