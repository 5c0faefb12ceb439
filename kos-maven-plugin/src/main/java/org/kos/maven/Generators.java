package org.kos.maven;

import org.kos.maven.generate.StubBuild;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.layout.Layout;

/** The back end the goals run: nk-compiler's Java generator (docs/java-stubs.md). */
final class Generators {
  private Generators() {}

  static StubBuild.Generator javaStubs(String javaPackagePrefix) {
    JavaOptions options = new JavaOptions(javaPackagePrefix == null || javaPackagePrefix.isBlank() ? null : javaPackagePrefix);
    return model -> JavaGenerator.generate(model, Layout.of(model), options);
  }
}
