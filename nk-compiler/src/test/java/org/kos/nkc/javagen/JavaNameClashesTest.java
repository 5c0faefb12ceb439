package org.kos.nkc.javagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/** NK names that are valid NK but collide in the Java mapping: NK0701 (classes), NK0702 (members). */
class JavaNameClashesTest {
  @TempDir Path dir;

  private Model model(Map<String, String> files) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
      paths.add(p);
    }
    CompileResult r = NkCompiler.compile(CompileRequest.of(paths.stream().sorted().toList(), List.of(dir)));
    assertTrue(!r.hasErrors(), () -> DiagnosticPrinter.renderAll(r.diagnostics()));
    return r.model().orElseThrow();
  }

  private List<Diagnostic> clashes(Map<String, String> files, String prefix) throws IOException {
    Model m = model(files);
    return JavaNameClashes.find(m, Layout.of(m), new JavaOptions(prefix));
  }

  private static Diagnostic only(List<Diagnostic> ds) {
    assertEquals(1, ds.size(), () -> DiagnosticPrinter.renderAll(ds));
    return ds.get(0);
  }

  private static final Map<String, String> PING_AND_PING_COMPONENT = Map.of(
      "a/PingComponent.idl", "package a.PingComponent\ninterface { Ping(in UInt32 v); }\n",
      "a/Ping.cdl", "component a.Ping\nendpoints { ping : a.PingComponent }\n");

  @Test
  void componentAndPackageWithOneJavaClassAreReportedAtTheLaterWithANoteAtTheFirst() throws IOException {
    Diagnostic d = only(clashes(PING_AND_PING_COMPONENT, null));
    assertEquals("NK0701", d.id());
    assertTrue(d.span().file().name().endsWith("PingComponent.idl"), d.span().file().name());
    assertEquals(1, d.span().line());
    assertEquals(1, d.notes().size());
    assertTrue(d.notes().get(0).span().file().name().endsWith("Ping.cdl"));
    assertTrue(d.message().contains("a/PingComponent.java"), d.message());
  }

  @Test
  void dotlessNamesClashOnlyUnderAJavaPackagePrefix() throws IOException {
    Map<String, String> files = Map.of(
        "PingEntity.idl", "package PingEntity\ninterface { Ping(in UInt32 v); }\n",
        "Ping.edl", "entity Ping\nendpoints { ping : PingEntity }\n");
    assertEquals(List.of(), clashes(files, null), "pingentity.PingEntity and ping.PingEntity differ");
    assertEquals("NK0701", only(clashes(files, "com.acme")).id());
  }

  @Test
  void classAndJavaPackageOfOneNameClash() throws IOException {
    Diagnostic d = only(clashes(Map.of(
        "a/B.idl", "package a.B\nconst UInt8 X = 1;\n",
        "a/B/C.idl", "package a.B.C\nconst UInt8 Y = 2;\n"), null));
    assertEquals("NK0701", d.id());
    assertTrue(d.message().contains("Java package of the same name"), d.message());
  }

  @Test
  void methodWhoseConstantsAreTheInterfaceBoundsClashesWithoutANote() throws IOException {
    Diagnostic d = only(clashes(Map.of("a/S.idl", "package a.S\ninterface { Max(out SInt64 v); }\n"), null));
    assertEquals("NK0702", d.id());
    assertTrue(d.message().contains("MAX_REQUEST_FIXED_SIZE"), d.message());
    assertEquals(List.of(), d.notes());
  }

  @Test
  void methodsWithOneUpperCaseFormClashOnTheirConstants() throws IOException {
    Diagnostic d = only(clashes(Map.of("a/S.idl", "package a.S\ninterface { DoThing(in UInt8 v); DOThing(); }\n"),
        null));
    assertEquals("NK0702", d.id());
    assertTrue(d.message().startsWith("method 'DOThing' maps to the constant MID_DO_THING"), d.message());
    assertEquals(1, d.notes().size());
  }

  @Test
  void endpointNamedCountClashesWithTheEndpointCount() throws IOException {
    Diagnostic d = only(clashes(Map.of(
        "a/I.idl", "package a.I\ninterface { Do(); }\n",
        "a/C.cdl", "component a.C\nendpoints { count : a.I }\n"), null));
    assertEquals("NK0702", d.id());
    assertTrue(d.message().contains("ENDPOINT_COUNT in a.CComponent"), d.message());
  }

  @Test
  void endpointPathsWithOneUpperCaseFormClashAtTheLaterStep() throws IOException {
    Diagnostic d = only(clashes(Map.of(
        "a/I.idl", "package a.I\ninterface { Do(); }\n",
        "a/Inner.cdl", "component a.Inner\nendpoints { barPing : a.I }\n",
        "a/Outer.cdl", "component a.Outer\nendpoints { fooBarPing : a.I }\ncomponents { foo : a.Inner }\n"), null));
    assertEquals("NK0702", d.id());
    assertTrue(d.message().contains("RIID_FOO_BAR_PING"), d.message());
    assertEquals(3, d.span().line(), "reported at the instance 'foo'");
  }

  @Test
  void unionAlternativesWithOneRecordNameClash() throws IOException {
    Diagnostic d = only(clashes(Map.of("a/U.idl", "package a.U\nunion V { UInt8 foo_bar; UInt16 fooBar; }\n"),
        null));
    assertEquals("NK0702", d.id());
    assertTrue(d.message().startsWith("alternative 'fooBar' maps to the record FooBar"), d.message());
  }

  @Test
  void generatorRefusesCollidingNamesWithTheirDiagnostics() throws IOException {
    Model m = model(PING_AND_PING_COMPONENT);
    JavaNameClashException e = assertThrows(JavaNameClashException.class,
        () -> JavaGenerator.generate(m, Layout.of(m), JavaOptions.DEFAULT));
    assertEquals("NK0701", only(e.diagnostics()).id());
    assertTrue(e.getMessage().contains("error[NK0701]"), e.getMessage());
  }
}
