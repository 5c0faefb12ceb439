package org.kos.nkc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.template.TemplateProblem.Kind;

class TemplateExpanderTest {
  private static final Map<String, String> RPI = Map.of("BOARD", "RPI4_BCM2711", "ARCH", "aarch64");

  private static TemplateResult jinja(String template, Map<String, String> values) {
    return TemplateExpander.expand(new SourceFile("security.psl.in", template), values, true);
  }

  private static String text(String template, Map<String, String> values) {
    TemplateResult r = jinja(template, values);
    assertEquals(List.of(), r.problems());
    return r.expansion().text();
  }

  private static TemplateProblem onlyProblem(TemplateResult r) {
    assertEquals(1, r.problems().size(), () -> r.problems().toString());
    return r.problems().get(0);
  }

  private static void assertAt(String template, String tag, TemplateProblem p) {
    int at = template.indexOf(tag);
    assertEquals(at, p.start(), p.message());
    assertEquals(at + tag.length(), p.end(), p.message());
  }

  @Test
  void ifKeepsItsTextWhenTheConditionHolds() {
    assertEquals("a b", text("a {% if BOARD == \"RPI4_BCM2711\" %}b{% endif %}", RPI));
  }

  @Test
  void ifDropsItsTextWhenTheConditionFails() {
    assertEquals("a ", text("a {% if BOARD == \"QEMU\" %}b{% endif %}", RPI));
  }

  @Test
  void elifPicksTheFirstBranchWhoseConditionHolds() {
    String t = "{% if BOARD == 'X' %}x{% elif BOARD == 'RPI4_BCM2711' %}rpi{% elif ARCH == 'aarch64' %}arm{% endif %}";
    assertEquals("rpi", text(t, RPI));
  }

  @Test
  void elseIsTakenWhenNoConditionHolds() {
    assertEquals("other", text("{% if BOARD == 'X' %}x{% elif BOARD == 'Y' %}y{% else %}other{% endif %}", RPI));
  }

  @Test
  void elseIsDroppedWhenABranchWasTaken() {
    assertEquals("rpi", text("{% if BOARD == 'RPI4_BCM2711' %}rpi{% else %}other{% endif %}", RPI));
  }

  @Test
  void nestedIfsFollowTheirOwnConditions() {
    String t = "{% if ARCH == 'aarch64' %}[{% if BOARD == 'X' %}x{% else %}"
        + "{% if BOARD != 'Y' %}not y{% endif %}{% endif %}]{% endif %}";
    assertEquals("[not y]", text(t, RPI));
  }

  @Test
  void nestedIfInADroppedBranchKeepsNothing() {
    String t = "{% if BOARD == 'X' %}{% if ARCH == 'aarch64' %}arm{% else %}other{% endif %}{% endif %}";
    assertEquals("", text(t, RPI));
  }

  @Test
  void notEqualHoldsForADifferentValue() {
    assertEquals("yes", text("{% if BOARD != \"QEMU\" %}yes{% endif %}", RPI));
    assertEquals("", text("{% if BOARD != \"RPI4_BCM2711\" %}yes{% endif %}", RPI));
  }

  @Test
  void undefinedNameIsTheEmptyString() {
    assertEquals("empty", text("{% if MISSING %}set{% elif MISSING == '' %}empty{% endif %}", RPI));
  }

  @Test
  void bareNameHoldsWhenDefinedAndNotEmpty() {
    assertEquals("b", text("{% if BOARD %}b{% endif %}{% if EMPTY %}e{% endif %}", Map.of("BOARD", "x", "EMPTY", "")));
  }

  @Test
  void literalMayComeFirst() {
    assertEquals("yes", text("{% if \"RPI4_BCM2711\" == BOARD %}yes{% endif %}", RPI));
  }

  @Test
  void notAndOrFollowJinjaPrecedence() {
    // not binds looser than ==, and tighter than or: (not (A == 'x')) or (B and C)
    assertEquals("1", text("{% if not BOARD == 'X' or MISSING and BOARD %}1{% endif %}", RPI));
    assertEquals("", text("{% if not (BOARD == 'RPI4_BCM2711' or MISSING) %}1{% endif %}", RPI));
    assertEquals("1", text("{% if (BOARD == 'X' or ARCH == 'aarch64') and not MISSING %}1{% endif %}", RPI));
  }

  @Test
  void macrosAreExpandedInTakenBranchesOnly() {
    assertEquals("use aarch64\n", text("{% if BOARD %}use @ARCH@\n{% else %}@UNSEEN@{% endif %}", RPI));
  }

  @Test
  void tagsSeeTheRawTextNotMacros() {
    assertEquals("", text("{% if '@BOARD@' == 'RPI4_BCM2711' %}yes{% endif %}", RPI));
  }

  @Test
  void tagAloneOnItsLineTakesTheLine() {
    String t = "a\n  {% if BOARD == 'RPI4_BCM2711' %}  \n  b\n  {% else %}\n  c\n{% endif %}\nd\n";
    assertEquals("a\n  b\nd\n", text(t, RPI));
  }

  @Test
  void tagsInsideALineLeaveTheLineAlone() {
    assertEquals("x = rpi;\n", text("x = {% if BOARD %}rpi{% else %}none{% endif %};\n", RPI));
  }

  @Test
  void dashesRemoveWhitespaceAroundTheTag() {
    assertEquals("a,b", text("a,  \n {%- if BOARD -%}  \n  b{% endif %}", RPI));
  }

  @Test
  void crLfLinesAreTakenWhole() {
    assertEquals("a\r\nb\r\n", text("a\r\n{% if BOARD %}\r\nb\r\n{% endif %}\r\n", RPI));
  }

  @Test
  void textAfterARemovedBlockMapsBackToItsTemplateLineAndColumn() {
    String t = """
        execute default {
        {% if BOARD == "QEMU" %}
          grant qemu;
        {% elif BOARD == "RPI4_BCM2711" %}
          grant rpi;
        {% endif %}
          deny  rest;
        }
        """;
    TemplateResult r = jinja(t, RPI);
    String out = r.expansion().text();
    assertEquals("execute default {\n  grant rpi;\n  deny  rest;\n}\n", out);
    int at = out.indexOf("rest");
    SourceSpan span = r.expansion().span(at, at + 4);
    assertEquals(7, span.line());
    assertEquals(9, span.column());
    assertEquals("rest", span.text());
    int rpi = out.indexOf("rpi");
    assertEquals(5, r.expansion().span(rpi, rpi + 3).line());
  }

  @Test
  void macroValueAfterATagMapsToTheMacro() {
    String t = "{% if BOARD %}x{% endif %} @ARCH@";
    TemplateResult r = jinja(t, RPI);
    int at = r.expansion().text().indexOf("64");
    assertEquals("@ARCH@", r.expansion().span(at, at + 2).text());
  }

  @Test
  void endOfAnAllDroppedTemplateMapsToTheEndOfTheTemplate() {
    String t = "{% if MISSING %}\nall\n{% endif %}\n";
    TemplateResult r = jinja(t, RPI);
    assertEquals("", r.expansion().text());
    assertEquals(t.length(), r.expansion().span(0, 0).start());
  }

  @Test
  void otherTagsAreUnsupportedAtTheTag() {
    for (String tag : List.of("{% for x in y %}", "{% set A = 1 %}", "{% include 'b.psl' %}")) {
      String t = "a\n" + tag + "\nb";
      TemplateProblem p = onlyProblem(jinja(t, RPI));
      assertEquals(Kind.UNSUPPORTED, p.kind());
      assertAt(t, tag, p);
      assertTrue(p.message().contains("only if/elif/else/endif are supported; render the template first"), p.message());
    }
  }

  @Test
  void expressionsAndCommentsAreUnsupported() {
    String t = "x = {{ BOARD }};\n{# note #}\n";
    TemplateResult r = jinja(t, RPI);
    assertEquals(2, r.problems().size());
    assertEquals(Kind.UNSUPPORTED, r.problems().get(0).kind());
    assertAt(t, "{{ BOARD }}", r.problems().get(0));
    assertAt(t, "{# note #}", r.problems().get(1));
  }

  @Test
  void problemsInADroppedBranchAreStillReported() {
    String t = "{% if MISSING %}{{ X }}{% endif %}";
    assertAt(t, "{{ X }}", onlyProblem(jinja(t, RPI)));
  }

  @Test
  void elifElseEndifWithoutIfAreSyntaxErrors() {
    for (String tag : List.of("{% elif A %}", "{% else %}", "{% endif %}")) {
      String t = "a " + tag + " b";
      TemplateProblem p = onlyProblem(jinja(t, RPI));
      assertEquals(Kind.SYNTAX, p.kind());
      assertTrue(p.message().endsWith("without `if`"), p.message());
      assertAt(t, tag, p);
    }
  }

  @Test
  void ifWithoutEndifPointsAtTheIfLeftOpen() {
    String t = "{% if A %}\n{% if B %}\n{% endif %}\n";
    TemplateProblem p = onlyProblem(jinja(t, RPI));
    assertEquals("`if` without `endif`", p.message());
    assertAt(t, "{% if A %}", p);
  }

  @Test
  void secondElseIsReportedAtTheSecondElse() {
    String t = "{% if A %}a{% else %}b{% else  %}c{% endif %}";
    TemplateResult r = jinja(t, RPI);
    TemplateProblem p = onlyProblem(r);
    assertEquals(Kind.SYNTAX, p.kind());
    assertAt(t, "{% else  %}", p);
    assertEquals("b", r.expansion().text());
  }

  @Test
  void elifAfterElseIsASyntaxError() {
    String t = "{% if A %}{% else %}{% elif B %}{% endif %}";
    assertAt(t, "{% elif B %}", onlyProblem(jinja(t, RPI)));
  }

  @Test
  void malformedConditionIsASyntaxErrorAtTheTag() {
    String t = "x\n{% if BOARD = \"RPI\" %}y{% endif %}";
    TemplateProblem p = onlyProblem(jinja(t, RPI));
    assertEquals(Kind.SYNTAX, p.kind());
    assertAt(t, "{% if BOARD = \"RPI\" %}", p);
    assertTrue(p.message().startsWith("malformed condition in `if`"), p.message());
  }

  @Test
  void macroInAConditionGetsAHint() {
    TemplateProblem p = onlyProblem(jinja("{% if @BOARD@ == 'x' %}{% endif %}", RPI));
    assertTrue(p.message().contains("write NAME, not @NAME@"), p.message());
  }

  @Test
  void elseAndEndifTakeNoCondition() {
    String t = "{% if A %}{% else B %}{% endif %}";
    assertAt(t, "{% else B %}", onlyProblem(jinja(t, RPI)));
  }

  @Test
  void unclosedTagIsReportedOnceAtItsOpening() {
    String t = "a {% if A  b {% c";
    TemplateResult r = jinja(t, RPI);
    TemplateProblem p = onlyProblem(r);
    assertEquals(Kind.SYNTAX, p.kind());
    assertEquals(2, p.start());
    assertEquals(4, p.end());
    assertEquals(t, r.expansion().text());
  }

  @Test
  void withoutJinjaTagsStayTextAndTheFirstIsReportedOnce() {
    String t = "a @ARCH@ {{ X }} {% if A %}b{% endif %}";
    TemplateResult r = TemplateExpander.expand(new SourceFile("security.psl.in", t), RPI, false);
    assertEquals("a aarch64 {{ X }} {% if A %}b{% endif %}", r.expansion().text());
    TemplateProblem p = onlyProblem(r);
    assertEquals(Kind.NOT_ENABLED, p.kind());
    assertEquals(t.indexOf("{{"), p.start());
    assertEquals(t.indexOf("{{") + 2, p.end());
  }

  @Test
  void withoutJinjaPlainBracesAreNoProblem() {
    TemplateResult r = TemplateExpander.expand(new SourceFile("a.psl.in", "match { a: { b } }"), RPI, false);
    assertEquals(List.of(), r.problems());
  }
}
