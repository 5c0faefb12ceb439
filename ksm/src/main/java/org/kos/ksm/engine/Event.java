package org.kos.ksm.engine;

import java.util.Map;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;

/**
 * One security event as the engine decides it: its kind, the classes and SIDs at both ends (src is
 * the sender: the client of a request, the server of a response), the endpoint and method (null for
 * execute), the message's parameters (their layout) and the message itself (null when there is none).
 */
public record Event(EventKind kind, ClassInfo src, long srcSid, ClassInfo dst, long dstSid, EndpointInfo endpoint,
    MethodInfo method, Map<String, Field> parameters, MessageView message) {
  /** "request demo.Client -> demo.Server calc.ops.Add", for refusals and audit. */
  public String describe() {
    return describe(kind, src, dst, endpoint, method);
  }

  static String describe(EventKind kind, ClassInfo src, ClassInfo dst, EndpointInfo endpoint, MethodInfo method) {
    StringBuilder b = new StringBuilder(kind.keyword()).append(' ')
        .append(src == null ? "?" : src.name()).append(" -> ").append(dst == null ? "?" : dst.name());
    if (endpoint != null && !endpoint.path().isEmpty()) {
      b.append(' ').append(endpoint.path());
      if (method != null) {
        b.append('.').append(method.name());
      }
    } else if (method != null && kind != EventKind.EXECUTE) {
      b.append(' ').append(method.name());
    }
    return b.toString();
  }
}
