package org.kos.ksm.engine;

import java.util.List;
import java.util.Map;
import org.kos.kernel.security.ExecuteEvent;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.MessageView;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.security.SecurityQuery;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;
import org.kos.nk.NkMessage;

/**
 * The kernel's security monitor for a loaded module: turns the kernel's events into the engine's
 * (classes by name, the endpoint by RIID in the serving class, the method by MID, the message's
 * layout by direction) and asks the engine. A message to an endpoint or method the serving class
 * does not have is invalid and denied before any rule runs (spec §7, step 0).
 */
public final class PolicyMonitor implements SecurityMonitor {
  private final Engine engine;
  private final Map<String, ClassInfo> classes;
  private final ThreadLocal<String> refusal = new ThreadLocal<>();

  public PolicyMonitor(Engine engine) {
    this.engine = engine;
    this.classes = engine.module().classes();
  }

  public Engine engine() {
    return engine;
  }

  @Override
  public boolean permits(IpcMessageEvent m) {
    boolean request = m.direction() == IpcMessageEvent.Direction.REQUEST;
    int flags = flags(m.message());
    // A status reply (the server's NK error code, no parameters) is an error event with an empty message.
    EventKind kind = request ? EventKind.REQUEST
        : (flags & (NkMessage.FLAG_ERROR | NkMessage.FLAG_STATUS)) != 0 ? EventKind.ERROR : EventKind.RESPONSE;
    ClassInfo src = classes.get(m.sourceClass());
    ClassInfo dst = classes.get(m.targetClass());
    ClassInfo server = request ? dst : src;
    EndpointInfo endpoint = null;
    MethodInfo method = null;
    Map<String, Field> params = Map.of();
    if (server != null) {
      endpoint = server.endpoint(m.riid());
      List<MethodInfo> methods = endpoint == null ? null : engine.module().methods(endpoint.iface());
      if (methods == null || m.mid() < 0 || m.mid() >= methods.size()) {
        return answer(engine.invalid(new Evaluation(new Event(kind, src, m.sourceSid(), dst, m.targetSid(), endpoint,
            null, Map.of(), m.message())), "invalid message: " + server.name() + " has no endpoint " + m.riid() + " with method "
            + m.mid()));
      }
      method = methods.get(m.mid());
      params = (flags & NkMessage.FLAG_STATUS) != 0 ? Map.of()
          : kind == EventKind.REQUEST ? method.in() : kind == EventKind.ERROR ? method.error() : method.out();
    }
    String invalid = MessageCheck.problem(params, m.message());
    Plan plan = engine.plan(kind, src, dst, endpoint, method);
    if (invalid == null && plan.constant() == org.kos.ksm.model.Decision.GRANTED) {
      return true; // granted whatever the message holds: no event to build
    }
    Evaluation e = new Evaluation(new Event(kind, src, m.sourceSid(), dst, m.targetSid(), endpoint, method, params,
        m.message()));
    if (invalid != null) {
      return answer(engine.invalid(e, "invalid message: " + invalid));
    }
    return answer(engine.decide(plan, e, false));
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
    List<MethodInfo> methods = engine.module().methods(src.securityInterface());
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

  private static int flags(MessageView v) {
    if (v == null || v.fixed().length < NkMessage.HEADER_SIZE) {
      return 0;
    }
    byte[] b = v.fixed();
    return (b[4] & 0xFF) | (b[5] & 0xFF) << 8;
  }

}
