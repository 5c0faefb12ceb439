package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.PolicyAnalyzer;
import org.kos.audit.analysis.Positions;
import org.kos.audit.analysis.Verdict;
import org.kos.einit.solution.SolutionCheck;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.engine.Engine;
import org.kos.ksm.engine.Event;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;
import org.kos.ksm.module.SecurityModule;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ir.PolicyIr;
import org.kos.psl.model.Endpoint;
import org.kos.psl.model.Policy;
import org.kos.psl.model.ProcessClass;

/**
 * The static verdicts agree with the security module that enforces the policy: for every example
 * solution and the over-granted variant, the policy is compiled to its IR and loaded into ksm's
 * {@link Engine} as {@code kos solution build} ships it, and every event key between the policy's
 * classes — requests (every endpoint and method of every destination, the kernel's included),
 * responses, process starts, security methods — is decided both ways: a key the analysis says
 * {@code always} is granted by the engine for a message with every field at its default (zero,
 * empty), and a {@code never} key is denied. {@code conditional} keys depend on values or state, and
 * are counted, not checked.
 */
class AgreementWithEngineTest {
  record Case(String name, Policy policy, Path base) {}

  static Case solution(String name) throws Exception {
    Path dir = Golden.TESTDATA.resolve("solutions").resolve(name);
    SolutionCheck.Result r = SolutionCheck.check(dir);
    assertTrue(r.policy().isPresent(), () -> name + ": " + r.diagnostics());
    return new Case(name, r.policy().get(), r.spec().orElseThrow().dir());
  }

  static Case overgrant() throws Exception {
    Path dir = OvergrantTest.DIR;
    PslResult r = PslCompiler.check(new PslRequest(List.of(dir.resolve("security.psl")), List.of(dir.resolve("nk")),
        Map.of(), false));
    assertEquals(1, r.policies().size(), () -> r.diagnostics().toString());
    return new Case("overgrant", r.policies().get(0), dir);
  }

  @TestFactory
  Stream<DynamicTest> staticVerdictsAgreeWithTheEngine() {
    List<String> names = new ArrayList<>(SolutionReportGoldenTest.SOLUTIONS);
    names.add("overgrant");
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Case c = name.equals("overgrant") ? overgrant() : solution(name);
      agree(c);
    }));
  }

  private static void agree(Case c) throws Exception {
    byte[] ir = PolicyIr.render(c.policy(), c.base().toAbsolutePath().normalize()).getBytes(StandardCharsets.UTF_8);
    Engine engine = new Engine(SecurityModule.read(ir), Models::create);
    PolicyAnalyzer analyzer = new PolicyAnalyzer(c.policy(), new Positions(c.base()));
    int[] counts = new int[Verdict.values().length];
    List<String> disagreements = new ArrayList<>();
    List<ProcessClass> classes = List.copyOf(c.policy().classes().values());
    for (ProcessClass src : classes) {
      for (ProcessClass dst : classes) {
        for (EventKind kind : List.of(EventKind.REQUEST, EventKind.RESPONSE)) {
          ProcessClass server = kind == EventKind.REQUEST ? dst : src;
          ProcessClass client = kind == EventKind.REQUEST ? src : dst;
          if (PolicyAnalyzer.isKernel(client)) {
            continue;
          }
          for (Endpoint e : server.endpoints()) {
            for (String m : analyzer.methods(e.iface())) {
              check(engine, analyzer.decide(new PolicyAnalyzer.Key(kind, src, dst, e, m)), counts, disagreements);
            }
          }
        }
        check(engine, analyzer.decide(new PolicyAnalyzer.Key(EventKind.EXECUTE, src, dst, null, null)), counts,
            disagreements);
      }
      if (src.securityInterface() != null) {
        Endpoint e = new Endpoint("", src.securityInterface(), List.of());
        for (String m : analyzer.methods(src.securityInterface())) {
          check(engine, analyzer.decide(new PolicyAnalyzer.Key(EventKind.SECURITY, src, null, e, m)), counts,
              disagreements);
        }
      }
    }
    assertEquals(List.of(), disagreements, c.name() + ": the analysis and the engine disagree");
    assertTrue(counts[Verdict.ALWAYS.ordinal()] > 0 && counts[Verdict.NEVER.ordinal()] > 0,
        () -> c.name() + ": nothing to compare");
    System.out.printf("%s: %d always and %d never keys agree with the engine; %d conditional not checked%n", c.name(),
        counts[Verdict.ALWAYS.ordinal()], counts[Verdict.NEVER.ordinal()], counts[Verdict.CONDITIONAL.ordinal()]);
  }

  private static void check(Engine engine, Access a, int[] counts, List<String> disagreements) {
    counts[a.verdict().ordinal()]++;
    if (a.verdict() == Verdict.CONDITIONAL) {
      return;
    }
    org.kos.ksm.engine.Verdict v = engine.decide(event(engine, a));
    if (v.granted() != (a.verdict() == Verdict.ALWAYS)) {
      disagreements.add(a.kind().keyword() + " " + a.src() + " -> " + a.dst() + " " + a.endpoint() + " " + a.method()
          + ": the analysis says " + a.verdict().keyword() + ", the engine " + (v.granted() ? "grants" : "denies: "
          + v.reason()));
    }
  }

  /** The engine's event for a key, with a message whose every field is at its default. */
  private static Event event(Engine engine, Access a) {
    Map<String, ClassInfo> classes = engine.module().classes();
    ClassInfo src = classes.get(a.src());
    ClassInfo dst = a.dst() == null ? null : classes.get(a.dst());
    org.kos.ksm.engine.EventKind kind = org.kos.ksm.engine.EventKind.valueOf(a.kind().name());
    switch (a.kind()) {
      case EXECUTE -> {
        return new Event(kind, src, 2, dst, 3, null, null, Map.of(), null);
      }
      case SECURITY -> {
        MethodInfo m = method(engine, src.securityInterface(), a.method());
        return new Event(kind, src, 2, null, -1, new EndpointInfo("", -1, src.securityInterface(), List.of()), m,
            m.in(), zero(m.in()));
      }
      default -> {
        ClassInfo server = a.kind() == EventKind.REQUEST ? dst : src;
        EndpointInfo e = server.endpoints().stream().filter(x -> x.path().equals(a.endpoint())).findFirst()
            .orElseThrow(() -> new AssertionError(server.name() + " has no endpoint " + a.endpoint() + " in the IR"));
        MethodInfo m = method(engine, e.iface(), a.method());
        Map<String, Field> params = a.kind() == EventKind.REQUEST ? m.in() : m.out();
        return new Event(kind, src, 2, dst, 3, e, m, params, zero(params));
      }
    }
  }

  private static MethodInfo method(Engine engine, String iface, String name) {
    return engine.module().methods(iface).stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(iface + " has no method " + name + " in the IR"));
  }

  /** The message header and a fixed part of zeros (integers 0, empty strings and sequences, no handles). */
  private static MessageView zero(Map<String, Field> params) {
    int size = 24;
    for (Field f : params.values()) {
      size = (int) Math.max(size, f.offset() + f.size());
    }
    byte[] fixed = new byte[size];
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
}
