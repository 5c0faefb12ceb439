package org.kos.nkc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.kos.nkc.ast.Decl;
import org.kos.nkc.ast.Expr;
import org.kos.nkc.ast.Interface;
import org.kos.nkc.ast.TypeRef;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.junit.jupiter.api.Test;

class ParserTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private Unit parse(String name, String text) {
    return Parser.parse(new SourceFile(name, text), diagnostics);
  }

  private List<String> ids() {
    return diagnostics.sorted().stream().map(d -> d.id() + "@" + d.span().line() + ":" + d.span().column()).toList();
  }

  @Test
  void anonymousInterfaceWithUnionAndErrorParametersParses() {
    Unit.Idl u = (Unit.Idl) parse("example/Animal.idl", """
        package example.Animal
        const UInt32 MaxStringSize = 128;
        typedef string<MaxStringSize> String;
        typedef SInt32 Retcode;
        union Food { UInt16 foodIndex; String foodName; }
        interface { Say(error Retcode status); Eat(in Food food, error Retcode status); }
        """);
    assertEquals(List.of(), ids());
    assertEquals("example.Animal", u.name().text());
    assertEquals(4, u.decls().size());
    assertTrue(((Decl.Record) u.decls().get(3)).union());
    assertNull(u.iface().declaredName());
    Interface.Method eat = u.iface().methods().get(1);
    assertEquals("Eat", eat.name().text());
    assertEquals(List.of(Interface.Direction.IN, Interface.Direction.ERROR),
        eat.params().stream().map(Interface.Param::direction).toList());
  }

  @Test
  void namedPreOneOneInterfaceKeepsItsName() {
    Unit.Idl u = (Unit.Idl) parse("echo/IPing.idl", "package echo.IPing\ninterface IPing {\n  Ping(in UInt32 value, out UInt32 result);\n}\n");
    assertEquals(List.of(), ids());
    assertEquals("IPing", u.iface().declaredName().text());
  }

  @Test
  void keywordsAreContextualAsParameterAndEndpointNames() {
    Unit.Idl idl = (Unit.Idl) parse("a/I.idl", "package a.I interface { Do(in UInt8 interface, out UInt8 error, error UInt8 in); }");
    assertEquals(List.of("interface", "error", "in"),
        idl.iface().methods().get(0).params().stream().map(p -> p.name().text()).toList());
    Unit.Component edl = (Unit.Component) parse("d/S.edl",
        "entity d.S\nendpoints {\n  waitForInit : d.Init\n  interface : d.Iface\n}\n");
    assertEquals(List.of(), ids());
    assertEquals(List.of("waitForInit", "interface"), edl.endpoints().stream().map(e -> e.name().text()).toList());
  }

  @Test
  void genericTypesNestAndKeepTheirSpans() {
    Unit.Idl u = (Unit.Idl) parse("a/T.idl", "package a.T\ntypedef sequence<array<handle<a.I>,2>,1> S;\ntypedef bytes<0x10> B;");
    assertEquals(List.of(), ids());
    TypeRef.Sequence s = (TypeRef.Sequence) ((Decl.Typedef) u.decls().get(0)).type();
    TypeRef.Array a = (TypeRef.Array) s.element();
    assertInstanceOf(TypeRef.InterfaceHandle.class, a.element());
    assertEquals("sequence<array<handle<a.I>,2>,1>", s.span().text());
  }

  @Test
  void shiftAcceptsUnaryOperandsAndAdjacentGreaterThanSigns() {
    Unit.Idl u = (Unit.Idl) parse("a/C.idl", "package a.C\nconst UInt32 X = -1 << (2 + 3);\nconst UInt32 Y = X >> 1;\nconst UInt32 Z = 1 + 2 * 3 ** 2;");
    assertEquals(List.of(), ids());
    Expr.Binary x = (Expr.Binary) ((Decl.Const) u.decls().get(0)).value();
    assertEquals(Expr.BinaryOp.SHL, x.op());
    assertEquals(Expr.BinaryOp.SHR, ((Expr.Binary) ((Decl.Const) u.decls().get(1)).value()).op());
    Expr.Binary z = (Expr.Binary) ((Decl.Const) u.decls().get(2)).value();
    assertEquals(Expr.BinaryOp.ADD, z.op());
    assertEquals(Expr.BinaryOp.MUL, ((Expr.Binary) z.right()).op());
  }

  @Test
  void shiftMixedWithArithmeticNeedsParentheses() {
    parse("a/C.idl", "package a.C\nconst UInt32 X = 1 << 2 + 3;\nconst UInt32 Y = 1 << 2 << 3;\nconst UInt32 Z = 2 ** 3 ** 2;");
    assertEquals(List.of("NK0105@2:25", "NK0105@3:25", "NK0105@4:25"), ids());
  }

  @Test
  void recoversAndReportsEveryBrokenDeclaration() {
    parse("a/B.idl", "package a.B\nconst UInt32 = 1;\nstruct S { UInt8 ; UInt8 ok; }\ntypedef UInt8 T\ninterface { M(in UInt8 a; N(); }\n");
    assertEquals(List.of("NK0104@2:14", "NK0104@3:18", "NK0104@4:16", "NK0104@5:25"), ids());
  }

  @Test
  void interfaceCutOffAtTheEndOfTheFileKeepsItsMethods() {
    Unit.Idl u = (Unit.Idl) parse("a/P.idl", "package a.P\ninterface { M(in UInt8 a); N();\n");
    assertEquals(List.of("NK0104@2:32"), ids());
    assertEquals(List.of("M", "N"), u.iface().methods().stream().map(m -> m.name().text()).toList());
  }

  @Test
  void structCutOffAtTheEndOfTheFileIsKept() {
    Unit.Idl u = (Unit.Idl) parse("a/P.idl", "package a.P\nstruct S { UInt8 a;\n");
    assertEquals(List.of("NK0104@2:20"), ids());
    assertEquals(1, u.decls().size());
  }

  @Test
  void cdlAndEdlFormsParseWithEverySection() {
    Unit.Component cdl = (Unit.Component) parse("example/CatDog.cdl",
        "component example.CatDog\nsecurity example.Sec\nendpoints { cat : example.Animal  dog : example.Animal }\ncomponents { inner : example.Inner }");
    Unit.Component task = (Unit.Component) parse("example/Server.edl", "task class example.Server components { lion: example.Cat }");
    Unit.Component old = (Unit.Component) parse("hello/Hello.edl", "entity hello.Hello\ninterfaces {\n impl : hello.IHello\n}\n");
    Unit.Component bare = (Unit.Component) parse("hello/Old.edl", "entity hello.Old\nimpl: hello.IHello\n");
    assertEquals(List.of(), ids());
    assertEquals(UnitKind.CDL, cdl.kind());
    assertEquals("example.Sec", cdl.security().text());
    assertEquals(2, cdl.endpoints().size());
    assertEquals(Unit.Form.TASK_CLASS, task.form());
    assertEquals("example.Cat", task.instances().get(0).target().text());
    assertEquals("hello.IHello", old.endpoints().get(0).target().text());
    assertEquals("impl", bare.endpoints().get(0).name().text());
  }

  @Test
  void realWorldLexicalQuirksAreAccepted() {
    parse("Echo.idl", "\uFEFFpackage Echo\r\n// Комментарий по-русски\r\n/* block */interface\r\n{\r\n\tPing /* c */ (in UInt32 v);\r\n\tReady();\r\n}");
    assertEquals(List.of(), ids());
  }

  @Test
  void headerMismatchingTheExtensionIsReported() {
    parse("a/B.idl", "component a.B");
    assertEquals(List.of("NK0106@1:1"), ids());
  }

  @Test
  void badCharacterAndUnterminatedCommentAreReported() {
    parse("a/B.idl", "package a.B\nconst UInt8 X = 1 $ 2;\n/* never closed");
    List<Diagnostic> all = diagnostics.sorted();
    assertEquals("NK0101", all.get(0).id());
    assertTrue(ids().contains("NK0102@3:1"), ids().toString());
  }

  @Test
  void endOfFileAfterBlankLinesIsReportedJustAfterTheLastContent() {
    parse("a/P.idl", "package a.P\ninterface {\n  Ping(in\n\n\n");
    assertEquals(List.of("NK0104@3:10"), ids());
  }
}
