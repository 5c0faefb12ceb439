package org.kos.ksm.models;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.kos.ksm.model.Draft;
import org.kos.ksm.model.EventState;

/**
 * The per-SID contexts of one stateful object. Committed contexts sit in an array indexed by SID
 * (grown on demand: SIDs are small and lookups are the hot path); an event's changes sit in its
 * draft, so its reads see its own writes, {@code commit} applies them, and a denied event's draft is
 * just dropped, which also gives back the pool tables its {@code init}s took (the pool is a count).
 * Contexts a draft may mutate are copied into it first ({@link #update}): a committed context is
 * never changed in place, only replaced, so the engine's lock-free readers (see
 * {@link org.kos.ksm.model.ModelObject#readsOnly}) never see one half-changed.
 */
final class SidContexts<C> {
  private Object[] committed = new Object[64];
  private int bound;

  /** The context bound to {@code sid} as the event sees it, or null. */
  C get(EventState event, int sid) {
    Changes<C> d = event.peek(this);
    if (d != null && d.changes.containsKey(sid)) {
      return d.changes.get(sid);
    }
    return committed(sid);
  }

  /** How many SIDs are bound, as the event sees it (the pool tables in use). */
  int size(EventState event) {
    Changes<C> d = event.peek(this);
    return bound + (d == null ? 0 : d.delta);
  }

  void put(EventState event, int sid, C context) {
    change(event, sid, context);
  }

  /**
   * The {@code init {sid}} rule of the pooled models: binds {@code fresh} to the SID; denied when the
   * SID is out of range or already bound, or when {@code poolSize} tables are in use.
   */
  org.kos.ksm.model.Decision init(Object argument, EventState event, int poolSize,
      java.util.function.Supplier<C> fresh) throws org.kos.ksm.model.EvalException {
    int sid = Args.sid(argument, "sid");
    if (sid == Args.OUT_OF_RANGE || get(event, sid) != null || size(event) >= poolSize) {
      return org.kos.ksm.model.Decision.DENIED;
    }
    put(event, sid, fresh.get());
    return org.kos.ksm.model.Decision.GRANTED;
  }

  /** The {@code fini {sid}} rule every pooled model has: unbinds the SID's context (denied when there is none). */
  org.kos.ksm.model.Decision fini(Object argument, EventState event) throws org.kos.ksm.model.EvalException {
    int sid = Args.sid(argument, "sid");
    if (sid == Args.OUT_OF_RANGE || get(event, sid) == null) {
      return org.kos.ksm.model.Decision.DENIED;
    }
    remove(event, sid);
    return org.kos.ksm.model.Decision.GRANTED;
  }

  void remove(EventState event, int sid) {
    change(event, sid, null);
  }

  /**
   * The event's own, mutable copy of {@code sid}'s context ({@code copy} makes it on the event's
   * first change), or null when the SID is not bound.
   */
  C update(EventState event, int sid, UnaryOperator<C> copy) {
    Changes<C> d = changes(event);
    if (d.changes.containsKey(sid)) {
      return d.changes.get(sid);
    }
    C c = committed(sid);
    if (c == null) {
      return null;
    }
    C mine = copy.apply(c);
    d.changes.put(sid, mine);
    return mine;
  }

  /** Drops {@code sid}'s context at once, outside any event (process exit, spec §16 item 19). */
  void forget(long sid) {
    int s = Args.inRange(sid);
    if (s != Args.OUT_OF_RANGE && committed(s) != null) {
      committed[s] = null;
      bound--;
    }
  }

  private void change(EventState event, int sid, C context) {
    Changes<C> d = changes(event);
    boolean was = get(event, sid) != null;
    d.changes.put(sid, context);
    d.delta += (context != null ? 1 : 0) - (was ? 1 : 0);
  }

  private Changes<C> changes(EventState event) {
    return event.draft(this, () -> new Changes<>(this));
  }

  @SuppressWarnings("unchecked")
  private C committed(int sid) {
    Object[] c = committed; // one read: the engine's lock-free readers may race a commit (and then retry)
    return sid < c.length ? (C) c[sid] : null;
  }

  private void apply(Map<Integer, C> changes) {
    changes.forEach((sid, c) -> {
      if (sid >= committed.length) {
        committed = Arrays.copyOf(committed, Math.max(sid + 1, Math.min(committed.length * 2, Models.MAX_SIDS)));
      }
      bound += (c != null ? 1 : 0) - (committed[sid] != null ? 1 : 0);
      committed[sid] = c;
    });
  }

  /** One event's changes: SID to new context, null meaning unbound. */
  private static final class Changes<C> implements Draft {
    private final SidContexts<C> owner;
    private final Map<Integer, C> changes = new HashMap<>();
    private int delta;

    Changes(SidContexts<C> owner) {
      this.owner = owner;
    }

    @Override
    public void commit() {
      owner.apply(changes);
    }
  }
}
