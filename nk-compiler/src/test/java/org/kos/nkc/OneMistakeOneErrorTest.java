package org.kos.nkc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kos.nkc.Compile.files;
import static org.kos.nkc.Compile.where;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Common mistakes give exactly one error, at the mistake, and none in the files that use it. */
class OneMistakeOneErrorTest {
  private static final String COMPONENT = "component a.C\nendpoints { p : a.P }\n";

  @Test
  void interfaceMissingItsClosingBraceIsOneErrorAndUsersOfItAreFine() {
    CompileResult r = files(
        "a/P.idl", "package a.P\ninterface {\n    M(in UInt8 x);\n",
        "a/C.cdl", COMPONENT);
    assertEquals(List.of("NK0104@a/P.idl:3:19"), where(r));
  }

  @Test
  void structMissingItsClosingBraceIsOneErrorAndUsesOfItAreFine() {
    CompileResult r = files("a/P.idl", "package a.P\ninterface { M(in S s); }\nstruct S { UInt8 x;\n");
    assertEquals(List.of("NK0104@a/P.idl:3:20"), where(r));
  }

  @Test
  void packageDeclaredInAFileOfAnotherNameIsOneErrorEvenWhenOthersUseTheFileName() {
    CompileResult r = files(
        "a/P.idl", "package a.Q\ninterface { M(in UInt8 x); }\n",
        "a/C.cdl", COMPONENT);
    assertEquals(List.of("NK0206@a/P.idl:1:9"), where(r));
  }
}
