package org.kos.ksm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.ModelObject;
import org.kos.ksm.models.Regex;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.MethodInfo;
import org.kos.ksm.module.SecurityModule;

/**
 * Decides security events for one loaded module (spec psl.md §7): each event's {@link Plan} is
 * built once per key and cached; the rule calls are evaluated in order, all of them even after a
 * denial; the event is granted when at least one rule was called and all granted; an evaluation
 * error denies it; model state changes are committed only when it is granted. Events whose plans
 * may change model state are evaluated one at a time; those whose stateful calls only read it
 * (Flow's {@code allow}, Mic's {@code invoke}, ...) run concurrently on a consistent snapshot of the
 * committed state, as do the others (Base rules, message checks), which, when their plan is
 * constant, evaluate nothing at all.
 */
public final class Engine {
  /** Models without per-SID state: calls to their objects can run concurrently. */
  private static final Set<String> STATELESS = Set.of("Base", "Pred", "Bool", "Math", "Struct", "Regex");

  private final SecurityModule module;
  private final Map<String, ModelObject> objects = new LinkedHashMap<>();
  private final Planner planner;
  /** Plans by packed key (see {@link #key}); keys of classes past 16382 go to {@link #widePlans}. */
  private final LongTable<Plan> plans = new LongTable<>();
  private final Map<Planner.Key, Plan> widePlans = new ConcurrentHashMap<>();
  /**
   * Guards model state: events that may change it take it exclusively; events whose stateful calls
   * only read evaluate under an optimistic stamp (no write to shared memory), validated afterwards,
   * and retry under the read lock when a commit raced them.
   */
  private final StampedLock stateLock = new StampedLock();
  private final AuditPolicy audit;
  private volatile java.util.function.Consumer<AuditRecord> auditSink;

  public Engine(SecurityModule module, ObjectFactory factory) {
    this.module = module;
    Set<String> stateful = new HashSet<>();
    Nodes nodes = new Nodes(objects);
    for (JsonNode o : module.json().path("objects")) {
      String name = o.get("name").asText();
      String model = o.get("model").asText();
      Map<String, JsonNode> params = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = o.path("parameters").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        params.put(p.getKey(), p.getValue());
      }
      Object config;
      try {
        config = o.get("config").isNull() ? null : nodes.constant(o.get("config"));
      } catch (EvalException e) {
        throw new IllegalArgumentException("config of object " + name + ": " + e.getMessage(), e);
      }
      objects.put(name, factory.create(model, name, params, config));
      if (!STATELESS.contains(model)) {
        stateful.add(name);
      }
    }
    List<JsonNode> bindings = new ArrayList<>();
    module.json().path("bindings").forEach(bindings::add);
    this.audit = new AuditPolicy(module.json().path("audit"));
    nodes.audit(audit);
    this.planner = new Planner(bindings, nodes, stateful, audit);
  }

  public SecurityModule module() {
    return module;
  }

  /**
   * Where audit records go: the rule calls the policy's audit profiles select, and every event
   * denied without a rule deciding it (no rule, invalid message, evaluation error), which the
   * reference says are always audited. Null: nowhere.
   */
  public void auditTo(java.util.function.Consumer<AuditRecord> sink) {
    this.auditSink = sink;
  }

  /** Decides one event. */
  public Verdict decide(Event event) {
    return decide(plan(event.kind(), event.src(), event.dst(), event.endpoint(), event.method()), new Evaluation(event),
        false);
  }

  /** The plan of an event key, built on the key's first event. */
  Plan plan(EventKind kind, ClassInfo src, ClassInfo dst, EndpointInfo endpoint, MethodInfo method) {
    long key = key(kind, src, dst, endpoint, method);
    if (key < 0) {
      return widePlans.computeIfAbsent(new Planner.Key(kind, src, dst, endpoint, method), planner::plan);
    }
    Plan p = plans.get(key);
    if (p == null) {
      p = planner.plan(new Planner.Key(kind, src, dst, endpoint, method));
      Plan raced = plans.putIfAbsent(key, p);
      p = raced != null ? raced : p;
    }
    return p;
  }

  /**
   * Kind (3 bits), source and destination class ids + 1 (14 bits each), RIID + 1 and MID + 1 (16 bits
   * each) in one long; -1 when a class id does not fit.
   */
  private static long key(EventKind kind, ClassInfo s, ClassInfo d, EndpointInfo endpoint, MethodInfo method) {
    long src = s == null ? 0 : s.id() + 1L;
    long dst = d == null ? 0 : d.id() + 1L;
    if (src >= 1 << 14 || dst >= 1 << 14) {
      return -1;
    }
    long riid = endpoint == null ? 0 : (endpoint.riid() + 1L) & 0xFFFF;
    long mid = method == null ? 0 : (method.mid() + 1L) & 0xFFFF;
    return (long) kind.ordinal() << 60 | src << 46 | dst << 32 | riid << 16 | mid;
  }

  /**
   * Decides an event by its plan. {@code quiet}: the caller decides the event again, with all of it,
   * when this answers null (the kernel's fast path, which has no view of the message's handles):
   * then any denial, whatever its cause, and an evaluation that reads a handle's SID answer null, and
   * are neither audited nor committed; a grant is final (committed and audited).
   */
  Verdict decide(Plan plan, Evaluation e, boolean quiet) {
    if (plan.constant() == Decision.GRANTED) {
      return Verdict.GRANTED;
    }
    if (plan.constant() == Decision.DENIED) {
      return quiet ? null : always(e, new Verdict(Decision.DENIED, "no rule of the policy is about " + e.describe()));
    }
    try {
      run(plan.free(), e);
      if (!plan.stateful()) {
        return finish(e, quiet);
      }
      if (quiet && e.deniedAt != null) {
        return null; // denied already: the event will be decided again, no need to take the state lock now
      }
      if (plan.readsOnly()) {
        return readOnly(plan, e, quiet);
      }
      return exclusive(plan, e, quiet);
    } catch (EvalException x) {
      return quiet ? null
          : always(e, new Verdict(Decision.DENIED, "evaluation error at " + e.at + ": " + x.getMessage(), true));
    } catch (Evaluation.NeedsView x) {
      if (!quiet) {
        throw new IllegalStateException("an event with a message but no view of it", x);
      }
      return null;
    }
  }

  /** The stateful steps of a plan that may change state: one event at a time, committed under the lock. */
  private Verdict exclusive(Plan plan, Evaluation e, boolean quiet) throws EvalException {
    long stamp = stateLock.writeLock();
    try {
      run(plan.locked(), e);
      return finish(e, quiet);
    } finally {
      stateLock.unlockWrite(stamp);
    }
  }

  /**
   * The stateful steps of a plan whose calls only read state: first without any lock, valid when no
   * commit started since the stamp was taken (then every read saw the same committed state, as under
   * the lock); else again under the read lock. A call that changed state after all (a model that says
   * it only reads, wrongly) is redone under the write lock: the answer is always that of some moment.
   */
  private Verdict readOnly(Plan plan, Evaluation e, boolean quiet) throws EvalException {
    int called = e.called;
    String deniedAt = e.deniedAt;
    String at = e.at;
    int audited = e.auditedCount();
    int emitted = e.emittedCount();
    long stamp = stateLock.tryOptimisticRead();
    if (stamp != 0) {
      try {
        run(plan.locked(), e);
        if (stateLock.validate(stamp) && !e.changed()) {
          return finish(e, quiet);
        }
      } catch (EvalException | RuntimeException x) {
        if (stateLock.validate(stamp)) {
          throw x; // a real error (or a handle to look up): the state it read was consistent
        }
      }
      e.rewind(called, deniedAt, at, audited, emitted);
    }
    stamp = stateLock.readLock();
    try {
      run(plan.locked(), e);
      if (!e.changed()) {
        return finish(e, quiet);
      }
    } finally {
      stateLock.unlockRead(stamp);
    }
    e.rewind(called, deniedAt, at, audited, emitted);
    return exclusive(plan, e, quiet);
  }

  /** The decision once every step ran: commits a grant's changes (under the caller's lock) and audits. */
  private Verdict finish(Evaluation e, boolean quiet) {
    if (e.called == 0) {
      return quiet ? null
          : always(e, new Verdict(Decision.DENIED, "no rule of the policy was called for " + e.describe()));
    }
    Verdict v;
    if (e.deniedAt != null) {
      if (quiet) {
        return null;
      }
      v = new Verdict(Decision.DENIED, "denied by the rule at " + e.deniedAt);
    } else {
      v = Verdict.GRANTED;
      e.commit();
    }
    java.util.function.Consumer<AuditRecord> sink = auditSink;
    if (sink != null && (e.audited != null || e.emitted != null)) {
      java.time.Instant now = java.time.Instant.now();
      String event = e.describe();
      for (int i = 0; e.audited != null && i < e.audited.size(); i++) {
        Plan.Call c = e.audited.get(i);
        sink.accept(new AuditRecord(now, event, c.object() + "." + c.method() + "@" + c.at(), e.results.get(i),
            v.decision(), v.reason()));
      }
      for (int i = 0; e.emitted != null && i < e.emitted.size(); i++) {
        sink.accept(new AuditRecord(now, event, e.emitted.get(i), null, v.decision(), v.reason()));
      }
    }
    return v;
  }

  /** An event denied without a rule deciding it: audited whatever the profiles say (spec §10). */
  private Verdict always(Evaluation e, Verdict v) {
    java.util.function.Consumer<AuditRecord> sink = auditSink;
    if (sink != null) {
      sink.accept(new AuditRecord(java.time.Instant.now(), e.describe(), null, null, v.decision(), v.reason()));
    }
    return v;
  }

  /** An event denied by validation, before any rule: always audited; returns the verdict. */
  Verdict invalid(Evaluation e, String reason) {
    return always(e, new Verdict(Decision.DENIED, reason));
  }

  /**
   * Flow's omit: whether the FSM of the call's {@code sid} is, after the call, in a state the
   * profile omits. A call whose SID has no FSM (or no sid) is not omitted.
   */
  private boolean omitted(Plan.Call c, Evaluation e) {
    Set<String> states = c.omitted();
    if (states == null || !(c.rule() instanceof Nodes.CallNode call)) {
      return false;
    }
    try {
      Object arg = call.argument().eval(e);
      if (!(arg instanceof Map<?, ?> m) || !m.containsKey("sid")) {
        return false;
      }
      Object state = call.object().call("query", Map.of("sid", m.get("sid")), e);
      return states.contains(String.valueOf(state));
    } catch (EvalException x) {
      return false;
    }
  }

  private void run(Plan.Step[] steps, Evaluation e) throws EvalException {
    for (Plan.Step s : steps) {
      if (s instanceof Plan.Call c) {
        e.at = c.at();
        Object r = c.rule().eval(e);
        e.called++;
        boolean granted = r == Decision.GRANTED;
        if (!granted && e.deniedAt == null) {
          e.deniedAt = c.at();
        }
        if ((granted ? c.auditsGranted() : c.auditsDenied()) && !omitted(c, e)) {
          e.audited(c, granted ? Decision.GRANTED : Decision.DENIED);
        }
      } else {
        Plan.Choice c = (Plan.Choice) s;
        e.at = c.at();
        Object head = c.head().eval(e);
        Plan.Step[] chosen = c.otherwise();
        String text = String.valueOf(head);
        String[] labels = c.labels();
        for (int i = 0; i < labels.length; i++) {
          if (c.regex() ? Regex.matches(labels[i], text) : labels[i].equals(text)) {
            chosen = c.bodies()[i];
            break;
          }
        }
        if (chosen != null) {
          run(chosen, e);
        }
      }
    }
  }

  /** A process or resource is gone: every object drops its contexts for the SID. */
  public void forget(long sid) {
    long stamp = stateLock.writeLock();
    try {
      objects.values().forEach(o -> o.forget(sid));
    } finally {
      stateLock.unlockWrite(stamp);
    }
  }
}
