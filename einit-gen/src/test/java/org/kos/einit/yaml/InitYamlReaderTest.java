package org.kos.einit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.einit.EinitResult;
import org.kos.einit.EinitTestFiles;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.Expansion;

class InitYamlReaderTest {
  @TempDir Path dir;

  private static List<Diagnostic> read(String text) {
    Diagnostics d = new Diagnostics();
    InitYamlReader.read(Expansion.identity(new SourceFile("init.yaml", text)), d);
    return d.sorted();
  }

  private static InitYaml parse(String text) {
    Diagnostics d = new Diagnostics();
    InitYaml yaml = InitYamlReader.read(Expansion.identity(new SourceFile("init.yaml", text)), d).orElseThrow();
    assertEquals("", DiagnosticPrinter.renderAll(d.sorted()));
    return yaml;
  }

  @Test
  void aTagThatDecodesToTrailingSpaceIsAPositionedErrorNotACrash() {
    // Found by InitYamlFuzzTest: SnakeYAML Engine's Tag threw an IllegalArgumentException.
    List<Diagnostic> d = read("entities:\n- name: !ie%1"); // at the end of the file
    assertEquals(1, d.size(), d.toString());
    assertEquals("EI0001", d.get(0).id());
    assertEquals(2, d.get(0).span().line());
    assertTrue(d.get(0).message().startsWith("malformed tag"), d.get(0).message());
  }

  @Test
  void thousandsOfNestedListsAreOnePositionedErrorNotACrash() {
    // Found by InitYamlFuzzTest: SnakeYAML Engine composed them recursively (StackOverflowError).
    List<Diagnostic> d = read("entities:\n- name: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
    assertEquals(1, d.size(), d.toString());
    assertEquals("EI0001", d.get(0).id());
    assertEquals(2, d.get(0).span().line());
    assertTrue(d.get(0).message().contains("nest more than " + YamlTree.MAX_DEPTH + " levels"), d.get(0).message());
  }

  @Test
  void keysComeInAnyOrderAndListItemsMayBeIndented() {
    InitYaml y = parse("entities:\n  - task: t\n    name: a.B\n");
    assertEquals("a.B", y.entities().get(0).name().value());
    assertEquals("t", y.entities().get(0).task().orElseThrow().value());
  }

  @Test
  void crlfLineEndsAndCommentsAreRead() {
    InitYaml y = parse("# solution\r\nentities:\r\n- name: a.B # the server\r\n");
    assertEquals(1, y.entities().size());
  }

  @Test
  void idMayBeACConstantFromAHeader() {
    InitYaml y = parse("entities:\n- name: a.B\n  connections:\n  - target: s\n    id: {var: CHANNEL, include: a/channels.h}\n");
    InitYaml.ChannelConstant id = (InitYaml.ChannelConstant) y.entities().get(0).connections().get(0).id();
    assertEquals("CHANNEL", id.var().value());
    assertEquals("a/channels.h", id.include().value());
  }

  @Test
  void unknownTopLevelKeyIsAWarningWithItsLine() {
    List<Diagnostic> d = read("entities: []\nautostart: true\n");
    assertEquals(1, d.size());
    assertEquals("EI0004", d.get(0).id());
    assertEquals(2, d.get(0).span().line());
    assertTrue(!d.get(0).isError());
  }

  @Test
  void emptyFileSaysWhatAnInitYamlHolds() {
    List<Diagnostic> d = read("# nothing yet\n");
    assertEquals("EI0005", d.get(0).id());
    assertTrue(d.get(0).message().contains("entities"), d.get(0).message());
  }

  @Test
  void columnsCountCharactersAfterCharactersOutsideTheBasicPlane() {
    List<Diagnostic> d = read("entities:\n- {name: \"\uD83D\uDE00\", nmae: x}\n");
    assertEquals("EI0004", d.get(0).id());
    assertEquals("nmae", d.get(0).span().text());
  }

  @Test
  void tabAfterTheIndentationInsideAValueIsNotReportedAsIndentation() {
    List<Diagnostic> d = read("entities:\n- name: a.B\n  args: [\"a\tb\"]\n");
    assertEquals(List.of(), d);
  }

  @Test
  void eachBrokenEntityGivesOneDiagnosticAndTheOthersAreStillChecked() throws IOException {
    EinitResult r = EinitTestFiles.check(dir, """
        entities:
        - task: nameless
        - name: app.Client
          connections: [{target: app.Nowhere, id: x}]
        """);
    assertEquals(List.of("EI0005", "EI0008"), r.diagnostics().stream().map(Diagnostic::id).toList());
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAtTheirPositionNotAReplacementCharacterInAName() {
    SourceFile file = SourceFile.decode("init.yaml",
        new byte[] {'e', 'n', 't', 'i', 't', 'i', 'e', 's', ':', '\n', '-', ' ', 'n', 'a', 'm', 'e', ':', ' ', 'a', '.', (byte) 0xff});
    Diagnostics d = new Diagnostics();

    assertTrue(InitYamlReader.read(Expansion.identity(file), d).isEmpty());

    assertEquals(1, d.all().size(), d.all().toString());
    assertEquals("EI0001", d.all().get(0).id());
    assertEquals("init.yaml:2:11", d.all().get(0).span().position());
    assertTrue(d.all().get(0).message().contains("not UTF-8"), d.all().get(0).message());
  }

  @Test
  void aBinaryValueWhereATextBelongsIsAnError() {
    List<Diagnostic> found = read("entities:\n- name: !!binary YXBwLkhlbGxv\n");

    assertEquals(List.of("EI0003"), found.stream().map(Diagnostic::id).toList());
    assertTrue(found.get(0).message().contains("binary data (!!binary)"), found.get(0).message());
  }
}
