package org.kos.nkc.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kos.nkc.Compile.files;
import static org.kos.nkc.Compile.where;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileResult;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/** NK0408, NK0510, NK0604: what the wire format cannot carry is one positioned error, where it is written. */
class WireLimitsTest {
  private static CompileResult idl(String body) {
    return files("a/P.idl", "package a.P\n" + body);
  }

  @Test
  void nestedArrayParameterIsOneErrorAtTheParameterWithItsSizeAndTheLimit() {
    CompileResult r = idl("interface {\n  Put(in array<array<UInt64, 0xFFFFFFFF>, 0xFFFFFFFF> x);\n}\n");
    assertEquals(List.of("NK0408@a/P.idl:3:55"), where(r));
    assertEquals("parameter 'x' is array<array<UInt64, 4294967295>, 4294967295>, 2^63-1 bytes or more in the fixed"
        + " part of a message; a message's fixed part holds at most 2147483640 bytes", r.diagnostics().get(0).message());
  }

  @Test
  void typedefTooLargeIsReportedAtTheTypedefOnlyNotWhereItIsUsed() {
    CompileResult r = idl("typedef array<UInt8, 0xFFFFFFFF> Huge;\n"
        + "struct S { Huge h; }\n"
        + "interface {\n  A(in Huge h);\n  B(in array<Huge, 2> two, out sequence<S, 3> s);\n}\n");
    assertEquals(List.of("NK0408@a/P.idl:2:34"), where(r));
  }

  @Test
  void structOfFieldsThatFitAloneIsReportedAtTheFieldThatCrossesTheLimit() {
    CompileResult r = idl("struct S {\n  array<UInt8, 0x40000000> a;\n  array<UInt8, 0x40000000> b;\n}\n"
        + "interface { Put(in S s); }\n");
    assertEquals(List.of("NK0408@a/P.idl:4:28"), where(r));
    assertEquals("with field 'b' struct 'S' is 2147483648 bytes; a message's fixed part holds at most 2147483640 bytes",
        r.diagnostics().get(0).message());
  }

  @Test
  void unionWhoseTagPushesTheLargestAlternativeOverIsReportedAtThatAlternative() {
    CompileResult r = idl("union U {\n  UInt64 small;\n  array<UInt8, 2147483640> big;\n}\n");
    assertEquals(List.of("NK0408@a/P.idl:4:28"), where(r));
  }

  @Test
  void parametersThatFitAloneButNotTogetherAreReportedAtTheCrossingParameter() {
    CompileResult r = idl("interface {\n  Put(in array<UInt8, 1500000000> a,\n      in array<UInt8, 1500000000> b);\n}\n");
    assertEquals(List.of("NK0408@a/P.idl:4:35"), where(r));
    assertEquals("with 'b' the request of method 'Put' has a fixed part of 3000000024 bytes (header included);"
        + " a message's fixed part holds at most 2147483640 bytes", r.diagnostics().get(0).message());
  }

  @Test
  void theHeaderCountsTowardsTheFixedPart() {
    CompileResult r = idl("interface { Get(out array<UInt8, 2147483617> v); }\n");
    assertEquals(List.of("NK0408@a/P.idl:2:46"), where(r));
  }

  @Test
  void theLargestFixedPartIsAcceptedAndGeneratesJava() {
    CompileResult r = idl("interface { Get(out array<UInt8, 2147483616> v); }\n");
    assertEquals(List.of(), where(r));
    Model model = r.model().orElseThrow();
    Layout layout = Layout.of(model);
    assertEquals(2147483640L, layout.iface("a.P").method("Get").response().fixedSize());
    assertDoesNotThrow(() -> JavaGenerator.generate(model, layout, new JavaOptions(null)));
  }

  @Test
  void stringOfTheLargestBoundNeedsOneArenaByteTooManyForItsNul() {
    CompileResult r = idl("interface { Put(in string<0xFFFFFFFF> s); }\n");
    assertEquals(List.of("NK0408@a/P.idl:2:39"), where(r));
    assertEquals("parameter 's' is string<4294967295>, which needs up to 4294967296 bytes of arena; a message's"
        + " arena holds at most 4294967295 bytes (u32 arenaSize)", r.diagnostics().get(0).message());
  }

  @Test
  void bytesOfTheLargestBoundFillTheArenaExactly() {
    assertEquals(List.of(), where(idl("interface { Put(in bytes<0xFFFFFFFF> b); }\n")));
  }

  @Test
  void sequenceWhoseElementsOverflowTheArenaIsReportedAtItsParameter() {
    CompileResult r = idl("interface { Put(in sequence<UInt16, 0x80000000> s); }\n");
    assertEquals(List.of("NK0408@a/P.idl:2:49"), where(r));
  }

  @Test
  void arenasThatFitAloneButNotTogetherAreReportedAtTheCrossingParameter() {
    CompileResult r = idl("interface { Put(in bytes<0xFFFFFFFF> a, in bytes<1> b); }\n");
    assertEquals(List.of("NK0408@a/P.idl:2:53"), where(r));
  }

  @Test
  void structArenaIsTheSumOfItsFields() {
    CompileResult r = idl("struct S { bytes<0xFFFFFFFF> a; string<1> b; }\n");
    assertEquals(List.of("NK0408@a/P.idl:2:43"), where(r));
  }

  @Test
  void unionArenaIsItsLargestAlternative() {
    assertEquals(List.of(), where(idl("union U { bytes<0xFFFFFFFF> a; string<0xFFFFFFFE> b; }\n")));
  }

  @Test
  void interfaceWithMoreMethodsThanAU16MidHoldsIsOneErrorAtTheFirstMethodTooMany() {
    StringBuilder b = new StringBuilder("interface {\n");
    for (int i = 0; i <= 65536; i++) {
      b.append("  M").append(i).append("();\n");
    }
    CompileResult r = idl(b.append("}\n").toString());
    assertEquals(List.of("NK0510@a/P.idl:65539:3"), where(r));
  }

  @Test
  void interfaceWith65536MethodsIsAccepted() {
    StringBuilder b = new StringBuilder("interface {\n");
    for (int i = 0; i < 65536; i++) {
      b.append("  M").append(i).append("();\n");
    }
    assertEquals(List.of(), where(idl(b.append("}\n").toString())));
  }

  /** C0 serves one endpoint; Ck holds two instances of Ck-1: 2^k endpoints, never listed. */
  private static CompileResult doublingTree(int depth) {
    List<String> files = new ArrayList<>(List.of("a/P.idl", "package a.P\ninterface { Ping(); }\n",
        "a/C0.cdl", "component a.C0\nendpoints {\n  e : a.P\n}\n"));
    for (int k = 1; k <= depth; k++) {
      files.add("a/C" + k + ".cdl");
      files.add("component a.C" + k + "\ncomponents {\n  x : a.C" + (k - 1) + "\n  y : a.C" + (k - 1) + "\n}\n");
    }
    return files(files.toArray(String[]::new));
  }

  @Test
  void componentTreeWithMoreEndpointsThanAU16RiidHoldsIsOneErrorAtTheInstanceCrossingTheLimit() {
    CompileResult r = doublingTree(40);
    assertEquals(List.of("NK0604@a/C16.cdl:4:3"), where(r));
    assertEquals("with instance 'y' (32768 endpoints) 'a.C16' has more than 65535 endpoints in its tree, but a RIID"
        + " is a u16 and 0xFFFF is invalid; serve fewer endpoints per process", r.diagnostics().get(0).message());
  }

  @Test
  void componentTreeOf32768EndpointsIsAccepted() {
    assertEquals(List.of(), where(doublingTree(15)));
  }
}
