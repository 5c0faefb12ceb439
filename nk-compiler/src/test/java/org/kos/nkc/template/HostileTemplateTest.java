package org.kos.nkc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.TemplateProblem.Kind;

/** Templates come from users: whatever their shape, expansion ends soon and reports boundedly. */
class HostileTemplateTest {
  private static final Duration SOON = Duration.ofSeconds(5);
  private static final int MB = 1 << 20;

  private static TemplateResult jinja(String template) {
    return assertTimeoutPreemptively(SOON,
        () -> TemplateExpander.expand(new SourceFile("hostile.psl.in", template), Map.of("A", "1"), true));
  }

  @Test
  void megabyteOfOpenTagsIsOneProblem() {
    TemplateResult r = jinja("{%".repeat(MB / 2));
    assertEquals(1, r.problems().size());
    assertEquals(MB, r.expansion().text().length());
  }

  @Test
  void megabyteOfOpenExpressionsAndCommentsIsTwoProblems() {
    assertEquals(2, jinja("{{{#".repeat(MB / 4)).problems().size());
  }

  @Test
  void megabyteOfAtSignsThatCloseNoMacroIsText() {
    String t = ("@" + "a.b-c+d/e_".repeat(100) + " ").repeat(MB / 1002) + "@".repeat(MB);
    TemplateResult r = assertTimeoutPreemptively(SOON,
        () -> TemplateExpander.expand(new SourceFile("h.in", t), Map.of(), false));
    assertTrue(t.equals(r.expansion().text()), "text changed");
  }

  @Test
  void tenThousandNestedIfsAreKeptWhenTheyHold() {
    int n = 10_000;
    TemplateResult r = jinja("{% if A %}x".repeat(n) + "{% endif %}".repeat(n));
    assertEquals(0, r.problems().size());
    assertEquals(n, r.expansion().text().length());
  }

  @Test
  void tenThousandUnclosedIfsReportABoundedNumberOfProblems() {
    TemplateResult r = jinja("{% if A %}\n".repeat(10_000));
    assertEquals(Problems.MAX, r.problems().size());
    assertEquals(0, r.problems().get(0).start());
  }

  @Test
  void manyEmptyTagsReportABoundedNumberOfProblems() {
    assertEquals(Problems.MAX, jinja("{%%}".repeat(MB / 4)).problems().size());
  }

  @Test
  void deeplyNestedParenthesesAreASyntaxError() {
    int n = 100_000;
    TemplateResult r = jinja("{% if " + "(".repeat(n) + "A" + ")".repeat(n) + " %}x{% endif %}");
    assertEquals(Kind.SYNTAX, r.problems().get(0).kind());
    assertTrue(r.problems().get(0).message().contains("nested more than"), r.problems().get(0).message());
  }

  @Test
  void longChainsOfNotAndOrStayOnTheStack() {
    TemplateResult r = jinja("{% if " + "not ".repeat(100_001) + "A" + " or A".repeat(100_000) + " %}x{% endif %}");
    assertEquals(0, r.problems().size());
    assertEquals("x", r.expansion().text());
  }

  @Test
  void megabyteConditionStringIsRead() {
    TemplateResult r = jinja("{% if A == '" + "1".repeat(MB) + "' %}x{% endif %}");
    assertEquals(0, r.problems().size());
    assertEquals("", r.expansion().text());
  }
}
