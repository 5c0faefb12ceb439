package org.kos.nkc.sdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

/** The bundled SDK's standard programs and components (everything but the kernel's kl.core files), as inputs. */
final class SdkComponents {
  // SDK programs whose classes the vendor put in kl.core: processes of their own, not the kernel.
  private static final Set<String> PROGRAMS_IN_KL_CORE = Set.of("kl/core/DCM.edl", "kl/core/NameServer.edl");

  private SdkComponents() {}

  /** Paths relative to the bundled root, sorted: {@code kl/Vfs.cdl}, {@code kl/drivers/BSP.edl}, ... */
  static List<String> files() throws IOException {
    try (Stream<Path> s = Files.walk(KlCoreSdk.SDK)) {
      return s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)"))
          .map(f -> KlCoreSdk.SDK.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.equals("Einit.edl") && (!f.startsWith("kl/core/") || PROGRAMS_IN_KL_CORE.contains(f)))
          .sorted().toList();
    }
  }

  static CompileResult compile() throws IOException {
    List<Path> inputs = files().stream().map(KlCoreSdk.SDK::resolve).toList();
    return NkCompiler.compile(CompileRequest.of(inputs, List.of(KlCoreSdk.SDK)));
  }
}
