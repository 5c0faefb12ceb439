package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.audit.findings.Finding;
import org.kos.audit.findings.FindingId;
import org.kos.audit.report.HtmlReport;

/**
 * The HTML report in a real browser: headless Chromium loads it from a file, runs its script, and
 * dumps the DOM. The page must load without a script error (the page's first script records every
 * error on {@code <html data-js-errors>}; Chromium's console log is read too), its last script must
 * have run ({@code data-ready}), and the flagged kernel methods must be there, marked, with the
 * count the script computed from the DOM. Runs when {@code chromium} or {@code chromium-browser} is
 * on PATH (Debian: {@code apt-get install chromium}), skipped otherwise.
 */
class HtmlInBrowserTest {
  @TempDir Path tmp;

  static Path chromium;

  @BeforeAll
  static void requireChromium() {
    chromium = Oracles.onPath("chromium", "chromium-browser");
    assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); skipping the browser test");
  }

  /** What Chromium made of a page: the DOM after its scripts ran, and its log. */
  record Loaded(String dom, String log) {}

  private Loaded load(String html, String name) throws Exception {
    Path page = tmp.resolve(name);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path dom = tmp.resolve(name + ".dom");
    Path log = tmp.resolve(name + ".log");
    Process p = new ProcessBuilder(chromium.toString(), "--headless=new", "--disable-gpu", "--no-sandbox",
        "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--user-data-dir=" + tmp.resolve("profile-" + name), "--enable-logging=stderr", "--v=0",
        "--dump-dom", page.toUri().toString())
        .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
    }
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), logText);
    return new Loaded(Files.readString(dom, StandardCharsets.UTF_8), logText);
  }

  private static void assertLoadedWithoutErrors(Loaded l) {
    assertFalse(htmlTag(l.dom()).contains("data-js-errors"), () -> "script errors: " + htmlTag(l.dom()));
    assertEquals("<html lang=\"en\" data-ready=\"yes\">", htmlTag(l.dom()), "the page's script did not finish");
    List<String> console = l.log().lines().filter(s -> s.contains("CONSOLE") || s.contains("Uncaught")).toList();
    assertEquals(List.of(), console, "the console says something");
  }

  /** The DOM's {@code <html ...>} tag, where the page's scripts leave their marks. */
  private static String htmlTag(String dom) {
    int start = dom.indexOf("<html");
    assertTrue(start >= 0, () -> "no <html> in the DOM: " + dom);
    return dom.substring(start, dom.indexOf('>', start) + 1);
  }

  @Test
  void overgrantLoadsWithoutErrorsAndShowsTheFlaggedMethods() throws Exception {
    AuditReport report = OvergrantTest.audit();
    Loaded l = load(HtmlReport.render(report), "overgrant.html");
    assertLoadedWithoutErrors(l);
    List<Finding> flagged = report.findings().stream()
        .filter(f -> f.id() == FindingId.PA0001 || f.id() == FindingId.PA0007).toList();
    assertEquals(3, flagged.size());
    for (Finding f : flagged) {
      var a = f.about().get(0);
      String cell = "data-flagged=\"" + a.endpoint() + " " + a.method() + "\"";
      assertTrue(l.dom().contains(cell), () -> cell + " is not in the page");
    }
    assertTrue(l.dom().contains("<span id=\"flagged-count\">3 dangerous kernel grants in the matrix</span>"),
        "the script counts the flagged cells it finds");
    assertTrue(l.dom().contains("<p id=\"tools\">"), "the script shows its tools");
    assertTrue(l.dom().contains("Create a process that will be privileged"), "the seed's note is in the page");
  }

  @Test
  void aSolutionsPageLoadsWithoutErrors() throws Exception {
    assertLoadedWithoutErrors(load(HtmlReport.render(SolutionReportGoldenTest.audit("traffic-light")), "traffic-light.html"));
  }

  @Test
  void aScriptErrorWouldBeSeen() throws Exception {
    // The check above is only as good as the page's error recorder: break the page on purpose.
    String broken = HtmlReport.render(OvergrantTest.audit()).replace("</body>", "<script>noSuchFunction();</script>\n</body>");
    Loaded l = load(broken, "broken.html");
    String tag = htmlTag(l.dom());
    assertTrue(tag.contains("data-js-errors=\"1\"") && tag.contains("noSuchFunction is not defined"), tag);
    assertTrue(l.log().contains("Uncaught ReferenceError: noSuchFunction is not defined"), "Chromium's console log: " + l.log());
  }
}
