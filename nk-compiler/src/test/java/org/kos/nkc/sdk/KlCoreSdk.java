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

/** The bundled kl.core files (the kernel's endpoints) compiled from the source tree, as inputs. */
final class KlCoreSdk {
  static final Path SDK = Path.of("src", "main", "resources", "org", "kos", "nkc", "sdk");
  static final Path KL_CORE = SDK.resolve("kl/core");
  // SDK programs whose classes the vendor put in kl.core: processes of their own, not the kernel's.
  private static final Set<String> NOT_THE_KERNEL = Set.of("DCM.edl", "NameServer.edl");

  private KlCoreSdk() {}

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(KL_CORE)) {
      return s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)"))
          .filter(f -> !NOT_THE_KERNEL.contains(f.getFileName().toString())).sorted().toList();
    }
  }

  static CompileResult compile() throws IOException {
    return NkCompiler.compile(CompileRequest.of(files(), List.of(SDK)));
  }
}
