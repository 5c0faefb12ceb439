package org.kos.ksm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision procedure of psl.md §7 on compiled policies over the spec's demo classes. */
class EngineTest {
  private static final String HEAD = """
      use nk.basic._
      use nk.flow._
      use EDL Einit
      use EDL demo.Client
      use EDL demo.Server
      """;

  @TempDir Path dir;

  private Engine engine(String body) throws IOException {
    return Policies.engine(dir, HEAD + body);
  }

  private Verdict add(Engine e, long a, long b) {
    return e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Add",
        Map.of("a", a, "b", b, "mode", 1L)));
  }

  @Test
  void anEventNoRuleIsAboutIsDenied() throws IOException {
    Engine e = engine("execute src=Einit { grant () }\n");
    Verdict v = add(e, 1, 2);
    assertFalse(v.granted());
    assertTrue(v.reason().startsWith("no rule of the policy is about request demo.Client -> demo.Server calc.ops.Add"),
        v.reason());
  }

  @Test
  void everyRuleCalledMustGrantEvenAcrossBindings() throws IOException {
    Engine e = engine("request { grant () }\n"
        + "request src=demo.Client, method=Add { assert (message.a < 10) }\n");
    assertTrue(add(e, 5, 0).granted());
    Verdict v = add(e, 50, 0);
    assertFalse(v.granted());
    assertTrue(v.reason().startsWith("denied by the rule at security.psl:7:"), v.reason());
  }

  @Test
  void messageFieldsAreDecodedWithTheirSigns() throws IOException {
    Engine e = engine("request method=Add { assert (message.a < 0 && message.b > 0x7FFFFFF0) }\n");
    assertTrue(add(e, -5L & 0xFFFFFFFFL, 0x7FFFFFFF).granted());
    assertFalse(add(e, 5, 0x7FFFFFFF).granted());
  }

  @Test
  void anOverflowIsAnEvaluationErrorThatDenies() throws IOException {
    Engine e = engine("request method=Add { assert (message.a * message.a * message.a * message.a * message.a > 0) }\n");
    Verdict v = add(e, 0x7FFFFFFF, 0);
    assertFalse(v.granted());
    assertTrue(v.reason().startsWith("evaluation error at security.psl:6:"), v.reason());
  }

  @Test
  void matchSectionsNarrowAndAllMatchingOnesAreEntered() throws IOException {
    Engine e = engine("request { match src=demo.Client { match method=Add { grant () } match method=Sub { deny () } }"
        + " match dst=demo.Server, method=Add { assert (message.mode == 1) } }\n");
    assertTrue(add(e, 1, 1).granted());
    assertFalse(e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Add",
        Map.of("mode", 2L))).granted());
  }

  @Test
  void aFlowTransitionIsCommittedOnlyWhenTheEventIsGranted() throws IOException {
    Engine e = engine("""
        policy object phase : Flow {
            type State = "boot" | "ready"
            config = { states : ["boot", "ready"], initial : "boot", transitions : { "boot" : ["ready"] } }
        }
        execute src=Einit, dst=demo.Server { phase.init {sid : dst_sid} }
        request dst=demo.Server, method=Add { phase.enter {sid : dst_sid, state : "ready"}  assert (message.a < 10) }
        request dst=demo.Server, method=Sub { phase.allow {sid : dst_sid, states : ["ready"]} }
        """);
    assertTrue(e.decide(Policies.execute(e, "Einit", 2, "demo.Server", 4)).granted());
    Verdict sub = e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Sub", Map.of()));
    assertFalse(sub.granted(), "still in boot");
    assertFalse(add(e, 50, 0).granted(), "the enter happens in a denied event");
    assertFalse(e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Sub", Map.of()))
        .granted(), "so it was not committed");
    assertTrue(add(e, 5, 0).granted());
    assertTrue(e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Sub", Map.of()))
        .granted());
    assertFalse(add(e, 5, 0).granted(), "ready -> ready has no self-loop");
  }

  @Test
  void aChoiceEntersTheAlternativeOfTheCurrentState() throws IOException {
    Engine e = engine("""
        policy object phase : Flow {
            type State = "boot" | "ready"
            config = { states : ["boot", "ready"], initial : "boot", transitions : { "boot" : ["ready"] } }
        }
        execute src=Einit, dst=demo.Server { phase.init {sid : dst_sid} }
        request dst=demo.Server, method=Add {
            choice (phase.query {sid : dst_sid}) {
                "boot" : { phase.enter {sid : dst_sid, state : "ready"} }
                _ : deny ()
            }
        }
        """);
    e.decide(Policies.execute(e, "Einit", 2, "demo.Server", 4));
    assertTrue(add(e, 1, 1).granted());
    assertFalse(add(e, 1, 1).granted());
  }

  @Test
  void auditRecordsFollowTheProfileAndDenialsWithoutARuleAreAlwaysAudited() throws IOException {
    Engine e = engine("""
        audit profile trace = { 0 : { base : { kss : ["denied"] } } }
        audit default = trace 0
        request src=demo.Client, method=Add { assert (message.a < 10) }
        """);
    List<AuditRecord> records = new ArrayList<>();
    e.auditTo(records::add);
    add(e, 5, 0);
    add(e, 50, 0);
    e.decide(Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Sub", Map.of()));
    assertEquals(2, records.size(), records.toString());
    assertTrue(records.get(0).line().contains("request demo.Client -> demo.Server calc.ops.Add "
        + "rule=base.assert@security.psl:8:"), records.get(0).line());
    assertTrue(records.get(0).line().contains(" denied event=denied"), records.get(0).line());
    assertTrue(records.get(1).line().endsWith("event=denied (no rule of the policy is about request demo.Client -> "
        + "demo.Server calc.ops.Sub)"), records.get(1).line());
  }

  @Test
  void theKernelsStartIsAnExecuteEventOfTheKernelClass() throws IOException {
    Engine e = Policies.engine(dir, "use nk.base._\nuse EDL kl.core.Core\n"
        + "execute src=kl.core.Core, dst=kl.core.Core { grant () }\n");
    assertTrue(e.decide(Policies.execute(e, "kl.core.Core", 1, "kl.core.Core", 1)).granted());
  }

  @Test
  void aMicIntegrityViolationIsDenied() throws IOException {
    Engine e = Policies.engine(dir, """
        use nk.base._
        use nk.mic._
        use EDL Einit
        use EDL demo.Client
        use EDL demo.Server
        policy object mic : Mic { config = ["LOW", "HIGH"] }
        execute src=Einit, dst=demo.Client { mic.execute {image : (), target : dst_sid, level : "HIGH", levelR : ()} }
        execute src=Einit, dst=demo.Server { mic.execute {image : (), target : dst_sid, level : "LOW", levelR : ()} }
        request { mic.invoke {source : src_sid, target : dst_sid} }
        """);
    assertTrue(e.decide(Policies.execute(e, "Einit", 2, "demo.Client", 3)).granted());
    assertTrue(e.decide(Policies.execute(e, "Einit", 2, "demo.Server", 4)).granted());
    assertTrue(add(e, 1, 1).granted(), "HIGH client -> LOW server: data flows down, allowed");
    Verdict up = e.decide(new Event(EventKind.REQUEST, Policies.cls(e, "demo.Server"), 4, Policies.cls(e, "demo.Client"),
        3, null, null, Map.of(), null));
    assertFalse(up.granted(), "LOW -> HIGH would raise the integrity of what HIGH receives");
  }

  @Test
  void flowOmitSilencesAuditWhileTheMachineIsInAListedState() throws IOException {
    Engine e = engine("""
        policy object phase : Flow {
            type State = "boot" | "ready"
            config = { states : ["boot", "ready"], initial : "boot", transitions : { "boot" : ["ready"], "ready" : ["ready"] } }
        }
        audit profile trace = { 0 : { phase : { kss : ["granted"], omit : ["ready"] } } }
        audit default = trace 0
        execute src=Einit, dst=demo.Server { phase.init {sid : dst_sid} }
        request dst=demo.Server, method=Add { phase.enter {sid : dst_sid, state : "ready"} }
        """);
    List<AuditRecord> records = new ArrayList<>();
    e.auditTo(records::add);
    e.decide(Policies.execute(e, "Einit", 2, "demo.Server", 4));
    add(e, 1, 1);
    assertEquals(1, records.size(), "the init, in boot, is audited; the enter, into ready, is omitted: " + records);
    assertTrue(records.get(0).line().contains("rule=phase.init@"), records.get(0).line());
  }

  @Test
  void regexEmitRecordsTheExpressionWithTheEvent() throws IOException {
    Engine e = Policies.engine(dir, """
        use nk.basic._
        use nk.regex._
        use EDL Einit
        use EDL demo.Client
        use EDL demo.FileServer
        audit profile trace = { 0 : { re : { kss : [], emit : ["match"] } } }
        audit default = trace 0
        execute src=Einit { grant () }
        request src=demo.Client, dst=demo.FileServer, endpoint=files.fs, method=Open {
            assert (re.match {text : message.path, pattern : "^/data/"})
        }
        """);
    List<AuditRecord> records = new ArrayList<>();
    e.auditTo(records::add);
    Event open = Policies.request(e, "demo.Client", 3, "demo.FileServer", 5, "files.fs", "Open", Map.of());
    Event withPath = new Event(open.kind(), open.src(), open.srcSid(), open.dst(), open.dstSid(), open.endpoint(),
        open.method(), open.parameters(), Policies.withText(open.parameters(), "path", "/etc/passwd"));
    assertFalse(e.decide(withPath).granted());
    assertEquals(1, records.size(), records.toString());
    assertTrue(records.get(0).line().contains(" re.match=false event=denied"), records.get(0).line());
  }
}
