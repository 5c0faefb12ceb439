package org.kos.cli.scaffold;

import java.util.Iterator;

/** The solution templates, for picocli's help and shell completion of {@code --template}. */
public final class TemplateNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return ScaffoldTemplates.solutionTemplates().keySet().iterator();
  }
}
