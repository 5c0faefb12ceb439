package org.kos.maven.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.kos.nkc.source.SourceRoot;

/**
 * Decides whether the outputs of the last run still stand: same configuration, same input files
 * with the same contents, every search-path lookup giving the same answer, every output still as
 * written. Says why not, for {@code mvn -X}.
 */
public final class UpToDateCheck {
  private UpToDateCheck() {}

  /**
   * @param directoryRoots the search path's directory roots, in the order lookups were numbered
   * @return null when up to date, else the first reason found to run again
   */
  public static String whyNot(BuildState previous, String configuration, SortedMap<Path, String> inputs,
      List<SourceRoot> directoryRoots, Path outputDirectory) throws IOException {
    if (previous == null) {
      return "no state from an earlier run";
    }
    if (!previous.configuration().equals(configuration)) {
      return "configuration, dependencies or plugin changed";
    }
    if (!previous.inputs().equals(inputs)) {
      return "source files changed";
    }
    for (BuildState.Lookup l : previous.lookups()) {
      if (l.root() >= directoryRoots.size()
          || !RecordingRoot.hash(directoryRoots.get(l.root()).open(l.relativePath())).equals(l.hash())) {
        return l.relativePath() + " changed on the search path";
      }
    }
    for (var output : previous.outputs().entrySet()) {
      if (!output.getValue().equals(Hashes.ofFile(outputDirectory.resolve(output.getKey())))) {
        return output.getKey() + " was changed or deleted";
      }
    }
    return null;
  }
}
