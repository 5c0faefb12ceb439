package org.kos.einit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.diag.Diagnostic;

class TemplateDiagnosticsTest {
  @TempDir Path dir;

  @Test
  void errorAfterAnExpandedMacroPointsAtTheTemplateLine() throws IOException {
    String template = """
        entities:
        - name: app.Server
          @INIT_app_Server_ENTITY_ENV@
        - name: app.Client
          connections:
          - target: app.Sever
            id: ping
        """;
    EinitResult r = EinitTestFiles.check(dir, "init.yaml.in", template,
        Map.of("INIT_app_Server_ENTITY_ENV", "env:\n    A: 1\n    B: 2"));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("EI0008", d.id());
    assertEquals(6, d.span().line());
    assertEquals("app.Sever", d.span().text());
  }

  @Test
  void errorInsideAMacroValuePointsAtTheMacro() throws IOException {
    String template = """
        entities:
        - name: app.Server
        - name: app.Client
          @INIT_app_Client_ENTITY_CONNECTIONS@
        """;
    EinitResult r = EinitTestFiles.check(dir, "init.yaml.in", template,
        Map.of("INIT_app_Client_ENTITY_CONNECTIONS", "connections:\n  - target: nobody\n    id: x"));
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("EI0008", d.id());
    assertEquals(4, d.span().line());
    assertEquals("@INIT_app_Client_ENTITY_CONNECTIONS@", d.span().text());
  }

  @Test
  void initYamlHoldingAMacroIsExpandedWhateverItsName() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, "init.yaml", "entities:\n- name: @APP@\n", Map.of("APP", "app.Server"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals("app.Server", r.manifest().orElseThrow().tasks().get(0).className());
  }
}
