package org.kos.nkc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

class MacroExpanderTest {
  private static Expansion expand(String template, Map<String, String> values) {
    return MacroExpander.expand(new SourceFile("init.yaml.in", template), values);
  }

  @Test
  void macroIsReplacedByItsValue() {
    assertEquals("target: Server\n", expand("target: @ROOTFS_ENTITY@\n", Map.of("ROOTFS_ENTITY", "Server")).text());
  }

  @Test
  void unknownMacroBecomesEmpty() {
    assertEquals("a\n\nb\n", expand("a\n@INIT_EXTERNAL_ENTITIES@\nb\n", Map.of()).text());
  }

  @Test
  void appendingMacroWithPlusIsAMacroOfItsOwn() {
    assertEquals("x", expand("@INIT_Client_ENTITY_CONNECTIONS+@", Map.of("INIT_Client_ENTITY_CONNECTIONS+", "x")).text());
  }

  @Test
  void valuesAreNotExpandedAgain() {
    assertEquals("@B@", expand("@A@", Map.of("A", "@B@", "B", "no")).text());
  }

  @Test
  void atSignsThatAreNotMacrosAreKept() {
    String text = "env: {MAIL: admin@example.org, AT: \"@ x @\"}\n";
    assertEquals(text, expand(text, Map.of()).text());
  }

  @Test
  void templateThatIsNotATemplateByNameIsNotOne() {
    assertTrue(MacroExpander.isTemplate("init.yaml.in"));
    assertFalse(MacroExpander.isTemplate("init.yaml"));
  }

  @Test
  void fileHoldingAMacroIsATemplateWhateverItsName() {
    assertTrue(MacroExpander.isTemplate("init.yaml", "entities:\n@INIT_EXTERNAL_ENTITIES@\n"));
  }

  @Test
  void fileWithoutAMacroIsATemplateOnlyByName() {
    assertFalse(MacroExpander.isTemplate("init.yaml", "env: {MAIL: admin@example.org}\n"));
    assertTrue(MacroExpander.isTemplate("init.yaml.in", "entities: []\n"));
  }

  @Test
  void namesListsEachMacroOnceInTheOrderFirstWritten() {
    assertEquals(List.of("B", "A+", "C"), List.copyOf(MacroExpander.names("@B@ x@A+@ @@C@ @B@ a@b.c @ d@")));
  }

  @Test
  void columnIsWhereTheMacroStandsOnItsLine() {
    assertEquals(2, MacroExpander.column("a: 1\n  @X@\n", "X"));
    assertEquals(0, MacroExpander.column("a: 1\n", "X"));
  }

  @Test
  void positionAfterAMultiLineValueMapsBackToTheTemplate() {
    String template = "@ENV@\nname: Client\n";
    Expansion e = expand(template, Map.of("ENV", "env:\n  A: 1\n  B: 2"));
    int at = e.text().indexOf("Client");
    SourceSpan span = e.span(at, at + "Client".length());
    assertEquals(2, span.line());
    assertEquals(7, span.column());
    assertEquals("Client", span.text());
  }

  @Test
  void positionInsideAValueMapsToTheWholeMacro() {
    Expansion e = expand("  @ARGS@\n", Map.of("ARGS", "args: [a, b]"));
    int at = e.text().indexOf('b');
    SourceSpan span = e.span(at, at + 1);
    assertEquals("@ARGS@", span.text());
    assertEquals(3, span.column());
  }

  @Test
  void positionAfterAnEmptyMacroMapsToTheTextAfterIt() {
    Expansion e = expand("@GONE@name: x\n", Map.of());
    SourceSpan span = e.span(0, 4);
    assertEquals("name", span.text());
  }

  @Test
  void identityMapsEveryPositionToItself() {
    SourceFile f = new SourceFile("init.yaml", "entities:\n- name: a\n");
    SourceSpan span = Expansion.identity(f).span(12, 16);
    assertEquals("name", span.text());
  }
}
