package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.SecurityModule;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.ir.PolicyIr;

/**
 * Steps naming what the module does not have fail their test, whatever they expect. The checker
 * refuses such policies, so these tests edit the compiled module of spec 13.9 (a module may come
 * from elsewhere, or from an older compiler).
 */
class StepErrorsTest {
  /** The failure of 13.9's test after {@code edit} changed its third sequence step (c ~> s : calc.ops.Sub). */
  private static StepFailure failureAfter(Consumer<ObjectNode> edit) throws IOException {
    var r = PslCompiler.check(PslRequest.of(List.of(Policies.SPEC.resolve("13.9-tests.psl")), List.of(Policies.SPEC_NK)));
    ObjectNode tree = PolicyIr.tree(r.policies().get(0));
    edit.accept((ObjectNode) tree.get("tests").get(0).get("sequences").get(0).get("steps").get(2));
    byte[] bytes = new ObjectMapper().writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    PalReport report = new PalRunner(SecurityModule.read(bytes), Models::create).run();
    StepFailure f = report.sets().get(0).tests().get(0).failure();
    assertEquals(3, f.index());
    assertEquals("a step that could not be performed", f.actual());
    return f;
  }

  private static Consumer<ObjectNode> selector(String key, String value) {
    return step -> ((ObjectNode) step.get("selectors")).put(key, value);
  }

  @Test
  void unknownVariable() throws IOException {
    assertEquals("'nobody' is neither a process variable bound by 'nobody <- execute dst=<class>' nor a class of "
        + "the policy", failureAfter(selector("src", "nobody")).reason());
  }

  @Test
  void unknownEndpoint() throws IOException {
    assertEquals("demo.Server has no endpoint 'calc.opz' (endpoints: calc.ops : demo.IOps, ctl.control : "
        + "demo.IControl)", failureAfter(selector("endpoint", "calc.opz")).reason());
  }

  @Test
  void unknownMethodFailsEvenAnyStep() throws IOException {
    StepFailure f = failureAfter(selector("method", "Mul").andThen(s -> s.put("expect", "any")));
    assertEquals("endpoint calc.ops (demo.IOps) has no method 'Mul' (methods: Add, Sub)", f.reason());
    assertEquals("any decision", f.expected());
  }

  @Test
  void unknownMessageField() throws IOException {
    StepFailure f = failureAfter(s -> ((ObjectNode) s.get("message")).putObject("c").put("int", "1"));
    assertEquals("the message has no field 'c' (fields: a, b)", f.reason());
  }

  @Test
  void executeOfAnUnknownClass() throws IOException {
    StepFailure f = failureAfter(s -> {
      s.removeAll();
      s.put("event", "execute").put("expect", "grant").putObject("selectors").put("dst", "demo.Nope");
    });
    assertEquals("'demo.Nope' is neither a process variable nor a class of the policy (add 'use EDL demo.Nope')",
        f.reason());
  }
}
