package org.kos.maven;

import org.kos.maven.generate.StubBuild;

/** The back end the goals run: nk-compiler's Java generator. */
final class Generators {
  private Generators() {}

  static StubBuild.Generator javaStubs(String javaPackagePrefix) {
    throw new UnsupportedOperationException("TODO: wire org.kos.nkc.javagen once merged");
  }
}
