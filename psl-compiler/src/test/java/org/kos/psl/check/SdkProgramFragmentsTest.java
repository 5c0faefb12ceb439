package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** Every SDK program class the NK compiler bundles has a PSL fragment ({@code use kl.X._}) that declares it. */
class SdkProgramFragmentsTest {
  private static final Path NK_SDK = Path.of("..", "nk-compiler", "src", "main", "resources", "org", "kos", "nkc", "sdk");

  @TempDir Path dir;

  private static List<String> sdkClasses() throws IOException {
    try (Stream<Path> s = Files.walk(NK_SDK)) {
      return s.map(p -> NK_SDK.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".edl") && !p.equals("Einit.edl") && !p.equals("kl/core/Core.edl"))
          .map(p -> p.substring(0, p.length() - ".edl".length()).replace('/', '.')).sorted().toList();
    }
  }

  @Test
  void eachSdkProgramsFragmentDeclaresItsClass() throws IOException {
    StringBuilder policy = new StringBuilder("use nk.base._\n");
    for (String c : sdkClasses()) {
      policy.append("use ").append(c).append("._\n");
      policy.append("request dst=").append(c).append(" { grant () }\n");
    }
    PslResult r = Psl.checkText(dir, "security.psl", policy.toString(), Map.of());
    assertEquals(List.of(), Psl.errors(r), Psl.render(r));
    assertEquals(true, sdkClasses().size() > 20);
  }
}
