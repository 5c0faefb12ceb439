package org.kos.ksm.engine;

import java.util.List;
import java.util.Map;
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.IpcMessageEvent.Direction;
import org.kos.kernel.security.MessageView;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.security.SecurityQuery;
import org.kos.ksm.model.Decision;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;
import org.kos.ksm.module.SecurityModule;
import org.kos.nk.NkMessage;

/**
 * The kernel's security monitor for a loaded module: turns the kernel's events into the engine's
 * (classes by name, the endpoint by RIID in the serving class, the method by MID, the message's
 * layout by direction) and asks the engine. A message to an endpoint or method the serving class
 * does not have is invalid and denied before any rule runs (spec §7, step 0).
 *
 * <p>What is fixed for a (kind, classes, RIID, MID) key, the endpoint, method, layout and plan, is
 * looked up once per key ({@link Route}). The kernel asks first without building its event
 * ({@link #permitsWithoutEvent}): a message whose plan grants whatever it holds is then answered
 * with no allocation, and one that needs evaluating is evaluated from the message's bytes; only a
 * refusal (or a policy that reads the SID behind a handle) has the kernel build the event and ask
 * {@link #permits}, which decides it again, with the reason and its audit.
 */
public final class PolicyMonitor implements SecurityMonitor {
  private static final Field[] NO_FIELDS = new Field[0];

  private final Engine engine;
  private final SecurityModule module;
  private final Map<String, ClassInfo> classes;
  private final LongTable<Route> routes = new LongTable<>();
  /**
   * Classes by the kernel's strings, compared by identity: every message of a process names its
   * class with the same String, so after its first message no text is compared. Pairs of name and
   * class in an open-addressing array, copied on the rare insert; at most {@link #CLASS_CACHE} names.
   */
  private volatile Object[] classCache = new Object[2 * 64];
  private static final int CLASS_CACHE = 32;
  private final ThreadLocal<String> refusal = new ThreadLocal<>();

  /**
   * What every message of one key shares: the endpoint and method the serving class has under its
   * RIID and MID (null when the serving class is not in the policy), the parameters of the event's
   * message, and the plan.
   */
  private record Route(EndpointInfo endpoint, MethodInfo method, Map<String, Field> params, Field[] fields,
      Plan plan) {}

  public PolicyMonitor(Engine engine) {
    this.engine = engine;
    this.module = engine.module();
    this.classes = module.classes();
  }

  public Engine engine() {
    return engine;
  }

  @Override
  public boolean permits(IpcMessageEvent m) {
    MessageView v = m.message();
    return answer(decide(m.direction(), m.sourceClass(), m.sourceSid(), m.targetClass(), m.targetSid(), m.riid(),
        m.mid(), v == null ? null : v.fixed(), v == null ? null : v.arena(), v, false));
  }

  @Override
  public boolean permitsWithoutEvent(Direction direction, String sourceClass, int sourceSid, String targetClass,
      int targetSid, int riid, int mid, byte[] fixed, byte[] arena) {
    return decide(direction, sourceClass, sourceSid, targetClass, targetSid, riid, mid, fixed, arena, null, true)
        != null;
  }

  /**
   * Decides a message. {@code view}: the kernel's, for the SIDs behind handles, or null ({@code quiet}
   * only). {@code quiet}: null for anything but a grant, nothing audited or committed then (see
   * {@link Engine#decide(Plan, Evaluation, boolean)}).
   */
  private Verdict decide(Direction direction, String sourceClass, int sourceSid, String targetClass, int targetSid,
      int riid, int mid, byte[] fixed, byte[] arena, MessageView view, boolean quiet) {
    boolean request = direction == Direction.REQUEST;
    int flags = flags(fixed);
    // A status reply (the server's NK error code, no parameters) is an error event with an empty message.
    EventKind kind = request ? EventKind.REQUEST
        : (flags & (NkMessage.FLAG_ERROR | NkMessage.FLAG_STATUS)) != 0 ? EventKind.ERROR : EventKind.RESPONSE;
    ClassInfo src = classOf(sourceClass);
    ClassInfo dst = classOf(targetClass);
    ClassInfo server = request ? dst : src;
    Route r = route(kind, src, dst, server, riid, mid);
    if (r == null) {
      return quiet ? null : engine.invalid(new Evaluation(kind, src, sourceSid, dst, targetSid, server.endpoint(riid),
          null, Map.of(), fixed, arena, view), "invalid message: " + server.name() + " has no endpoint " + riid
          + " with method " + mid);
    }
    boolean status = (flags & NkMessage.FLAG_STATUS) != 0;
    Map<String, Field> params = status ? Map.of() : r.params();
    String invalid = MessageCheck.problem(status ? NO_FIELDS : r.fields(), fixed, arena);
    if (invalid == null && r.plan().constant() == Decision.GRANTED) {
      return Verdict.GRANTED; // granted whatever the message holds: no event to build
    }
    if (invalid != null && quiet) {
      return null;
    }
    Evaluation e = new Evaluation(kind, src, sourceSid, dst, targetSid, r.endpoint(), r.method(), params, fixed, arena,
        view);
    return invalid != null ? engine.invalid(e, "invalid message: " + invalid) : engine.decide(r.plan(), e, quiet);
  }

  /** The class named {@code name}, or null. */
  private ClassInfo classOf(String name) {
    if (name == null) {
      return null;
    }
    Object[] cache = classCache;
    int mask = cache.length / 2 - 1;
    for (int i = System.identityHashCode(name) & mask; ; i = (i + 1) & mask) {
      Object k = cache[2 * i];
      if (k == name) {
        return (ClassInfo) cache[2 * i + 1];
      }
      if (k == null) {
        break;
      }
    }
    ClassInfo c = classes.get(name);
    if (c != null) {
      remember(name, c);
    }
    return c;
  }

  private synchronized void remember(String name, ClassInfo c) {
    Object[] old = classCache;
    int size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] == name) {
        return;
      }
      size += old[i] == null ? 0 : 1;
    }
    if (size >= CLASS_CACHE) {
      return; // many strings for few classes: the map answers the others
    }
    Object[] cache = old.clone();
    int mask = cache.length / 2 - 1;
    int i = System.identityHashCode(name) & mask;
    while (cache[2 * i] != null) {
      i = (i + 1) & mask;
    }
    cache[2 * i + 1] = c;
    cache[2 * i] = name;
    classCache = cache;
  }

  /** The route of a message, found once per key; null when the serving class has no such endpoint and method. */
  private Route route(EventKind kind, ClassInfo src, ClassInfo dst, ClassInfo server, int riid, int mid) {
    long key = server == null ? key(kind, src, dst, -1, -1) : key(kind, src, dst, riid, mid);
    Route r = key < 0 ? null : routes.get(key);
    if (r == null) {
      r = resolve(kind, src, dst, server, riid, mid);
      if (r != null && key >= 0) {
        r = routes.putIfAbsent(key, r);
      }
    }
    return r;
  }

  private Route resolve(EventKind kind, ClassInfo src, ClassInfo dst, ClassInfo server, int riid, int mid) {
    if (server == null) { // a class the policy does not know: no layout, only what selectors can match
      return new Route(null, null, Map.of(), NO_FIELDS, engine.plan(kind, src, dst, null, null));
    }
    EndpointInfo endpoint = server.endpoint(riid);
    List<MethodInfo> methods = endpoint == null ? null : module.methods(endpoint.iface());
    if (methods == null || mid < 0 || mid >= methods.size()) {
      return null; // not cached: the keys of routes stay those of the module's methods
    }
    MethodInfo method = methods.get(mid);
    Map<String, Field> params = kind == EventKind.REQUEST ? method.in()
        : kind == EventKind.ERROR ? method.error() : method.out();
    return new Route(endpoint, method, params, params.values().toArray(NO_FIELDS),
        engine.plan(kind, src, dst, endpoint, method));
  }

  /**
   * Kind (3 bits), source and destination class ids + 1 (14 bits each), RIID + 1 and MID + 1 (16 bits
   * each, 0 for none) in one long; -1 when something does not fit (then nothing is cached).
   */
  private static long key(EventKind kind, ClassInfo s, ClassInfo d, int riid, int mid) {
    long src = s == null ? 0 : s.id() + 1L;
    long dst = d == null ? 0 : d.id() + 1L;
    if (src >= 1 << 14 || dst >= 1 << 14 || riid < -1 || riid >= 0xFFFF || mid < -1 || mid >= 0xFFFF) {
      return -1;
    }
    return (long) kind.ordinal() << 60 | src << 46 | dst << 32 | (riid + 1L) << 16 | (mid + 1L);
  }

  @Override
  public boolean permitsExecute(ExecuteEvent e) {
    return answer(engine.decide(new Event(EventKind.EXECUTE, classes.get(e.starterClass()), e.starterSid(),
        classes.get(e.startedClass()), e.startedSid(), null, null, Map.of(), null)));
  }

  @Override
  public boolean permitsSecurity(SecurityQuery q) {
    ClassInfo src = classes.get(q.sourceClass());
    if (src == null || src.securityInterface() == null) {
      return refuse(q.source() + " has no security interface in the policy's classes");
    }
    List<MethodInfo> methods = module.methods(src.securityInterface());
    if (methods == null || q.mid() < 0 || q.mid() >= methods.size()) {
      return refuse("invalid query: " + src.securityInterface() + " has no method " + q.mid());
    }
    MethodInfo method = methods.get(q.mid());
    EndpointInfo endpoint = new EndpointInfo("", -1, src.securityInterface(), List.of());
    return answer(engine.decide(new Event(EventKind.SECURITY, src, q.sourceSid(), null, 0, endpoint, method,
        method.in(), q.message())));
  }

  private boolean answer(Verdict v) {
    if (v.granted()) {
      return true;
    }
    return refuse(v.reason());
  }

  private boolean refuse(String why) {
    refusal.set(why);
    return false;
  }

  @Override
  public String lastRefusal() {
    return refusal.get();
  }

  @Override
  public void ended(int sid) {
    engine.forget(sid);
  }

  @Override
  public boolean permitsEverything() {
    return false;
  }

  private static int flags(byte[] fixed) {
    if (fixed == null || fixed.length < NkMessage.HEADER_SIZE) {
      return 0;
    }
    return (fixed[4] & 0xFF) | (fixed[5] & 0xFF) << 8;
  }
}
