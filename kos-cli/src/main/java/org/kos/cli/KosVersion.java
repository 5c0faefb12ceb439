package org.kos.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (Maven's project version), or "dev" when run from classes. */
final class KosVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Kos.class.getPackage().getImplementationVersion();
    return new String[] {"kos " + (v == null ? "dev" : v)};
  }
}
