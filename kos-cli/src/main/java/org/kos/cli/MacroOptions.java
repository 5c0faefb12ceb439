package org.kos.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kos.nkc.template.MacroValues;
import picocli.CommandLine.Option;

/**
 * Template macro values, as a picocli mixin: {@code -D NAME=VALUE} and {@code --properties FILE}
 * ({@code -D} wins), for {@code init.yaml.in} and {@code security.psl.in} (docs/psl-templates.md).
 */
public final class MacroOptions {
  @Option(names = "-D", paramLabel = "NAME=VALUE", mapFallbackValue = "",
      description = "Value of the template macro @NAME@ in templates (*.in, or any file holding @NAME@), and of NAME "
          + "in a policy's Jinja "
          + "{%% if %%} tests (macros given no value get the vendor build's default, else become empty). Repeatable; "
          + "wins over --properties.")
  Map<String, String> defines = new LinkedHashMap<>();

  @Option(names = "--properties", paramLabel = "FILE",
      description = "Read macro values from a Java properties file (UTF-8; \\n in a value for a line break).")
  Path properties;

  /** The --properties file, or null. */
  public Path propertiesFile() {
    return properties;
  }

  /** @throws IOException when the properties file cannot be read */
  public Map<String, String> values() throws IOException {
    Map<String, String> macros = new LinkedHashMap<>();
    if (properties != null) {
      macros.putAll(MacroValues.load(properties));
    }
    macros.putAll(defines);
    return macros;
  }
}
