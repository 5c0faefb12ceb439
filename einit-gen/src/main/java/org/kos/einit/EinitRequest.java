package org.kos.einit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kos.nkc.sdk.SdkVersion;

/**
 * What to check: the init.yaml (or {@code init.yaml.in} template), the {@code -I} directories
 * searched in order for the classes' EDL files (the bundled SDK after them; none given means the
 * init.yaml's own directory), the values of the template's {@code @NAME@} macros, and the SDK
 * generation whose rules and einit order apply (docs/sdk-versions.md).
 */
public record EinitRequest(Path initYaml, List<Path> includeDirs, Map<String, String> macros, SdkVersion sdk) {
  public EinitRequest {
    includeDirs = List.copyOf(includeDirs);
    macros = Map.copyOf(macros);
    sdk = sdk == null ? SdkVersion.NEWEST : sdk;
  }

  /** The newest SDK. */
  public EinitRequest(Path initYaml, List<Path> includeDirs, Map<String, String> macros) {
    this(initYaml, includeDirs, macros, SdkVersion.NEWEST);
  }
}
