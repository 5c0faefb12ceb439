package org.kos.einit.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.template.Expansion;
import org.kos.nkc.template.MacroExpander;
import org.kos.nkc.vendor.SdkPrograms;
import org.kos.nkc.vendor.VendorMacros;

/**
 * Expands an init.yaml template as the vendor's build would for a plain project: the values given
 * ({@code -D}) and the vendor macros' defaults ({@link VendorMacros}). {@code @INIT_EXTERNAL_ENTITIES@},
 * unless given, becomes the entity blocks of the SDK programs the file connects to without starting
 * them, and of what those need: the file is read once with the macro empty to find them.
 */
public final class InitTemplate {
  private InitTemplate() {}

  public static Expansion expand(SourceFile file, Map<String, String> given) {
    Map<String, String> values = VendorMacros.values(file.text(), given);
    Expansion plain = MacroExpander.expand(file, values);
    String external = VendorMacros.EXTERNAL_ENTITIES;
    if (given.containsKey(external) || !MacroExpander.names(file.text()).contains(external)) {
      return plain;
    }
    // Problems of this first reading are reported by the real one.
    Optional<InitYaml> yaml = InitYamlReader.read(plain, new Diagnostics());
    if (yaml.isEmpty()) {
      return plain;
    }
    Set<String> tasks = new HashSet<>();
    List<String> targets = new ArrayList<>();
    for (InitYaml.Entity e : yaml.get().entities()) {
      tasks.add(e.task().orElse(e.name()).value());
      e.connections().forEach(c -> targets.add(c.target().value()));
    }
    List<SdkPrograms.Program> programs = SdkPrograms.needed(targets, tasks);
    if (programs.isEmpty()) {
      return plain;
    }
    values.put(external, VendorMacros.initEntities(programs, MacroExpander.column(file.text(), external)));
    return MacroExpander.expand(file, values);
  }
}
