package org.kos.nkc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.SourceFile;

/** Inputs thousands of levels deep give one positioned diagnostic through the API, not a StackOverflowError. */
class NestingLimitTest {
  private static List<String> ids(String body) throws IOException {
    SourceFile file = new SourceFile("app/Deep.idl", "package app.Deep\n" + body);
    List<Diagnostic> d = NkCompiler.compile(new CompileRequest(List.of(CompileRequest.Input.of(file)), List.of(), false, false)).diagnostics();
    return d.stream().map(x -> x.id() + "@" + x.span().line()).toList();
  }

  @Test
  void parenthesesTwentyThousandDeepAreOneError() throws IOException {
    assertEquals(List.of("NK0110@2"), ids("const UInt32 X = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ";\n"));
  }

  @Test
  void aFiftyThousandTermSumIsOneError() throws IOException {
    assertEquals(List.of("NK0110@2"), ids("const UInt32 X = 1" + "+1".repeat(50_000) + ";\n"));
  }

  @Test
  void arrayTypesFiveThousandDeepAreOneError() throws IOException {
    assertEquals(List.of("NK0110@2"),
        ids("typedef " + "array<".repeat(5_000) + "UInt8" + ", 1>".repeat(5_000) + " A;\n"));
  }

  @Test
  void aTwentyThousandLongTypedefChainIsOneError() throws IOException {
    StringBuilder b = new StringBuilder("typedef UInt8 T0;\n");
    for (int i = 0; i < 20_000; i++) {
      b.append("typedef T").append(i).append(" T").append(i + 1).append(";\n");
    }
    b.append("interface { Get(out T20000 v); }\n");
    assertEquals(List.of("NK0407@257"), ids(b.toString()));
  }

  @Test
  void aTwentyThousandLongTypedefChainWrittenBackwardsIsOneError() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append("typedef T").append(i + 1).append(" T").append(i).append(";\n");
    }
    b.append("typedef UInt8 T20000;\n");
    assertEquals(1, ids(b.toString()).size());
  }
}
