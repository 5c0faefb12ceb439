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
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.IpcMessageEvent.Direction;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.MethodInfo;

/**
 * The monitor's two ways of being asked about a message: from its facts and bytes alone
 * ({@code permitsWithoutEvent}, which only ever grants, and then for good) and with the kernel's
 * event ({@code permits}, which the kernel asks when the first answered false): together they decide,
 * commit and audit every message once, as the event alone would.
 */
class PolicyMonitorTest {
  private static final String HEAD = """
      use nk.basic._
      use nk.flow._
      use EDL Einit
      use EDL demo.Client
      use EDL demo.Server
      use EDL demo.FileServer
      """;
  private static final int CLIENT = 3;
  private static final int SERVER = 4;

  @TempDir Path dir;

  private PolicyMonitor monitor(String body) throws IOException {
    return new PolicyMonitor(Policies.engine(dir, HEAD + body));
  }

  /** A request from demo.Client to {@code server}'s {@code endpoint}.{@code method}. */
  private record Message(String server, int riid, int mid, MessageView view) {}

  private static Message request(PolicyMonitor m, String server, String endpoint, String method,
      Map<String, Long> values) {
    EndpointInfo ep = Policies.cls(m.engine(), server).endpoints().stream().filter(x -> x.path().equals(endpoint))
        .findFirst().orElseThrow();
    MethodInfo mi = m.engine().module().methods(ep.iface()).stream().filter(x -> x.name().equals(method)).findFirst()
        .orElseThrow();
    return new Message(server, ep.riid(), mi.mid(), Policies.message(mi.in(), values));
  }

  private static boolean fast(PolicyMonitor m, Message r) {
    return m.permitsWithoutEvent(Direction.REQUEST, "demo.Client", CLIENT, r.server(), SERVER, r.riid(), r.mid(),
        r.view().fixed(), r.view().arena());
  }

  private static boolean full(PolicyMonitor m, Message r) {
    return m.permits(new IpcMessageEvent(Direction.REQUEST, "client", "server", "chan", r.riid(), r.mid(),
        "demo.Client", CLIENT, r.server(), SERVER, r.view()));
  }

  private static Message add(PolicyMonitor m, long a) {
    return request(m, "demo.Server", "calc.ops", "Add", Map.of("a", a, "b", 0L, "mode", 1L));
  }

  @Test
  void aMessageItsPlanGrantsWhateverItHoldsIsGrantedWithoutItsEvent() throws IOException {
    PolicyMonitor m = monitor("request { grant () }\n");
    assertTrue(fast(m, add(m, 1)));
  }

  @Test
  void aDenialIsLeftToTheEventWhichGivesTheReasonAndIsAuditedOnce() throws IOException {
    PolicyMonitor m = monitor("""
        audit profile trace = { 0 : { base : { kss : ["granted", "denied"] } } }
        audit default = trace 0
        request method=Add { assert (message.a < 10) }
        """);
    List<AuditRecord> records = new ArrayList<>();
    m.engine().auditTo(records::add);
    assertFalse(fast(m, add(m, 50)));
    assertEquals(List.of(), records, "nothing audited for the answer the kernel does not act on");
    assertFalse(full(m, add(m, 50)));
    assertTrue(m.lastRefusal().startsWith("denied by the rule at security.psl:9:"), m.lastRefusal());
    assertEquals(1, records.size(), records.toString());
    assertTrue(fast(m, add(m, 5)));
    assertEquals(2, records.size(), "a grant without the event is audited there: " + records);
    assertTrue(records.get(1).line().contains(" granted event=granted"), records.get(1).line());
  }

  @Test
  void aStateChangeGrantedWithoutTheEventIsCommittedOnceAndADeniedOneNever() throws IOException {
    PolicyMonitor m = monitor("""
        policy object phase : Flow {
            type State = "boot" | "ready"
            config = { states : ["boot", "ready"], initial : "boot", transitions : { "boot" : ["ready"] } }
        }
        execute src=Einit, dst=demo.Server { phase.init {sid : dst_sid} }
        request dst=demo.Server, method=Start { phase.enter {sid : dst_sid, state : "ready"} }
        request dst=demo.Server, method=Add { phase.allow {sid : dst_sid, states : ["ready"]} }
        """);
    assertTrue(m.permitsExecute(new ExecuteEvent("Einit", "Einit", 2, "server", "demo.Server", SERVER)));
    Message start = request(m, "demo.Server", "ctl.control", "Start", Map.of());
    assertFalse(fast(m, add(m, 1)), "boot: Add refused");
    assertTrue(fast(m, start), "boot -> ready");
    assertTrue(fast(m, add(m, 1)), "ready: Add granted, read without the lock");
    assertFalse(fast(m, start), "ready -> ready is no transition");
    assertFalse(full(m, start));
    assertTrue(fast(m, add(m, 1)), "the denied Start changed nothing");
  }

  @Test
  void aPolicyThatReadsTheSidBehindAHandleIsAnsweredWithTheEvent() throws IOException {
    PolicyMonitor m = monitor("request method=Close { assert (message.file.handle == 42) }\n");
    Message close = request(m, "demo.FileServer", "files.fs", "Close", Map.of());
    byte[] fixed = close.view().fixed();
    MessageView withHandle = new MessageView() {
      @Override
      public byte[] fixed() {
        return fixed;
      }

      @Override
      public byte[] arena() {
        return new byte[0];
      }

      @Override
      public int handleSid(int offset) {
        return 42;
      }
    };
    Message asSent = new Message(close.server(), close.riid(), close.mid(), withHandle);
    assertFalse(fast(m, asSent), "the bytes hold the sender's handle, not the SID");
    assertTrue(full(m, asSent));
  }

  @Test
  void aMessageToAnEndpointTheServerDoesNotHaveIsInvalid() throws IOException {
    PolicyMonitor m = monitor("request { grant () }\n");
    Message add = add(m, 1);
    Message nowhere = new Message("demo.Server", 99, add.mid(), add.view());
    assertFalse(fast(m, nowhere));
    assertFalse(full(m, nowhere));
    assertTrue(m.lastRefusal().startsWith("invalid message: demo.Server has no endpoint 99 with method "),
        m.lastRefusal());
  }

  @Test
  void classesAreFoundWhateverStringNamesThem() throws IOException {
    PolicyMonitor m = monitor("request src=demo.Client, dst=demo.Server { grant () }\n");
    Message add = add(m, 1);
    for (int i = 0; i < 100; i++) { // more distinct strings than the monitor remembers by identity
      String client = new String("demo.Client");
      String server = new String("demo.Server");
      for (int j = 0; j < 2; j++) {
        assertTrue(m.permitsWithoutEvent(Direction.REQUEST, client, CLIENT, server, SERVER, add.riid(), add.mid(),
            add.view().fixed(), add.view().arena()));
      }
    }
    assertFalse(m.permitsWithoutEvent(Direction.REQUEST, "demo.Server", SERVER, "demo.Server", SERVER, add.riid(),
        add.mid(), add.view().fixed(), add.view().arena()));
  }
}
