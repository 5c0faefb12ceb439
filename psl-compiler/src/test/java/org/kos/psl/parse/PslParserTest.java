package org.kos.psl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.Expr;
import org.kos.psl.ast.PslFile;
import org.kos.psl.ast.SelectorKey;
import org.kos.psl.ast.Stmt;
import org.kos.psl.source.PslSource;

/** The grammar of spec §3 and §6, one behaviour per test. */
class PslParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private PslFile parse(String text) {
    return PslParser.parse(PslSource.plain(new SourceFile("t.psl", text), false), diagnostics);
  }

  private List<String> ids() {
    return diagnostics.all().stream().map(Diagnostic::id).toList();
  }

  private Decl.Binding binding(String text) {
    PslFile f = parse(text);
    assertEquals(List.of(), ids(), () -> diagnostics.all().toString());
    return (Decl.Binding) f.declarations().get(0);
  }

  private Expr firstCallArgument(String body) {
    Decl.Binding b = binding("request { " + body + " }");
    return ((Expr.App) ((Stmt.Call) b.body().statements().get(0)).expr()).argument();
  }

  @Test
  void twoApplicationsOnOneLineAreTwoStatements() {
    assertEquals(2, binding("request { grant () deny () }").body().statements().size());
  }

  @Test
  void selectorsMayBeCommaOrSpaceSeparatedAndSpanLines() {
    Decl.Binding b = binding("request src=a.A,\n  dst = b.B // comment\n endpoint=c.d method=M {}");
    assertEquals(List.of(SelectorKey.SRC, SelectorKey.DST, SelectorKey.ENDPOINT, SelectorKey.METHOD),
        b.selectors().stream().map(s -> s.key()).toList());
    assertEquals("c.d", b.selectors().get(2).value().text());
  }

  @Test
  void trailingCommaAfterTheLastSelectorIsASyntaxError() {
    parse("request src=a.A, {}");
    assertEquals(List.of("PS0104"), ids());
  }

  @Test
  void keywordsAreNamesWhereANameIsExpected() {
    Decl.Binding b = binding("request endpoint=interface, method=execute { mic.execute {image : ()} }");
    assertEquals("interface", b.selectors().get(0).value().text());
    PslFile f = parse("use security._\nuse EDL request.response");
    assertEquals("security", ((Decl.Use) f.declarations().get(0)).fragment().text());
    assertEquals("request.response", ((Decl.UseEdl) f.declarations().get(1)).className().text());
  }

  @Test
  void minusBeforeAnIntegerAfterAnOperandIsSubtraction() {
    Expr e = ((Expr.Paren) firstCallArgument("assert (message.a -1 > 0)")).inner();
    Expr.Binary gt = assertInstanceOf(Expr.Binary.class, e);
    assertEquals(Expr.BinaryOp.SUB, assertInstanceOf(Expr.Binary.class, gt.left()).op());
  }

  @Test
  void minusBeforeAnIntegerInOperandPositionIsANegativeLiteral() {
    Expr e = ((Expr.Paren) firstCallArgument("assert (message.a < -5)")).inner();
    Expr.Int lit = assertInstanceOf(Expr.Int.class, ((Expr.Binary) e).right());
    assertEquals(-5, lit.value().intValue());
  }

  @Test
  void applicationBindsItsArgumentBeforeAnyOperator() {
    Expr e = ((Expr.Paren) firstCallArgument("deny (size (message.result) > 7)")).inner();
    Expr.Binary gt = assertInstanceOf(Expr.Binary.class, e);
    assertInstanceOf(Expr.App.class, gt.left());
  }

  @Test
  void bareArgumentFormOfTheOlderDocsIsAccepted() {
    Expr arg = ((Expr.Paren) firstCallArgument("assert (pred.empty message.name)")).inner();
    assertInstanceOf(Expr.Path.class, assertInstanceOf(Expr.App.class, arg).argument());
  }

  @Test
  void implicationIsRightAssociativeAndBindsLoosest() {
    Expr e = ((Expr.Paren) firstCallArgument("assert (a ==> b ==> c || d)")).inner();
    Expr.Binary top = assertInstanceOf(Expr.Binary.class, e);
    assertEquals(Expr.BinaryOp.IMPLIES, top.op());
    assertEquals(Expr.BinaryOp.IMPLIES, assertInstanceOf(Expr.Binary.class, top.right()).op());
  }

  @Test
  void bitwiseOperatorMixedWithAComparisonNeedsParentheses() {
    parse("request { assert (m.flags & 0x3 == 0) }");
    assertEquals(List.of("PS0105"), ids());
  }

  @Test
  void parenthesisedBitwiseOperatorIsFine() {
    binding("request { assert ((m.flags & 0x3) == 0) }");
  }

  @Test
  void comparisonsDoNotChain() {
    parse("request { assert (1 < a < 3) }");
    assertEquals(List.of("PS0105"), ids());
  }

  @Test
  void trailingCommasInRecordsAndListsAreAccepted() {
    binding("request { bool.all [a, b,] f.init {sid : dst_sid,} }");
  }

  @Test
  void equalsSignInARecordIsAcceptedWithAWarning() {
    parse("policy object s : HashSet { type Entry = UInt8 config = { set_size = 1, pool_size : 1 } }");
    assertEquals(List.of("PS0111"), ids());
  }

  @Test
  void positionalRecordFieldIsRefused() {
    parse("request { assert (users.contains {sid: src_sid, message.username}) }");
    assertEquals(List.of("PS0110"), ids());
  }

  @Test
  void choiceHeadIsNotTakenForACallWithARecord() {
    Decl.Binding b = binding("request { choice (f.query {sid : dst_sid}) { \"a\" : grant () _ : { deny () } } }");
    Stmt.Choice c = assertInstanceOf(Stmt.Choice.class, b.body().statements().get(0));
    assertEquals("a", c.alternatives().get(0).label());
    assertNull(c.alternatives().get(1).label());
  }

  @Test
  void auditProfileNameMayOpenABody() {
    Decl.Binding b = binding("request { audit trace  watched.grant () }");
    assertEquals("trace", b.body().audit().text());
  }

  @Test
  void regexBlockLiteralIsRawText() {
    Expr e = firstCallArgument("assert (re.match {text : message.s, pattern :\n```regex\n^\\d+$\n```\n})");
    Expr.Record r = assertInstanceOf(Expr.Record.class, ((Expr.Paren) e).inner() instanceof Expr.App a
        ? a.argument() : null);
    assertEquals("^\\d+$", ((Expr.Text) r.fields().get(1).value()).value());
  }

  @Test
  void textEscapesAreOnlyBackslashAndQuote() {
    Expr e = firstCallArgument("assert (re.match {text : \"a\\\\b\\\"\", pattern : \"x\"})");
    assertEquals(List.of(), ids());
    Expr.App app = (Expr.App) ((Expr.Paren) e).inner();
    assertEquals("a\\b\"", ((Expr.Text) ((Expr.Record) app.argument()).fields().get(0).value()).value());
    parse("request { assert (re.match {text : \"\\d\", pattern : \"x\"}) }");
    assertEquals(List.of("PS0109"), ids());
  }

  @Test
  void testSetsWithStepsOfEveryForm() {
    PslFile f = parse("""
        assert "set" {
          setup { core <- execute dst=kl.core.Core  c <- execute src=core dst=demo.Client }
          sequence "t" {
            grant "named" request src=c dst=s endpoint=calc.ops method=Add { a : 1 }
            deny response src=s dst=c { result : 3 }
            c ~> s : calc.ops.Sub { a : 3 }
            any "x" c ~> s : calc.ops.Add {}
          }
          sequence { c ~> s : calc.ops.Sub }
          finally { c ~> s : calc.ops.Sub }
        }
        """);
    assertEquals(List.of(), ids());
    Decl.TestSet t = (Decl.TestSet) f.declarations().get(0);
    assertEquals(2, t.setup().size());
    assertEquals(4, t.sequences().get(0).steps().size());
    assertEquals(1, t.cleanup().size());
  }

  @Test
  void oneSyntaxErrorPerBrokenDeclarationThenParsingGoesOn() {
    PslFile f = parse("request { grant ( }\nresponse { grant () }\nerror {");
    assertEquals(List.of("PS0104", "PS0104"), ids());
    assertEquals(1, f.declarations().size());
  }

  @Test
  void preePslSecurityCfgIsRefusedWithOneDiagnostic() {
    parse("#include <flow.h>\nentity foo { execute call main = grant; }\n");
    assertEquals(List.of("PS0106"), ids());
  }

  @Test
  void crlfAndNoFinalNewlineAndCommentsAnywhereAreFine() {
    binding("request /* c */ src=a.A /* c */ {\r\n  grant () // c\r\n}");
  }

  @Test
  void bareTaskClassAndTheClassNameFormAreParsed() {
    PslFile f = parse("task class kl.core.Core : kl.core.Core\ntask class Lonely");
    assertEquals("kl.core.Core", ((Decl.TaskClass) f.declarations().get(0)).edl().text());
    assertNull(((Decl.TaskClass) f.declarations().get(1)).edl());
  }

  @Test
  void modelDeclarationsAreForTheSdkOnly() {
    parse("model Mine { rule go () }");
    assertEquals(List.of("PS0112"), ids());
  }
}
