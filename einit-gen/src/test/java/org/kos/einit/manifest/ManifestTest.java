package org.kos.einit.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.einit.EinitResult;
import org.kos.einit.EinitTestFiles;
import org.kos.nkc.diag.DiagnosticPrinter;

class ManifestTest {
  @TempDir Path dir;

  private Manifest manifest(String yaml) throws IOException {
    EinitResult r = EinitTestFiles.check(dir, yaml);
    assertEquals("", DiagnosticPrinter.renderAll(r.diagnostics()));
    return r.manifest().orElseThrow();
  }

  private static List<String> order(Manifest m) {
    return m.tasks().stream().map(Manifest.Task::name).toList();
  }

  @Test
  void serverIsInitialisedBeforeItsClientWhateverTheFileOrder() throws IOException {
    Manifest m = manifest("""
        entities:
        - name: app.Client
          task: a-client
          connections: [{target: z-server, id: ping}]
        - name: app.Server
          task: z-server
        """);
    assertEquals(List.of("z-server", "a-client"), order(m));
  }

  @Test
  void chainOfServersIsInitialisedFromTheLastServerOn() throws IOException {
    Manifest m = manifest("""
        entities:
        - {name: app.Client, task: c, connections: [{target: b, id: x}]}
        - {name: app.Server, task: b, connections: [{target: a, id: y}]}
        - {name: app.Server, task: a}
        """);
    assertEquals(List.of("a", "b", "c"), order(m));
  }

  @Test
  void unconnectedTasksComeInDescendingIndexOrderAsTheVendorsDepthFirstWalkGivesThem() throws IOException {
    Manifest m = manifest("""
        entities:
        - {name: app.Client, task: b}
        - {name: app.Client, task: c}
        - {name: app.Client, task: a}
        """);
    assertEquals(List.of("c", "b", "a"), order(m));
    assertEquals(List.of(2, 1, 0), m.tasks().stream().map(Manifest.Task::index).toList());
  }

  @Test
  void tasksConnectedBothWaysAreAllInitialised() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, """
        entities:
        - {name: app.Server, task: a, connections: [{target: b, id: x}]}
        - {name: app.Server, task: b, connections: [{target: a, id: y}]}
        """);
    // The cycle is warned about (EI0017), and still every task is started.
    assertEquals(List.of("EI0017"), r.diagnostics().stream().map(d -> d.id()).toList());
    assertEquals(2, r.manifest().orElseThrow().tasks().size());
  }

  @Test
  void channelsFollowTheClientsInitialisationOrderAndEachClientsIdsSorted() throws IOException {
    Manifest m = manifest("""
        entities:
        - name: app.Client
          connections:
          - {target: app.Server, id: zeta}
          cmake_generated_connections:
          - {target: app.Server, id: Alpha}
          - {target: app.Server, id: alpha}
        - name: app.Server
        """);
    assertEquals(List.of("Alpha", "alpha", "zeta"), m.channels().stream().map(c -> c.id().key()).toList());
  }

  @Test
  void taskDefaultsToTheClassNameAndPathToItsLastSegment() throws IOException {
    Manifest.Task t = manifest("entities:\n- name: app.Server\n").tasks().get(0);
    assertEquals("app.Server", t.name());
    assertEquals("Server", t.path());
    assertEquals(List.of("Server"), t.argv());
  }

  @Test
  void argvStartsWithThePathAndEnvIsSortedByName() throws IOException {
    Manifest.Task t = manifest("""
        entities:
        - name: app.Server
          path: bin/server
          args: [-v, "two words"]
          env: {ZED: "z: z", ALPHA: 1, EMPTY:}
        """).tasks().get(0);
    assertEquals(List.of("bin/server", "-v", "two words"), t.argv());
    assertEquals(List.of("ALPHA=1", "EMPTY=", "ZED=z: z"), t.env());
  }

  @Test
  void endpointsCarryBothNamesRiidAndInterface() throws IOException {
    Manifest.Task t = manifest("entities:\n- name: app.Server\n").tasks().get(0);
    assertEquals(1, t.endpoints().size());
    assertEquals(0, t.endpoints().get(0).riid());
    assertEquals("ping", t.endpoints().get(0).name());
    assertEquals("app.Server.ping", t.endpoints().get(0).qualifiedName());
    assertEquals("app.Ping", t.endpoints().get(0).iface());
  }
}
