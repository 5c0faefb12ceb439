package org.kos.ksm.pal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kos.ksm.engine.Event;
import org.kos.ksm.engine.EventKind;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;
import org.kos.ksm.module.SecurityModule;
import org.kos.nk.NkMessage;

/**
 * Turns a step into the event the kernel would report: processes by variable or class, the
 * endpoint and method of the serving class that the selectors pick, and the message encoded by
 * the method's layout. Anything a step names that the module does not have is a {@link StepException}.
 */
final class StepEvents {
  private final SecurityModule module;

  StepEvents(SecurityModule module) {
    this.module = module;
  }

  Event of(PalStep step, Processes procs) throws StepException {
    switch (step.kind()) {
      case EXECUTE:
        return execute(step, procs);
      case SECURITY:
        return security(step, procs);
      default:
        return ipc(step, procs);
    }
  }

  /** src= defaults to the kernel; dst is the started process (§16 item 23). */
  private Event execute(PalStep step, Processes procs) throws StepException {
    if (step.message().size() > 0) {
      throw new StepException("an execute event carries no message");
    }
    String dst = step.selectors().get("dst");
    if (dst == null) {
      throw new StepException("an execute step needs dst=<class>");
    }
    String src = step.selectors().get("src");
    Process from = src == null ? procs.kernel() : procs.named(src);
    Process started = procs.started(dst);
    return new Event(EventKind.EXECUTE, from.cls(), from.sid(), started.cls(), started.sid(), null, null, Map.of(),
        null);
  }

  /** A request goes from src (the client) to dst (the server); a response or error the other way. */
  private Event ipc(PalStep step, Processes procs) throws StepException {
    Process src = procs.named(required(step, "src"));
    Process dst = procs.named(required(step, "dst"));
    boolean request = step.kind() == EventKind.REQUEST;
    ClassInfo server = request ? dst.cls() : src.cls();
    String methodName = required(step, "method");
    EndpointInfo endpoint = endpoint(server, step.selectors(), methodName);
    MethodInfo method = method(endpoint.iface(), methodName, "endpoint " + endpoint.path());
    Map<String, Field> params = request ? method.in() : step.kind() == EventKind.ERROR ? method.error() : method.out();
    int flags = step.kind() == EventKind.ERROR ? NkMessage.FLAG_ERROR : 0;
    return new Event(step.kind(), src.cls(), src.sid(), dst.cls(), dst.sid(), endpoint, method, params,
        message(step, procs, params, endpoint.riid(), method.mid(), flags));
  }

  /** A process calls its own security interface: no destination, the interface is the "endpoint". */
  private Event security(PalStep step, Processes procs) throws StepException {
    if (step.selectors().containsKey("dst")) {
      throw new StepException("security events have no destination; name the calling process with src=");
    }
    Process src = procs.named(required(step, "src"));
    String iface = src.cls().securityInterface();
    if (iface == null) {
      throw new StepException(src.cls().name() + " has no security interface (EDL 'security <Interface>')");
    }
    MethodInfo method = method(iface, required(step, "method"), "security interface " + iface);
    EndpointInfo endpoint = new EndpointInfo("", -1, iface, List.of());
    return new Event(EventKind.SECURITY, src.cls(), src.sid(), null, -1, endpoint, method, method.in(),
        message(step, procs, method.in(), 0xFFFF, method.mid(), 0));
  }

  private static PalMessage message(PalStep step, Processes procs, Map<String, Field> params, int riid, int mid,
      int flags) throws StepException {
    Map<String, Object> values = new MessageValues(procs::sidOf).record(step.message());
    return MessageEncoder.encode(params, values, riid, mid, flags);
  }

  private static String required(PalStep step, String selector) throws StepException {
    String v = step.selectors().get(selector);
    if (v == null) {
      throw new StepException("a " + step.kind().keyword() + " step needs " + selector + "=");
    }
    return v;
  }

  /** The one endpoint of the server that the selectors and the method name pick. */
  private EndpointInfo endpoint(ClassInfo server, Map<String, String> sel, String methodName) throws StepException {
    String path = sel.get("endpoint");
    String iface = sel.get("interface");
    String component = sel.get("component");
    List<EndpointInfo> candidates = new ArrayList<>();
    for (EndpointInfo e : server.endpoints()) {
      if ((path == null || e.path().equals(path)) && (iface == null || e.iface().equals(iface))
          && (component == null || e.components().contains(component))) {
        candidates.add(e);
      }
    }
    if (candidates.isEmpty()) {
      throw new StepException(server.name() + " has no endpoint" + (path != null ? " '" + path + "'" : "")
          + (iface != null ? " of interface " + iface : "") + (component != null ? " in component " + component : "")
          + " (endpoints: " + (server.endpoints().isEmpty() ? "none" : server.endpoints().stream()
              .map(e -> e.path() + " : " + e.iface()).collect(Collectors.joining(", "))) + ")");
    }
    List<EndpointInfo> withMethod = new ArrayList<>();
    for (EndpointInfo e : candidates) {
      List<MethodInfo> methods = module.methods(e.iface());
      if (methods != null && methods.stream().anyMatch(m -> m.name().equals(methodName))) {
        withMethod.add(e);
      }
    }
    if (withMethod.size() == 1) {
      return withMethod.get(0);
    }
    if (withMethod.isEmpty() && candidates.size() == 1) {
      return candidates.get(0); // method() names what the endpoint does have
    }
    throw new StepException(withMethod.isEmpty()
        ? "no endpoint of " + server.name() + " has a method '" + methodName + "'"
        : "method '" + methodName + "' is ambiguous: endpoints " + withMethod.stream().map(EndpointInfo::path)
            .collect(Collectors.joining(", ")) + " of " + server.name() + " have it; add endpoint=");
  }

  private MethodInfo method(String iface, String name, String where) throws StepException {
    List<MethodInfo> methods = module.methods(iface);
    if (methods == null) {
      throw new StepException("interface " + iface + " is unknown to the module");
    }
    for (MethodInfo m : methods) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new StepException(where + " (" + iface + ") has no method '" + name + "' (methods: "
        + methods.stream().map(MethodInfo::name).collect(Collectors.joining(", ")) + ")");
  }
}
