package org.kos.nkc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.ComponentKind;
import org.kos.nkc.model.Constant;
import org.kos.nkc.model.Handles;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Type;

/** The README's main job: every example in testdata/nk compiles clean into the expected model. */
class TestdataModelTest {
  static final Path ROOT = Path.of("..", "testdata", "nk");
  private static CompileResult result;
  private static Model model;

  @BeforeAll
  static void compileAll() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      files = walk.filter(p -> UnitKind.ofFileName(p.getFileName().toString()) != null).sorted().toList();
    }
    result = NkCompiler.compile(CompileRequest.of(files, List.of(ROOT)));
    model = result.model().orElse(null);
  }

  private static BigInteger constant(String pkg, String name) {
    return ((Constant) model.packages().get(pkg).declaration(name).orElseThrow()).value();
  }

  @Test
  void everyExampleCompilesWithoutDiagnostics() {
    assertEquals(List.of(), Compile.where(result));
    assertTrue(model.packages().get("calc.Consts").input());
    assertTrue(!model.packages().get("kl.core.Types").input(), "the SDK package is read from the bundled root");
  }

  @Test
  void integerExpressionsEvaluateToExactValues() {
    assertEquals(BigInteger.valueOf(4096), constant("calc.Consts", "PageSize"));
    assertEquals(BigInteger.valueOf(493), constant("calc.Consts", "Mode"));
    assertEquals(BigInteger.valueOf(64), constant("calc.Consts", "Pages"));
    assertEquals(BigInteger.valueOf(262144), constant("calc.Consts", "Bytes"));
    assertEquals(BigInteger.valueOf(-4), constant("calc.Consts", "Floor"));
    assertEquals(BigInteger.valueOf(1), constant("calc.Consts", "Rest"));
    assertEquals(BigInteger.valueOf(-27), constant("calc.Consts", "Cube"));
    assertEquals(BigInteger.valueOf(255), constant("calc.Consts", "Mask"));
    assertEquals(BigInteger.valueOf(131072), constant("calc.Consts", "Half"));
    assertEquals(new BigInteger("18446744073709551615"), constant("calc.Consts", "Top"));
  }

  @Test
  void boundsTakeConstantsFromImportedPackages() {
    Interface calc = model.iface("calc.Calculator").orElseThrow();
    assertEquals(List.of("Add", "Sum", "Load", "Ready", "Reset"), calc.methods().stream().map(Method::name).toList());
    assertEquals(new Type.Sequence(new Type.Int(IntKind.SINT64), 64), calc.methods().get(1).ins().get(0).type().resolved());
    assertEquals(new Type.Bytes(4096), calc.methods().get(2).ins().get(0).type().resolved());
    assertEquals(1, calc.methods().get(4).errors().size());
  }

  @Test
  void namedPreOneOneInterfaceKeepsItsDeclaredName() {
    Interface ping = model.iface("echo.IPing").orElseThrow();
    assertEquals("IPing", ping.declaredName());
    assertNull(model.iface("example.Animal").orElseThrow().declaredName());
  }

  @Test
  void sdkFourTypesAndHandleCountsAreModelled() {
    Interface res = model.iface("res.Resource").orElseThrow();
    Method map = res.methods().get(0);
    assertEquals(new Type.Int(IntKind.UINT_PTR), map.ins().get(0).type());
    assertEquals(new Type.Int(IntKind.UINT_SIZE), map.ins().get(1).type());
    Method share = res.methods().get(1);
    assertEquals(4, share.handles(org.kos.nkc.model.Direction.IN), "Grant has 2 handles, the array 2 more");
    assertEquals(new Type.Handle("res.Resource"), share.outs().get(0).type());
    assertEquals(1, Handles.count(share.outs().get(0).type()));
  }

  @Test
  void componentsAndClassesOfEveryGenerationListTheirEndpoints() {
    Component connector = model.taskClass("drone_controller.ServerConnector").orElseThrow();
    assertEquals(ComponentKind.ENTITY, connector.kind());
    assertEquals(List.of("waitForInit", "interface"), connector.endpoints().stream().map(Component.Endpoint::name).toList());
    assertEquals(List.of(), connector.instances());
    Component server = model.taskClass("example.Server").orElseThrow();
    assertEquals(ComponentKind.TASK_CLASS, server.kind());
    assertEquals(List.of("lion", "domestic", "catdog"), server.instances().stream().map(Component.Instance::name).toList());
    assertEquals(List.of("impl"), model.taskClass("echo.Hello").orElseThrow().endpoints().stream().map(Component.Endpoint::name).toList());
    assertEquals(List.of("impl"), model.taskClass("echo.Bare").orElseThrow().endpoints().stream().map(Component.Endpoint::name).toList());
    assertEquals("echo.IPing", model.component("echo.CPing").orElseThrow().endpoints().get(0).iface());
    assertEquals("res.Monitor", model.component("res.Manager").orElseThrow().security().orElseThrow().iface());
    assertEquals(ComponentKind.TASK_CLASS, model.taskClass("Client").orElseThrow().kind());
  }

  @Test
  void typesFromTheBundledSdkResolveThroughImports() {
    Interface connector = model.iface("drone_controller.ServerConnectorInterface").orElseThrow();
    Type armed = connector.methods().get(1).ins().get(0).type();
    assertEquals("kl.core.Types.Boolean", armed.display());
    assertEquals(new Type.Int(IntKind.UINT8), armed.resolved());
  }
}
