package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.ksm.models.Models;

/** Running PAL tests against the spec's example policies (spec §11, §16 items 21-23). */
class PalRunnerTest {
  @TempDir Path dir;

  private static String spec139() throws IOException {
    return Files.readString(Policies.SPEC.resolve("13.9-tests.psl"));
  }

  private PalReport run139(String text) throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, text);
    return new PalRunner(Policies.compile(p), Models::create).run();
  }

  private static TestResult only(PalReport r) {
    assertEquals(1, r.tests());
    return r.sets().get(0).tests().get(0);
  }

  @Test
  void specExampleTestsPass() throws IOException {
    PalReport r = new PalRunner(Policies.compile(Policies.SPEC.resolve("13.9-tests.psl")), Models::create).run();
    TestResult t = only(r);
    assertEquals("calc access", t.set());
    assertEquals("add is allowed, huge values are not", t.name());
    assertNull(t.failure());
    assertEquals(8, t.steps());
  }

  @Test
  void aFlippedExpectationFailsAtThatStepWithTheEnginesReason() throws IOException {
    StepFailure f = only(run139(spec139().replace("deny  \"overflow\"", "grant \"overflow\""))).failure();
    assertEquals("sequence", f.phase());
    assertEquals(2, f.index());
    assertEquals("\"overflow\"", f.step());
    assertTrue(f.at().endsWith("security.psl:48"), f.at());
    assertEquals("grant", f.expected());
    assertEquals("denied", f.actual());
    assertEquals("denied by the rule at security.psl:32:5", f.reason());
  }

  @Test
  void aTestStopsAtItsFirstFailingStep() throws IOException {
    TestResult t = only(run139(spec139().replace("grant \"small add\"", "deny \"small add\"")));
    assertEquals(5, t.steps());
    assertEquals("\"small add\"", t.failure().step());
    assertEquals("granted", t.failure().actual());
  }

  @Test
  void everyTestOfEverySetRunsAfterAFailure() throws IOException {
    PalReport r = Policies.run(dir, "13.2-least-privilege.psl", "assert \"one\" {" + Policies.SETUP + """
            sequence "fails" { deny c ~> s : calc.ops.Add {} }
            sequence "passes" { c ~> s : calc.ops.Add {} }
        }
        assert "two" { sequence { grant execute src=kl.core.Core dst=Einit } }
        """);
    assertEquals(3, r.tests());
    assertEquals(1, r.failures());
    assertEquals(List.of(false, true), r.sets().get(0).tests().stream().map(TestResult::passed).toList());
    assertEquals("sequence 1", r.sets().get(1).tests().get(0).name());
    assertTrue(r.sets().get(1).tests().get(0).passed());
  }

  @Test
  void anyAcceptsADenial() throws IOException {
    PalReport r = Policies.run(dir, "13.2-least-privilege.psl", "assert \"any\" {" + Policies.SETUP + """
            sequence { any request src=c dst=s endpoint=ctl.control method=Start }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void anyFailsOnAnEvaluationError() throws IOException {
    // demo.Server named by class was never started, so its Flow context is unbound: phase.query fails.
    PalReport r = Policies.run(dir, "13.4-flow-lifecycle.psl", """
        assert "any" {
            sequence { any request src=demo.Client dst=demo.Server endpoint=ctl.control method=Stop }
        }
        """);
    StepFailure f = only(r).failure();
    assertEquals("denied by an evaluation error", f.actual());
    assertEquals("any decision", f.expected());
    assertTrue(f.reason().startsWith("evaluation error at security.psl:"), f.reason());
  }

  @Test
  void finallyRunsAfterTheSequence() throws IOException {
    // Add needs the server "ready": only the sequence's Start makes it so.
    PalReport r = Policies.run(dir, "13.4-flow-lifecycle.psl", "assert \"life\" {" + Policies.SETUP + """
            sequence { c ~> s : ctl.control.Start }
            finally { grant "add when ready" c ~> s : calc.ops.Add {} }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void aFailingFinallyStepIsReportedInItsPhase() throws IOException {
    PalReport r = Policies.run(dir, "13.4-flow-lifecycle.psl", "assert \"life\" {" + Policies.SETUP + """
            sequence { deny c ~> s : calc.ops.Add {} }
            finally { grant "add when ready" c ~> s : calc.ops.Add {} }
        }
        """);
    StepFailure f = only(r).failure();
    assertEquals("finally", f.phase());
    assertEquals(1, f.index());
  }

  @Test
  void modelStateIsRolledBackBetweenTests() throws IOException {
    // The first test moves the server to "ready"; the second starts it again (Flow init would be
    // refused on a bound SID) and finds it in "boot".
    PalReport r = Policies.run(dir, "13.4-flow-lifecycle.psl", "assert \"life\" {" + Policies.SETUP + """
            sequence "start" { c ~> s : ctl.control.Start   c ~> s : calc.ops.Add {} }
            sequence "fresh" { deny c ~> s : calc.ops.Add {} }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void executeWithoutSrcComesFromTheKernel() throws IOException {
    PalReport r = Policies.run(dir, "13.2-least-privilege.psl", """
        assert "kernel" {
            sequence {
                einit <- execute dst=Einit
                deny execute dst=demo.Client
                grant execute src=einit dst=demo.Client
            }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void handlesCarryTheSidsTheStepGives() throws IOException {
    PalReport r = Policies.run(dir, "13.5-handle-resource.psl", """
        assert "files" {
            sequence {
                grant response src=demo.FileServer dst=demo.Client endpoint=files.fs method=Open { file : { handle : 42, rights : 1 } }
                deny request src=demo.Client dst=demo.FileServer endpoint=files.fs method=Read { file : { handle : 42, rights : 1 } }
                grant security src=demo.Checker method=Approve { file : { handle : 42, rights : 1 } }
                grant request src=demo.Client dst=demo.FileServer endpoint=files.fs method=Read { file : { handle : 42, rights : 1 } }
                deny request src=demo.Client dst=demo.FileServer endpoint=files.fs method=Read { file : { handle : 43, rights : 1 } }
            }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void endpointSelectorsOnSecurityBindingsMatchAsTheCheckerSays() throws IOException {
    // The checker accepts any endpoint= on a security binding (spec §16 item 10); so must the engine.
    String policy = Files.readString(Policies.SPEC.resolve("13.5-handle-resource.psl")).replace(
        "security src=demo.Checker, method=Approve", "security src=demo.Checker, endpoint=approve, method=Approve");
    PalReport r = Policies.runText(dir, policy + """
        assert "files" {
            sequence {
                grant response src=demo.FileServer dst=demo.Client endpoint=files.fs method=Open { file : { handle : 7 } }
                grant security src=demo.Checker method=Approve { file : { handle : 7 } }
            }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void aHandleMayBeAProcessVariable() throws IOException {
    PalReport r = Policies.run(dir, "13.5-handle-resource.psl", """
        assert "files" {
            sequence {
                f <- execute src=Einit dst=demo.Client
                grant response src=demo.FileServer dst=demo.Client endpoint=files.fs method=Open { file : { handle : f } }
                grant security src=demo.Checker method=Approve { file : { handle : f } }
                grant request src=demo.Client dst=demo.FileServer endpoint=files.fs method=Read { file : { handle : f } }
            }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }

  @Test
  void stringsReachThePolicy() throws IOException {
    PalReport r = Policies.run(dir, "13.7-regex-staticmap.psl", "assert \"open\" {" + Policies.SETUP + """
            sequence {
                grant request src=c dst=demo.FileServer endpoint=files.fs method=Open { path : "/data/log_1", mode : "r" }
                deny request src=c dst=demo.FileServer endpoint=files.fs method=Open { path : "/etc/passwd", mode : "r" }
                deny request src=c dst=demo.FileServer endpoint=files.fs method=Open { path : "/data/x", mode : "w" }
                deny "omitted texts are empty" request src=c dst=demo.FileServer endpoint=files.fs method=Open {}
            }
        }
        """);
    assertTrue(r.passed(), () -> PalText.render(r));
  }
}
