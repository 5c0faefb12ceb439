package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** A new user's usual mistakes each give exactly one diagnostic, at the place of the mistake. */
class NewUserMistakesTest {
  @TempDir Path dir;

  private PslResult checkEdited(String example, String from, String to) throws IOException {
    String text = Files.readString(Psl.SPEC.resolve(example));
    if (!text.contains(from)) {
      throw new IllegalArgumentException(from + " not in " + example);
    }
    return Psl.checkText(dir, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
  }

  @Test
  void misspeltMethodIsOneErrorWithTheRightName() throws IOException {
    PslResult r = checkEdited("13.4-flow-lifecycle.psl", "method=Start", "method=Strat");
    assertEquals(List.of("PS0206@35:55"), Psl.ids(r), Psl.render(r));
    assertEquals("interface demo.IControl has no method 'Strat'; did you mean 'Start'?",
        r.diagnostics().get(0).message());
  }

  @Test
  void messageFieldTheMethodDoesNotHaveIsOneError() throws IOException {
    PslResult r = checkEdited("13.3-parameters.psl", "message.result < 0x8000", "message.reslt < 0x8000");
    assertEquals(List.of("PS0207@35:21"), Psl.ids(r), Psl.render(r));
  }

  @Test
  void messageWithoutAMethodIsOneErrorEvenWhenUsedTwice() throws IOException {
    PslResult r = checkEdited("13.3-parameters.psl", "endpoint=calc.ops method=Add {\n    assert",
        "endpoint=calc.ops {\n    assert");
    assertEquals(List.of("PS0303@30:13"), Psl.ids(r), Psl.render(r));
  }

  @Test
  void flowObjectUsedWithoutItsDeclarationIsOneErrorAtItsFirstUse() throws IOException {
    String text = Files.readString(Psl.SPEC.resolve("13.4-flow-lifecycle.psl"));
    int start = text.indexOf("policy object phase");
    int end = text.indexOf("}\n}\n", start) + 4;
    PslResult r = Psl.checkText(dir, text.substring(0, start) + text.substring(end));
    assertEquals(1, r.diagnostics().size(), Psl.render(r));
    assertEquals("PS0208", r.diagnostics().get(0).id());
    assertEquals("phase.init {sid : dst_sid}", r.diagnostics().get(0).span().file()
        .lineText(r.diagnostics().get(0).span().line()).replaceAll(".*\\{ (phase.init[^}]*}).*", "$1"));
  }

  @Test
  void missingUseOfTheBaseModelIsOneErrorAtTheFirstGrant() throws IOException {
    PslResult r = checkEdited("13.2-least-privilege.psl", "use nk.base._\n", "\n");
    assertEquals(1, r.diagnostics().size(), Psl.render(r));
    assertEquals("'grant' comes from nk/base.psl: add 'use nk.base._' to the policy",
        r.diagnostics().get(0).message());
  }

  @Test
  void modelWithoutItsFileNamesTheFileToUse() throws IOException {
    PslResult r = checkEdited("13.4-flow-lifecycle.psl", "use nk.flow._\n", "\n");
    assertEquals("PS0501", r.diagnostics().get(0).id(), Psl.render(r));
    assertEquals("model Flow is declared in nk/flow.psl: add 'use nk.flow._'", r.diagnostics().get(0).message());
  }

  @Test
  void misspeltClassSuggestsTheDeclaredOne() throws IOException {
    PslResult r = checkEdited("13.2-least-privilege.psl", "match src=demo.Client, dst=demo.Server",
        "match src=demo.Cleint, dst=demo.Server");
    assertEquals(1, r.diagnostics().size(), Psl.render(r));
    assertEquals("unknown class 'demo.Cleint'; did you mean 'demo.Client'?", r.diagnostics().get(0).message());
  }

  @Test
  void expressionUsedAsAStatementSuggestsAssert() throws IOException {
    PslResult r = checkEdited("13.6-hashset-ports.psl", "assert (ports.contains {sid : src_sid, entry : message.port})",
        "ports.contains {sid : src_sid, entry : message.port}");
    assertEquals(1, r.diagnostics().size(), Psl.render(r));
    assertEquals("PS0304", r.diagnostics().get(0).id());
  }

  @Test
  void wrongRecordFieldInAModelCallNamesTheField() throws IOException {
    PslResult r = checkEdited("13.4-flow-lifecycle.psl", "phase.enter {sid : dst_sid, state : \"ready\"}",
        "phase.enter {sid : dst_sid, sate : \"ready\"}");
    assertEquals(List.of("PS0402"), r.diagnostics().stream().map(d -> d.id()).toList(), Psl.render(r));
  }

  @Test
  void stateThatIsNotAFlowStateIsATypeError() throws IOException {
    PslResult r = checkEdited("13.4-flow-lifecycle.psl", "state : \"ready\"}", "state : \"redy\"}");
    assertEquals(List.of("PS0401"), r.diagnostics().stream().map(d -> d.id()).toList(), Psl.render(r));
  }
}
