package org.kos.ksm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events whose stateful rules only read are decided without the engine's lock, concurrently with
 * events that change state: they must still see the state as of one moment (never half of a commit),
 * and a denied writer's changes must never be seen.
 */
class ConcurrentDecisionsTest {
  /**
   * Two machines, {@code left} and {@code right}, always moved together: by Start to "a", by Stop to
   * "b". A Sub request moves {@code left} alone, and is then denied (so nothing may be committed). An
   * Add request reads both and is granted only when they are in the same state.
   */
  private static final String POLICY = """
      use nk.basic._
      use nk.flow._
      use EDL Einit
      use EDL demo.Client
      use EDL demo.Server
      policy object left : Flow {
          type State = "a" | "b"
          config = { states : ["a", "b"], initial : "a", transitions : { "a" : ["a", "b"], "b" : ["a", "b"] } }
      }
      policy object right : Flow {
          type State = "a" | "b"
          config = { states : ["a", "b"], initial : "a", transitions : { "a" : ["a", "b"], "b" : ["a", "b"] } }
      }
      execute src=Einit, dst=demo.Server { left.init {sid : dst_sid}  right.init {sid : dst_sid} }
      request dst=demo.Server, method=Start { left.enter {sid : dst_sid, state : "a"}  right.enter {sid : dst_sid, state : "a"} }
      request dst=demo.Server, method=Stop { left.enter {sid : dst_sid, state : "b"}  right.enter {sid : dst_sid, state : "b"} }
      request dst=demo.Server, method=Sub {
          left.enter {sid : dst_sid, state : "b"}
          assert (message.a == 0)
      }
      request dst=demo.Server, method=Add {
          choice (left.query {sid : dst_sid}) {
              "a" : { right.allow {sid : dst_sid, states : ["a"]} }
              "b" : { right.allow {sid : dst_sid, states : ["b"]} }
          }
      }
      """;

  @TempDir Path dir;

  private static Event control(Engine e, String method) {
    return Policies.request(e, "demo.Client", 3, "demo.Server", 4, "ctl.control", method, Map.of());
  }

  private static Event sub(Engine e, long a) {
    return Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Sub", Map.of("a", a, "b", 0L));
  }

  private static Event add(Engine e) {
    return Policies.request(e, "demo.Client", 3, "demo.Server", 4, "calc.ops", "Add", Map.of("a", 0L, "b", 0L, "mode",
        1L));
  }

  @Test
  void readersSeeEveryCommitWholeOrNotAtAll() throws Exception {
    Engine e = Policies.engine(dir, POLICY);
    assertTrue(e.decide(Policies.execute(e, "Einit", 2, "demo.Server", 4)).granted());
    assertTrue(e.decide(add(e)).granted());
    assertFalse(e.decide(sub(e, 1)).granted(), "denied: its change to left is dropped");
    assertTrue(e.decide(add(e)).granted());
    assertTrue(e.decide(control(e, "Stop")).granted());
    assertTrue(e.decide(add(e)).granted());
    assertTrue(e.decide(sub(e, 0)).granted());

    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong reads = new AtomicLong();
    AtomicLong torn = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    Event toA = control(e, "Start");
    Event toB = control(e, "Stop");
    Event denied = sub(e, 1);
    Event read = add(e);
    threads.add(new Thread(() -> {
      for (long i = 0; !stop.get(); i++) {
        e.decide(i % 2 == 0 ? toA : toB);
        e.decide(denied);
      }
    }));
    for (int t = 0; t < 3; t++) {
      threads.add(new Thread(() -> {
        while (!stop.get()) {
          if (!e.decide(read).granted()) {
            torn.incrementAndGet();
          }
          reads.incrementAndGet();
        }
      }));
    }
    threads.forEach(Thread::start);
    Thread.sleep(300);
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(reads.get() > 0);
    assertEquals(0, torn.get(), "reads that saw the machines in different states, of " + reads.get());
  }
}
