package org.kos.ksm.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of one event's evaluation: each model object's draft (created on first use, so reads
 * within the event see the event's own earlier changes), committed together when the event is
 * granted. One event is evaluated by one thread; the engine serialises events that change state. The
 * engine's evaluation of an event is one (it extends this class), so that deciding an event does not
 * need an object more.
 */
public class EventState {
  // Created on the first change: most events (Base rules, message checks, reads) change nothing.
  private Map<Object, Draft> drafts;
  private List<Draft> order;

  /** The event's draft for {@code owner}, created by {@code create} on first use. */
  @SuppressWarnings("unchecked")
  public <D extends Draft> D draft(Object owner, Supplier<D> create) {
    if (drafts == null) {
      drafts = new IdentityHashMap<>(8);
      order = new ArrayList<>(2);
    }
    Draft d = drafts.get(owner);
    if (d == null) {
      d = create.get();
      drafts.put(owner, d);
      order.add(d);
    }
    return (D) d;
  }

  /**
   * The event's draft for {@code owner}, or null when the event has not changed it: a read that
   * finds none reads the committed state, so read-only calls create nothing.
   */
  @SuppressWarnings("unchecked")
  public <D extends Draft> D peek(Object owner) {
    return drafts == null ? null : (D) drafts.get(owner);
  }

  /** Whether the event has changed any object (a draft exists). */
  public boolean changed() {
    return order != null && !order.isEmpty();
  }

  /** Drops every draft, as a denied event's are: the event's evaluation is to be redone. */
  public void discard() {
    drafts = null;
    order = null;
  }

  /** Applies every draft, in the order the objects were first touched. */
  public void commit() {
    if (order != null) {
      order.forEach(Draft::commit);
    }
  }
}
