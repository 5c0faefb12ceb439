package org.kos.ksm.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;
import org.kos.ksm.module.SecurityModule;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ir.PolicyIr;

/** Test helpers: a policy text over the spec's demo classes compiled into an engine, and events for it. */
final class Policies {
  static final Path NK = Path.of("..", "testdata", "psl", "spec", "nk");

  private Policies() {}

  static Engine engine(Path dir, String policy) throws IOException {
    Path file = dir.resolve("security.psl");
    Files.writeString(file, policy);
    PslResult r = PslCompiler.check(new PslRequest(List.of(file), List.of(NK), Map.of(), false));
    if (r.hasErrors()) {
      throw new IllegalArgumentException(r.diagnostics().toString());
    }
    byte[] module = PolicyIr.render(r.policies().get(0), dir).getBytes(StandardCharsets.UTF_8);
    return new Engine(SecurityModule.read(module), Models::create);
  }

  static ClassInfo cls(Engine e, String name) {
    return e.module().classes().get(name);
  }

  static Event execute(Engine e, String starter, long starterSid, String started, long startedSid) {
    return new Event(EventKind.EXECUTE, cls(e, starter), starterSid, cls(e, started), startedSid, null, null, Map.of(),
        null);
  }

  /** A request from {@code client} to {@code server}'s {@code endpoint}.{@code method} with integer parameters. */
  static Event request(Engine e, String client, long clientSid, String server, long serverSid, String endpoint,
      String method, Map<String, Long> values) {
    ClassInfo s = cls(e, server);
    EndpointInfo ep = s.endpoints().stream().filter(x -> x.path().equals(endpoint)).findFirst().orElseThrow();
    MethodInfo m = e.module().methods(ep.iface()).stream().filter(x -> x.name().equals(method)).findFirst()
        .orElseThrow();
    return new Event(EventKind.REQUEST, cls(e, client), clientSid, s, serverSid, ep, m, m.in(),
        message(m.in(), values));
  }

  /** Header + fixed part with each named integer parameter little-endian at its offset. */
  static MessageView message(Map<String, Field> params, Map<String, Long> values) {
    int size = 24;
    for (Field f : params.values()) {
      size = (int) Math.max(size, f.offset() + f.size());
    }
    byte[] fixed = new byte[size];
    values.forEach((name, v) -> {
      Field f = params.get(name);
      for (int i = 0; i < f.size(); i++) {
        fixed[(int) f.offset() + i] = (byte) (v >>> (8 * i));
      }
    });
    return new MessageView() {
      @Override
      public byte[] fixed() {
        return fixed;
      }

      @Override
      public byte[] arena() {
        return new byte[0];
      }

      @Override
      public int handleSid(int offset) {
        return -1;
      }
    };
  }

  /** A message whose one string parameter holds {@code text} (its chunk at the arena's start). */
  static MessageView withText(Map<String, Field> params, String name, String text) {
    MessageView base = message(params, Map.of());
    byte[] fixed = base.fixed();
    byte[] bytes = (text + "\0").getBytes(StandardCharsets.UTF_8);
    int at = (int) params.get(name).offset();
    fixed[at + 4] = (byte) bytes.length;
    return new MessageView() {
      @Override
      public byte[] fixed() {
        return fixed;
      }

      @Override
      public byte[] arena() {
        return bytes;
      }

      @Override
      public int handleSid(int offset) {
        return -1;
      }
    };
  }
}
