package org.kos.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates Java stubs from the IDL/CDL/EDL files of {@code src/main/nk} into
 * {@code target/generated-sources/nk} and adds that directory to the compile source roots.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {
  /** Directories of IDL/CDL/EDL files to compile; default {@code src/main/nk}. */
  @Parameter
  protected List<File> sourceRoots;

  @Parameter(defaultValue = "${project.build.directory}/generated-sources/nk", property = "kos.outputDirectory")
  protected File outputDirectory;

  /**
   * Also put the IDL/CDL/EDL files of the source roots into the built jar (at their package paths,
   * e.g. {@code echo/IPing.idl}), so dependent projects can import them.
   */
  @Parameter(defaultValue = "false", property = "kos.packageSources")
  protected boolean packageSources;

  @Override
  protected Goal goal() {
    return new Goal(orDefault(sourceRoots, "src/main/nk"), List.of(), outputDirectory.toPath(), "generate.state",
        project::addCompileSourceRoot);
  }

  @Override
  protected void afterGeneration(Goal goal) {
    if (!packageSources) {
      return;
    }
    for (Path root : goal.sourceRoots()) {
      Resource r = new Resource();
      r.setDirectory(root.toString());
      r.setIncludes(List.of("**/*.idl", "**/*.cdl", "**/*.edl"));
      project.addResource(r);
    }
  }
}
