package org.kos.ksm.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.Values;

/**
 * Flow (spec §8.9): per SID one finite-state machine of the object's configuration (no pool limit).
 * {@code enter} into the current state needs an explicit self-loop in {@code transitions} (§16 item
 * 18). A state text the configuration does not list is outside the {@code State} type: an evaluation
 * error. States are kept as indexes into the configuration, so the hot calls ({@code allow},
 * {@code query}) allocate nothing.
 */
final class Flow extends NamedObject {
  private final String[] states;
  private final Map<String, Integer> index = new HashMap<>();
  private final Integer initial;
  private final boolean[][] next;
  private final SidContexts<Integer> machines = new SidContexts<>();

  private Flow(String name, List<Object> states, String initial, Map<String, Object> transitions) {
    super(name);
    this.states = new String[states.size()];
    for (Object s : states) {
      String state = Config.text(s, "a state", name);
      if (index.putIfAbsent(state, index.size()) != null) {
        throw Config.bad(name, "state '" + state + "' is listed twice");
      }
      this.states[index.get(state)] = state;
    }
    this.initial = state(initial, "initial");
    this.next = new boolean[states.size()][states.size()];
    for (Map.Entry<String, Object> t : transitions.entrySet()) {
      int from = state(t.getKey(), "a transition's source");
      for (Object to : Config.list(t.getValue(), "transitions of '" + t.getKey() + "'", name)) {
        next[from][state(Config.text(to, "a target", name), "a transition's target")] = true;
      }
    }
  }

  static Flow create(String name, ValueType stateType, Object config) {
    Map<String, Object> c = Config.record(config, name);
    List<Object> states = Config.list(Config.field(c, "states", name), "states", name);
    for (Object s : states) {
      if (!stateType.holds(s)) {
        throw Config.bad(name, "state " + s + " is not a value of " + stateType);
      }
    }
    Object transitions = c.containsKey("transitions") ? c.get("transitions") : Map.of();
    return new Flow(name, states, Config.text(Config.field(c, "initial", name), "initial", name),
        Config.map(transitions, "transitions", name));
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "init": return this::init;
      case "fini": return machines::fini;
      case "enter": return this::enter;
      case "allow": return this::allow;
      case "query": return this::query;
      default: return unknown("Flow", method);
    }
  }

  @Override
  public boolean readsOnly(String method) {
    return method.equals("allow") || method.equals("query");
  }

  @Override
  public void forget(long sid) {
    machines.forget(sid);
  }

  private Decision init(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    if (sid == Args.OUT_OF_RANGE || machines.get(event, sid) != null) {
      return Decision.DENIED;
    }
    machines.put(event, sid, initial);
    return Decision.GRANTED;
  }

  private Decision enter(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    int to = known(Values.field(argument, "state"));
    Integer current = sid == Args.OUT_OF_RANGE ? null : machines.get(event, sid);
    if (current == null || !next[current][to]) {
      return Decision.DENIED;
    }
    machines.put(event, sid, to);
    return Decision.GRANTED;
  }

  private Decision allow(Object argument, EventState event) throws EvalException {
    int sid = Args.sid(argument, "sid");
    List<Object> allowed = Values.list(Values.field(argument, "states"), "states");
    Integer current = sid == Args.OUT_OF_RANGE ? null : machines.get(event, sid);
    int now = current == null ? -1 : current;
    boolean in = false;
    for (Object s : allowed) {
      in |= known(s) == now; // every element is checked: an unknown state is an error
    }
    return Decision.of(in);
  }

  private String query(Object argument, EventState event) throws EvalException {
    int sid = Args.requireSid(argument, "sid");
    Integer current = machines.get(event, sid);
    if (current == null) {
      throw new EvalException(name + ": sid " + sid + " is not bound");
    }
    return states[current];
  }

  private int known(Object state) throws EvalException {
    Integer i = state instanceof String s ? index.get(s) : null;
    if (i == null) {
      throw new EvalException(name + ": " + state + " is not a state of this flow");
    }
    return i;
  }

  private Integer state(String s, String what) {
    Integer i = index.get(s);
    if (i == null) {
      throw Config.bad(name, what + " '" + s + "' is not in states");
    }
    return i;
  }
}
