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
  protected List<Path> sourceRoots() {
    return orDefault(sourceRoots, "src/main/nk");
  }

  @Override
  protected List<Path> implicitIncludes() {
    return List.of();
  }

  @Override
  protected Path outputDirectory() {
    return outputDirectory.toPath();
  }

  @Override
  protected Path stateFile() {
    return buildDirectory().resolve("kos-maven-plugin/generate.state");
  }

  @Override
  protected void addSourceRoot(Path dir) {
    project.addCompileSourceRoot(dir.toString());
  }

  @Override
  protected void afterGeneration() {
    if (!packageSources) {
      return;
    }
    for (Path root : sourceRoots()) {
      Resource r = new Resource();
      r.setDirectory(root.toString());
      r.setIncludes(List.of("**/*.idl", "**/*.cdl", "**/*.edl"));
      project.addResource(r);
    }
  }
}
