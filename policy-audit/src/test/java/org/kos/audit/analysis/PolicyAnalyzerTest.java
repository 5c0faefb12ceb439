package org.kos.audit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ast.EventKind;
import org.kos.psl.model.Endpoint;
import org.kos.psl.model.Policy;

/** The verdict of one request key (og.Client -> og.Server store Get) under small policies: the engine's rules. */
class PolicyAnalyzerTest {
  private static final Path NK = Path.of("..", "testdata", "audit", "overgrant", "nk");
  private static final String HEAD = "execute: kl.core.Execute\nuse nk.base._\nuse nk.flow._\nuse EDL og.Client\n"
      + "use EDL og.Server\n";

  @TempDir Path dir;

  private Access decide(String bindings) throws Exception {
    Path file = dir.resolve("security.psl");
    Files.writeString(file, HEAD + bindings + "\n");
    PslResult r = PslCompiler.check(new PslRequest(List.of(file), List.of(NK), Map.of(), false));
    assertTrue(!r.hasErrors(), r.diagnostics()::toString);
    Policy p = r.policies().get(0);
    Endpoint store = p.classes().get("og.Server").endpoints().get(0);
    return new PolicyAnalyzer(p, new Positions(dir)).decide(new PolicyAnalyzer.Key(EventKind.REQUEST,
        p.classes().get("og.Client"), p.classes().get("og.Server"), store, "Get"));
  }

  @Test
  void noRuleIsNever() throws Exception {
    assertEquals(Verdict.NEVER, decide("request dst=og.Server, method=Share { grant () }").verdict());
  }

  @Test
  void grantInAMatchingSectionIsAlways() throws Exception {
    Access a = decide("request src=og.Client { match endpoint=store, method=Get { grant () } }");
    assertEquals(Verdict.ALWAYS, a.verdict());
    assertEquals(List.of(new Rule("security.psl:6:60", "grant ()", true)), a.rules());
  }

  @Test
  void aDenyAnywhereMakesItNever() throws Exception {
    assertEquals(Verdict.NEVER, decide("request src=og.Client { grant () }\nrequest method=Get { deny () }").verdict());
  }

  @Test
  void anAssertOnTheMessageIsConditionalOnTheMessage() throws Exception {
    Access a = decide("request src=og.Client, method=Get { assert (message.key < 10) }");
    assertEquals(Verdict.CONDITIONAL, a.verdict());
    assertEquals(List.of("message"), a.dependsOn());
  }

  @Test
  void aChoiceWithoutOtherwiseMaySelectNothingAndDeny() throws Exception {
    Access a = decide("policy object st : Flow { type State = \"a\" | \"b\"\n"
        + "config = { states : [\"a\", \"b\"], initial : \"a\", transitions : { \"a\" : [\"b\"] } } }\n"
        + "request method=Get { choice (st.query {sid : src_sid}) { \"a\" : grant () \"b\" : grant () } }");
    assertEquals(Verdict.CONDITIONAL, a.verdict());
    assertEquals(List.of("sid", "state"), a.dependsOn());
  }

  @Test
  void aChoiceWhoseEveryAlternativeDeniesIsNever() throws Exception {
    Access a = decide("policy object st : Flow { type State = \"a\" | \"b\"\n"
        + "config = { states : [\"a\", \"b\"], initial : \"a\", transitions : { \"a\" : [\"b\"] } } }\n"
        + "request method=Get { choice (st.query {sid : src_sid}) { \"a\" : deny () _ : deny () } }");
    assertEquals(Verdict.NEVER, a.verdict());
  }

  @Test
  void selectorsOfAnotherMethodDoNotApply() throws Exception {
    assertEquals(Verdict.ALWAYS, decide("request method=Get { grant () }\nrequest method=Share { deny () }").verdict());
  }
}
