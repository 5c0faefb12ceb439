package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.einit.solution.SolutionException;

/** A solution that starts one of the SDK's programs is audited although only a build would need its program. */
class SdkProgramAuditTest {
  private static final Path EI0019 = Path.of("..", "testdata", "einit-errors", "EI0019", "bad");

  @TempDir Path dir;

  @Test
  void taskRunningAnSdkProgramWithoutAProgramIsAudited() throws IOException, SolutionException {
    try (Stream<Path> files = Files.walk(EI0019)) {
      for (Path f : files.toList()) {
        Path to = dir.resolve(EI0019.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Files.writeString(dir.resolve("security.psl"), """
        execute: kl.core.Execute
        use nk.base._
        use EDL Einit
        use EDL kl.core.Core
        use EDL app.Hello
        use kl.VfsRamFs._
        execute src=Einit { match dst=app.Hello { grant () }  match dst=kl.VfsRamFs { grant () } }
        request src=app.Hello, dst=kl.VfsRamFs, endpoint=vfs.server, method=Open { grant () }
        response src=kl.VfsRamFs, dst=app.Hello, endpoint=vfs.server, method=Open { grant () }
        """);
    PolicyAudit.Result r = PolicyAudit.solution(dir);
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.report().isPresent());
  }
}
