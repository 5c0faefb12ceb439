package org.kos.einit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to check: the init.yaml (or {@code init.yaml.in} template), the {@code -I} directories
 * searched in order for the classes' EDL files (the bundled SDK after them; none given means the
 * init.yaml's own directory), and the values of the template's {@code @NAME@} macros.
 */
public record EinitRequest(Path initYaml, List<Path> includeDirs, Map<String, String> macros) {
  public EinitRequest {
    includeDirs = List.copyOf(includeDirs);
    macros = Map.copyOf(macros);
  }
}
