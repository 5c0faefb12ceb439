package org.kos.nkc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kos.nkc.Compile.files;
import static org.kos.nkc.Compile.where;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileResult;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Constant;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;

class ResolverTest {
  private static Model model(CompileResult r) {
    assertEquals(List.of(), where(r), () -> r.diagnostics().toString());
    return r.model().orElseThrow();
  }

  private static BigInteger value(Model m, String pkg, String name) {
    return ((Constant) m.packages().get(pkg).declaration(name).orElseThrow()).value();
  }

  @Test
  void constantsAreEvaluatedWithFloorDivisionAndDivisorSignedModulo() {
    Model m = model(files("a/C.idl", """
        package a.C
        const SInt32 Div = -4 / 3;
        const SInt32 Mod = -4 % 3;
        const SInt32 ModNeg = 4 % -3;
        const UInt32 Oct = 0o17 + 0x10;
        const UInt64 Big = (1 << 63) + ((1 << 63) - 1);
        const SInt64 Min = -(2 ** 63);
        const SInt8 Not = ~0;
        const UInt16 Later = Early * 2;
        const UInt16 Early = 21;
        """));
    assertEquals(BigInteger.valueOf(-2), value(m, "a.C", "Div"));
    assertEquals(BigInteger.valueOf(2), value(m, "a.C", "Mod"));
    assertEquals(BigInteger.valueOf(-2), value(m, "a.C", "ModNeg"));
    assertEquals(BigInteger.valueOf(31), value(m, "a.C", "Oct"));
    assertEquals(new BigInteger("18446744073709551615"), value(m, "a.C", "Big"));
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE), value(m, "a.C", "Min"));
    assertEquals(BigInteger.valueOf(-1), value(m, "a.C", "Not"));
    assertEquals(BigInteger.valueOf(42), value(m, "a.C", "Later"));
  }

  @Test
  void typedefChainsImportedTypesAndBoundsFromConstantsResolve() {
    Model m = model(files(
        "test/IEcho.idl", """
            package test.IEcho
            import kl.core.Types
            import test.Limits
            typedef UInt32 TestUint32;
            typedef TestUint32 TestAnotherUint32;
            struct SimpleStruct { Char c; }
            union TestUnion { sequence<SimpleStruct,1> optArray; UInt16 u16; }
            typedef string<test.Limits.Max> Name;
            interface { Method1(in SInt8 input, out TestAnotherUint32 r); }
            """,
        "test/Limits.idl", "package test.Limits\nconst UInt32 Max = 0x20;\n"));
    IdlPackage p = m.packages().get("test.IEcho");
    Typedef another = (Typedef) p.declaration("TestAnotherUint32").orElseThrow();
    assertEquals(new Type.Int(IntKind.UINT32), another.resolved());
    StructType simple = (StructType) p.declaration("SimpleStruct").orElseThrow();
    assertEquals("kl.core.Types.Char", simple.fields().get(0).type().display());
    StructType union = (StructType) p.declaration("TestUnion").orElseThrow();
    assertTrue(union.union());
    assertEquals(new Type.Sequence(simple, 1), union.fields().get(0).type());
    assertEquals(new Type.Str(32), ((Typedef) p.declaration("Name").orElseThrow()).resolved());
    assertTrue(m.packages().containsKey("kl.core.Types"), "the bundled SDK package is in the model");
  }

  @Test
  void componentsAndClassesListEndpointsAndInstancesInDeclarationOrder() {
    Model m = model(files(
        "echo/IPing.idl", "package echo.IPing\ninterface { Ping(in UInt32 v, out UInt32 r); }",
        "echo/Sec.idl", "package echo.Sec\ninterface { Allow(in UInt32 v); }",
        "echo/CPing.cdl", "component echo.CPing\nendpoints { ping : echo.IPing }",
        "echo/Server.edl", "task class echo.Server\nsecurity echo.Sec\ncomponents { cserver : echo.CPing }\nendpoints { interface : echo.IPing  second : IPing }"));
    Component server = m.taskClass("echo.Server").orElseThrow();
    assertEquals(List.of("interface", "second"), server.endpoints().stream().map(Component.Endpoint::name).toList());
    assertEquals(List.of("echo.IPing", "echo.IPing"), server.endpoints().stream().map(Component.Endpoint::iface).toList());
    assertEquals("echo.CPing", server.instances().get(0).component());
    assertEquals("echo.Sec", server.security().orElseThrow().iface());
    assertEquals("ping", m.component("echo.CPing").orElseThrow().endpoints().get(0).name());
  }

  @Test
  void handleToInterfaceNamesThePackage() {
    Model m = model(files(
        "a/I.idl", "package a.I\ninterface { Open(out handle<a.I> h); }"));
    assertEquals(new Type.Handle("a.I"), m.iface("a.I").orElseThrow().methods().get(0).outs().get(0).type());
  }

  // ---- tried as a new user: one clear diagnostic at the right place --------------------------

  @Test
  void mistypedTypeNameIsOneUnknownNameWithSuggestion() {
    CompileResult r = files("a/P.idl", "package a.P\ninterface {\n  Ping(in UInt23 v);\n}\n");
    assertEquals(List.of("NK0203@a/P.idl:3:11"), where(r));
    assertTrue(r.diagnostics().get(0).message().contains("did you mean 'UInt32'"), r.diagnostics().get(0).message());
  }

  @Test
  void missingImportIsOneNotFoundAtTheImportedName() {
    CompileResult r = files("a/P.idl", "package a.P\nimport a.Missing\ntypedef UInt8 T;\n");
    assertEquals(List.of("NK0201@a/P.idl:2:8"), where(r));
  }

  @Test
  void cyclicImportIsOneDiagnosticWithTheChainAsNotes() {
    CompileResult r = files(
        "a/A.idl", "package a.A\nimport a.B\ntypedef a.B.T U;\n",
        "a/B.idl", "package a.B\nimport a.C\ntypedef a.C.T T;\n",
        "a/C.idl", "package a.C\nimport a.A\ntypedef UInt8 T;\ntypedef a.A.U V;\n");
    assertEquals(List.of("NK0202@a/C.idl:2:8"), where(r));
    assertEquals("import cycle: a.A -> a.B -> a.C -> a.A", r.diagnostics().get(0).message());
    assertEquals(2, r.diagnostics().get(0).notes().size());
  }

  @Test
  void methodWithUnderscoreIsOneDiagnosticAtTheMethod() {
    CompileResult r = files("a/P.idl", "package a.P\ninterface {\n  get_value(out UInt32 v);\n}\n");
    assertEquals(List.of("NK0501@a/P.idl:3:3"), where(r));
  }

  @Test
  void eightHandleParametersIsOneDiagnosticAtTheEighth() {
    CompileResult r = files("a/P.idl", "package a.P\ninterface {\n  Give(in Handle h1, in Handle h2, in Handle h3, in Handle h4,"
        + "\n       in Handle h5, in Handle h6, in Handle h7, in Handle h8);\n}\n");
    assertEquals(List.of("NK0505@a/P.idl:4:60"), where(r));
  }

  @Test
  void handlesInsideStructsAndArraysCount() {
    CompileResult r = files("a/P.idl", "package a.P\nstruct Pair { Handle a; Handle b; }\n"
        + "interface { Give(in array<Pair, 3> three, in Handle seventh, in Handle eighth, out Handle h); }\n");
    assertEquals(List.of("NK0505@a/P.idl:3:72"), where(r)); // at "eighth"
  }

  @Test
  void overflowingConstantIsOneDiagnosticAtItsValue() {
    CompileResult r = files("a/P.idl", "package a.P\nconst UInt8 Max = 256;\n");
    assertEquals(List.of("NK0301@a/P.idl:2:19"), where(r));
    assertEquals("value 256 of constant 'Max' does not fit UInt8 (0..255)", r.diagnostics().get(0).message());
  }

  // ---- more rules ---------------------------------------------------------------------------

  @Test
  void recursiveStructIsReportedOnceWithTheChain() {
    CompileResult r = files("a/P.idl", "package a.P\nstruct Node { Leaf l; }\nstruct Leaf { sequence<Node, 2> kids; }\n");
    assertEquals(List.of("NK0403@a/P.idl:3:24"), where(r));
    assertEquals("struct 'Node' contains itself: Node -> Leaf -> Node", r.diagnostics().get(0).message());
  }

  @Test
  void constantErrorsEachHaveTheirOwnId() {
    CompileResult r = files("a/P.idl", """
        package a.P
        const UInt32 A = 1 / 0;
        const UInt32 B = 2 ** -1;
        const UInt32 C = 1 << 64;
        const UInt64 D = 2 ** 64;
        const UInt64 E = 0x10000000000000000;
        const UInt32 F = G;
        const UInt32 G = F;
        typedef string<8> S;
        const S H = 1;
        """);
    assertEquals(List.of("NK0303@a/P.idl:2:20", "NK0304@a/P.idl:3:23", "NK0305@a/P.idl:4:23",
        "NK0302@a/P.idl:5:18", "NK0308@a/P.idl:6:18", "NK0307@a/P.idl:8:18", "NK0306@a/P.idl:10:7"), where(r));
  }

  @Test
  void boundsMustBeAtLeastOne() {
    CompileResult r = files("a/P.idl", "package a.P\nconst UInt32 Zero = 0;\ntypedef bytes<Zero> B;\ntypedef array<UInt8, 0x100000000> A;\n");
    assertEquals(List.of("NK0401@a/P.idl:3:15", "NK0402@a/P.idl:4:22"), where(r));
  }

  @Test
  void interfaceRulesAreReported() {
    CompileResult r = files(
        "a/P.idl", "package a.P\ninterface {\n  M(out UInt8 o, in UInt8 i, in UInt8 i);\n  M();\n}\n",
        "a/Sec.idl", "package a.Sec\ninterface { Check(in UInt8 x, out UInt8 verdict); }\n",
        "a/E.edl", "entity a.E\nsecurity a.Sec\nendpoints { p : a.P  p : a.P  my_ep : a.P }\n");
    assertEquals(List.of("NK0601@a/E.edl:3:22", "NK0602@a/E.edl:3:31", "NK0504@a/P.idl:3:27", "NK0503@a/P.idl:3:39",
        "NK0502@a/P.idl:4:3", "NK0506@a/Sec.idl:2:13"), where(r));
  }

  @Test
  void unknownComponentAndInstanceCycleAreReported() {
    CompileResult r = files(
        "a/X.cdl", "component a.X\ncomponents { y : a.Y }\n",
        "a/Y.cdl", "component a.Y\ncomponents { x : a.X  z : a.Z }\n");
    assertEquals(List.of("NK0603@a/Y.cdl:2:14", "NK0201@a/Y.cdl:2:27"), where(r));
  }

  @Test
  void fileNameMustMatchThePackage() {
    CompileResult r = files("a/Wrong.idl", "package a.Right\ntypedef UInt8 T;\n");
    assertEquals(List.of("NK0206@a/Wrong.idl:1:9"), where(r));
  }

  @Test
  void unusedAndQualifiedButNotImportedPackagesAreReported() {
    CompileResult r = files(
        "a/P.idl", "package a.P\nimport a.Q\ntypedef a.R.T T;\n",
        "a/Q.idl", "package a.Q\ntypedef UInt8 T;\n",
        "a/R.idl", "package a.R\ntypedef UInt8 T;\n");
    assertEquals(List.of("NK0207@a/P.idl:2:1", "NK0208@a/P.idl:3:9"), where(r));
  }

  @Test
  void modelIsWithheldWhenThereAreErrors() {
    CompileResult r = files("a/P.idl", "package a.P\ntypedef Nope T;\n");
    assertTrue(r.hasErrors());
    assertTrue(r.model().isEmpty());
  }

  @Test
  void warningsInFilesFoundOnTheSearchPathAreNotShownButErrorsAre() {
    java.util.Map<String, String> path = java.util.Map.of(
        "a/P.idl", "package a.P\nimport a.Dep\ntypedef a.Dep.T T;\n",
        "a/Dep.idl", "package a.Dep\nimport a.Other\nconst UInt32 Mode = 0755;\ntypedef UInt8 T;\n",
        "a/Other.idl", "package a.Other\ntypedef Nope X;\n");
    CompileResult r = org.kos.nkc.Compile.inputs(java.util.Map.of("a/P.idl", path.get("a/P.idl")), path);
    assertEquals(List.of("NK0203@a/Other.idl:2:9"), where(r));
  }
}
