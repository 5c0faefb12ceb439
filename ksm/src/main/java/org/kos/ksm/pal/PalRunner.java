package org.kos.ksm.pal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.kos.ksm.engine.Engine;
import org.kos.ksm.engine.Event;
import org.kos.ksm.engine.ObjectFactory;
import org.kos.ksm.engine.Verdict;
import org.kos.ksm.module.SecurityModule;

/**
 * Runs a compiled policy's PAL tests (spec §11, §16 items 21-24). Each {@code sequence} is one
 * test: its set's {@code setup} steps, its own, then {@code finally}, against a new {@link Engine},
 * so no model state survives a test. A test stops at its first failing step; every test of every
 * set runs.
 */
public final class PalRunner {
  private final SecurityModule module;
  private final ObjectFactory factory;
  private final StepEvents events;

  /**
   * @throws IllegalArgumentException when the module's objects cannot be created (a config the
   *     engine cannot evaluate): no test could run
   */
  public PalRunner(SecurityModule module, ObjectFactory factory) {
    this.module = module;
    this.factory = factory;
    this.events = new StepEvents(module);
    new Engine(module, factory); // fail here, once, rather than in every test
  }

  public PalReport run() {
    List<SetResult> sets = new ArrayList<>();
    int n = 0;
    for (JsonNode set : module.json().path("tests")) {
      n++;
      String setName = set.path("name").isTextual() ? set.path("name").asText() : "test set " + n;
      List<PalStep> setup = steps(set.path("setup"), "setup");
      List<PalStep> cleanup = steps(set.path("finally"), "finally");
      List<TestResult> tests = new ArrayList<>();
      int k = 0;
      for (JsonNode seq : set.path("sequences")) {
        k++;
        String name = seq.path("name").isTextual() ? seq.path("name").asText() : "sequence " + k;
        List<PalStep> all = new ArrayList<>(setup);
        all.addAll(steps(seq.path("steps"), "sequence"));
        all.addAll(cleanup);
        tests.add(test(setName, name, all));
      }
      sets.add(new SetResult(setName, List.copyOf(tests)));
    }
    return new PalReport(List.copyOf(sets));
  }

  private static List<PalStep> steps(JsonNode steps, String phase) {
    List<PalStep> out = new ArrayList<>();
    for (JsonNode s : steps) {
      out.add(PalStep.of(s, phase, out.size() + 1));
    }
    return out;
  }

  private TestResult test(String set, String name, List<PalStep> steps) {
    long start = System.nanoTime();
    Engine engine = new Engine(module, factory);
    Processes procs = new Processes(module);
    int run = 0;
    for (PalStep step : steps) {
      run++;
      StepFailure failure = perform(step, engine, procs);
      if (failure != null) {
        return new TestResult(set, name, run, failure, System.nanoTime() - start);
      }
    }
    return new TestResult(set, name, run, null, System.nanoTime() - start);
  }

  /** Performs one step; its failure, or null. */
  private StepFailure perform(PalStep step, Engine engine, Processes procs) {
    Verdict v;
    try {
      Event e = events.of(step, procs);
      v = engine.decide(e);
      if (step.bind() != null) {
        procs.bind(step.bind(), new Process(e.dst(), e.dstSid()));
      }
    } catch (StepException e) {
      return failure(step, "a step that could not be performed", e.getMessage());
    } catch (RuntimeException e) {
      return failure(step, "an engine failure", String.valueOf(e));
    }
    if (step.expect().met(v)) {
      return null;
    }
    String actual = v.granted() ? "granted" : v.evaluationError() ? "denied by an evaluation error" : "denied";
    return failure(step, actual, v.reason());
  }

  private static StepFailure failure(PalStep step, String actual, String reason) {
    String expected = step.expect() == Expectation.ANY ? "any decision" : step.expect().keyword();
    return new StepFailure(step.phase(), step.index(), step.describe(), step.at(), expected, actual, reason);
  }
}
