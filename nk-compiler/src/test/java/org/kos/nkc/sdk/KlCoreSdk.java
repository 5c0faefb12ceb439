package org.kos.nkc.sdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

/** The bundled kl.core files (the kernel's endpoints) compiled from the source tree, as inputs. */
final class KlCoreSdk {
  static final Path SDK = Path.of("src", "main", "resources", "org", "kos", "nkc", "sdk");
  static final Path KL_CORE = SDK.resolve("kl/core");

  private KlCoreSdk() {}

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(KL_CORE)) {
      return s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)")).sorted().toList();
    }
  }

  static CompileResult compile() throws IOException {
    return NkCompiler.compile(CompileRequest.of(files(), List.of(SDK)));
  }
}
