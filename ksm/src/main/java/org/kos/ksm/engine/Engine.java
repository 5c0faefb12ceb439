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
  private final PlanTable plans = new PlanTable();
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
    return decide(plan(event), event);
  }

  /**
   * The decision when it does not depend on the event's values (a plan of {@code grant ()} calls
   * only), else null: the monitor then answers a message without building the engine's event.
   */
  Verdict constant(EventKind kind, org.kos.ksm.module.ClassInfo src, org.kos.ksm.module.ClassInfo dst,
      org.kos.ksm.module.EndpointInfo endpoint, org.kos.ksm.module.MethodInfo method) {
    long key = key(kind, src, dst, endpoint, method);
    Plan p = key < 0 ? null : plans.get(key);
    return p != null && p.constant() == Decision.GRANTED ? Verdict.GRANTED : null;
  }

  private Verdict decide(Plan plan, Event event) {
    if (plan.constant() == Decision.GRANTED) {
      return Verdict.GRANTED;
    }
    if (plan.constant() == Decision.DENIED) {
      return always(event, new Verdict(Decision.DENIED, "no rule of the policy is about " + event.describe()));
    }
    return evaluate(plan, event);
  }

  private Plan plan(Event event) {
    long key = key(event);
    if (key < 0) {
      return widePlans.computeIfAbsent(new Planner.Key(event.kind(), event.src(), event.dst(), event.endpoint(),
          event.method()), planner::plan);
    }
    Plan p = plans.get(key);
    if (p == null) {
      p = planner.plan(new Planner.Key(event.kind(), event.src(), event.dst(), event.endpoint(), event.method()));
      Plan raced = plans.putIfAbsent(key, p);
      p = raced != null ? raced : p;
    }
    return p;
  }

  /**
   * Kind (3 bits), source and destination class ids + 1 (14 bits each), RIID + 1 and MID + 1 (16 bits
   * each) in one long; -1 when a class id does not fit.
   */
  private static long key(Event e) {
    return key(e.kind(), e.src(), e.dst(), e.endpoint(), e.method());
  }

  private static long key(EventKind kind, org.kos.ksm.module.ClassInfo s, org.kos.ksm.module.ClassInfo d,
      org.kos.ksm.module.EndpointInfo endpoint, org.kos.ksm.module.MethodInfo method) {
    long src = s == null ? 0 : s.id() + 1L;
    long dst = d == null ? 0 : d.id() + 1L;
    if (src >= 1 << 14 || dst >= 1 << 14) {
      return -1;
    }
    long riid = endpoint == null ? 0 : (endpoint.riid() + 1L) & 0xFFFF;
    long mid = method == null ? 0 : (method.mid() + 1L) & 0xFFFF;
    return (long) kind.ordinal() << 60 | src << 46 | dst << 32 | riid << 16 | mid;
  }

  private Verdict evaluate(Plan plan, Event event) {
    Evaluation e = new Evaluation(event);
    Outcome o = new Outcome();
    try {
      run(plan.free(), e, o);
      if (!plan.stateful()) {
        return finish(event, e, o);
      }
      if (plan.readsOnly()) {
        return readOnly(plan, event, e, o);
      }
      return exclusive(plan, event, e, o);
    } catch (EvalException x) {
      return always(event, new Verdict(Decision.DENIED, "evaluation error at " + o.at + ": " + x.getMessage(), true));
    }
  }

  /** The stateful steps of a plan that may change state: one event at a time, committed under the lock. */
  private Verdict exclusive(Plan plan, Event event, Evaluation e, Outcome o) throws EvalException {
    long stamp = stateLock.writeLock();
    try {
      run(plan.locked(), e, o);
      return finish(event, e, o);
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
  private Verdict readOnly(Plan plan, Event event, Evaluation e, Outcome o) throws EvalException {
    int called = o.called;
    String deniedAt = o.deniedAt;
    String at = o.at;
    int audits = o.auditedCount();
    int emitted = e.emitted == null ? 0 : e.emitted.size();
    long stamp = stateLock.tryOptimisticRead();
    if (stamp != 0) {
      try {
        run(plan.locked(), e, o);
        if (stateLock.validate(stamp) && !e.state.changed()) {
          return finish(event, e, o);
        }
      } catch (EvalException | RuntimeException x) {
        if (stateLock.validate(stamp)) {
          throw x; // a real error: the state it read was consistent
        }
      }
      o.reset(called, deniedAt, at, audits);
      e.rewind(emitted);
    }
    stamp = stateLock.readLock();
    try {
      run(plan.locked(), e, o);
      if (!e.state.changed()) {
        return finish(event, e, o);
      }
    } finally {
      stateLock.unlockRead(stamp);
    }
    o.reset(called, deniedAt, at, audits);
    e.rewind(emitted);
    return exclusive(plan, event, e, o);
  }

  private Verdict finish(Event event, Evaluation e, Outcome o) {
    if (o.called == 0) {
      return always(event, new Verdict(Decision.DENIED, "no rule of the policy was called for " + event.describe()));
    }
    Verdict v = o.deniedAt != null ? new Verdict(Decision.DENIED, "denied by the rule at " + o.deniedAt)
        : Verdict.GRANTED;
    if (v.granted()) {
      e.state.commit();
    }
    java.util.function.Consumer<AuditRecord> sink = auditSink;
    if (sink != null && (o.audited != null || e.emitted != null)) {
      java.time.Instant now = java.time.Instant.now();
      for (int i = 0; o.audited != null && i < o.audited.size(); i++) {
        Plan.Call c = o.audited.get(i);
        sink.accept(new AuditRecord(now, event.describe(), c.object() + "." + c.method() + "@" + c.at(),
            o.results.get(i), v.decision(), v.reason()));
      }
      for (int i = 0; e.emitted != null && i < e.emitted.size(); i++) {
        sink.accept(new AuditRecord(now, event.describe(), e.emitted.get(i), null, v.decision(), v.reason()));
      }
    }
    return v;
  }

  /** An event denied without a rule deciding it: audited whatever the profiles say (spec §10). */
  private Verdict always(Event event, Verdict v) {
    java.util.function.Consumer<AuditRecord> sink = auditSink;
    if (sink != null) {
      sink.accept(new AuditRecord(java.time.Instant.now(), event.describe(), null, null, v.decision(), v.reason()));
    }
    return v;
  }

  /** Whether a validation failure (before any rule) is to be audited: always; returns the verdict. */
  Verdict invalid(Event event, String reason) {
    return always(event, new Verdict(Decision.DENIED, reason));
  }

  /**
   * Flow's omit: whether the FSM of the call's {@code sid} is, after the call, in a state the
   * profile omits. A call whose SID has no FSM (or no sid) is not omitted.
   */
  private boolean omitted(Plan.Call c, Evaluation e) {
    Set<String> states = audit.omitted(c);
    if (states == null || !(c.rule() instanceof Nodes.CallNode call)) {
      return false;
    }
    try {
      Object arg = call.argument().eval(e);
      if (!(arg instanceof Map<?, ?> m) || !m.containsKey("sid")) {
        return false;
      }
      Object state = call.object().call("query", Map.of("sid", m.get("sid")), e.state);
      return states.contains(String.valueOf(state));
    } catch (EvalException x) {
      return false;
    }
  }

  /** Rules called, the first denying one, and where evaluation is (for error messages). */
  private static final class Outcome {
    int called;
    String deniedAt;
    String at = "?";
    List<Plan.Call> audited;
    List<Decision> results;

    int auditedCount() {
      return audited == null ? 0 : audited.size();
    }

    /** Back to what it was with {@code called} rules called, the first denial {@code deniedAt}, {@code audits} audited. */
    void reset(int called, String deniedAt, String at, int audits) {
      this.called = called;
      this.deniedAt = deniedAt;
      this.at = at;
      if (audited != null) {
        audited.subList(audits, audited.size()).clear();
        results.subList(audits, results.size()).clear();
      }
    }
  }

  private void run(List<Plan.Step> steps, Evaluation e, Outcome o) throws EvalException {
    for (Plan.Step s : steps) {
      if (s instanceof Plan.Call c) {
        o.at = c.at();
        Object r = c.rule().eval(e);
        o.called++;
        Decision d = r == Decision.GRANTED ? Decision.GRANTED : Decision.DENIED;
        if (d == Decision.DENIED && o.deniedAt == null) {
          o.deniedAt = c.at();
        }
        if (audit.audits(c, d) && !omitted(c, e)) {
          if (o.audited == null) {
            o.audited = new ArrayList<>();
            o.results = new ArrayList<>();
          }
          o.audited.add(c);
          o.results.add(d);
        }
      } else {
        Plan.Choice c = (Plan.Choice) s;
        o.at = c.at();
        Object head = c.head().eval(e);
        List<Plan.Step> chosen = c.otherwise();
        String text = String.valueOf(head);
        for (int i = 0; i < c.labels().size(); i++) {
          String label = c.labels().get(i);
          if (c.regex() ? Regex.matches(label, text) : label.equals(text)) {
            chosen = c.bodies().get(i);
            break;
          }
        }
        if (chosen != null) {
          run(chosen, e, o);
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
