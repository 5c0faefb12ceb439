package org.kos.nkc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.Compile;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.source.MemoryRoot;

/** NK0504 by SDK generation: an {@code in} after {@code out} parameters was accepted up to SDK 1.1. */
class ParameterOrderBySdkTest {
  private static final String IN_AFTER_OUT = "package a.P\ninterface {\n    Ping(out UInt32 result, in UInt32 value);\n}\n";
  private static final String IN_AFTER_ERROR = "package a.P\ninterface {\n    Ping(error UInt32 e, in UInt32 value);\n}\n";

  private static List<String> check(String text, SdkVersion sdk) throws IOException {
    CompileRequest request = new CompileRequest(List.of(CompileRequest.Input.of(new SourceFile("a/P.idl", text))),
        List.of(new MemoryRoot("mem", java.util.Map.of("a/P.idl", text))), true, false, sdk);
    CompileResult r = NkCompiler.compile(request);
    return Compile.where(r);
  }

  @Test
  void sdk11AcceptsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(List.of(), check(IN_AFTER_OUT, SdkVersion.V1_1));
  }

  @Test
  void sdk10AcceptsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(List.of(), check(IN_AFTER_OUT, SdkVersion.V1_0));
  }

  @Test
  void sdk12RejectsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(List.of("NK0504@a/P.idl:3:39"), check(IN_AFTER_OUT, SdkVersion.V1_2));
  }

  @Test
  void theDefaultRejectsAnInParameterAfterOutParameters() throws IOException {
    assertEquals(List.of("NK0504@a/P.idl:3:39"), Compile.where(Compile.files("a/P.idl", IN_AFTER_OUT)));
  }

  @Test
  void sdk11StillRejectsAnInParameterAfterErrorParameters() throws IOException {
    assertEquals(List.of("NK0504@a/P.idl:3:36"), check(IN_AFTER_ERROR, SdkVersion.V1_1));
  }
}
