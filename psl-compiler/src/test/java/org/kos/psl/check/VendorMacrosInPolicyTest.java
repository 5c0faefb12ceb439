package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** Policies as the vendor's CMake projects write them: macros with a plain build's values, SDK program classes. */
class VendorMacrosInPolicyTest {
  private static final String USES_RAMFS = """
      execute: kl.core.Execute
      use nk.base._
      use EDL Einit
      @INIT_EXTERNAL_ENTITIES@
      execute src=Einit, dst=kl.VfsRamFs { grant () }
      execute src=Einit, dst=kl.EntropyEntity { grant () }
      request src=kl.VfsRamFs, dst=kl.EntropyEntity, endpoint=entropy.entropy, method=GetEntropy { grant () }
      """;

  @TempDir Path dir;

  @Test
  void externalEntitiesDeclareTheSdkProgramsThePolicyNames() throws IOException {
    PslResult r = Psl.checkText(dir, "security.psl.in", USES_RAMFS, Map.of());
    assertEquals(List.of(), Psl.ids(r), Psl.render(r));
  }

  @Test
  void policyHoldingAMacroIsATemplateWhateverItsName() throws IOException {
    PslResult r = Psl.checkText(dir, "security.psl", USES_RAMFS, Map.of());
    assertEquals(List.of(), Psl.ids(r), Psl.render(r));
  }

  @Test
  void externalEntitiesGivenWithDWinOverTheDefault() throws IOException {
    PslResult r = Psl.checkText(dir, "security.psl.in", USES_RAMFS, Map.of("INIT_EXTERNAL_ENTITIES", ""));
    assertEquals("PS0204", Psl.errors(r).get(0).id(), Psl.render(r));
  }

  @Test
  void sdkProgramFragmentDeclaresItsClass() throws IOException {
    String policy = """
        use nk.base._
        use kl.VfsSdCardFs._
        request dst=kl.VfsSdCardFs, endpoint=vfs.server, method=Open { grant () }
        """;
    PslResult r = Psl.checkText(dir, "security.psl", policy, Map.of());
    assertEquals(List.of(), Psl.errors(r), Psl.render(r));
  }

  @Test
  void generatorExpressionIsOneDiagnosticAtTheExpression() throws IOException {
    String policy = "use nk.base._\nexecute src=Einit, dst=$<TARGET_PROPERTY:c,CLASS> { grant () }\n";
    PslResult r = Psl.checkText(dir, "security.psl", policy, Map.of());
    assertEquals(List.of("PS0107@2:24"), Psl.ids(r), Psl.render(r));
  }
}
