package org.kos.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.kos.maven.generate.StubBuild;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.maven.generate.StubBuild.Outcome;
import org.kos.maven.inputs.IncludeRoot;

/** What {@code generate} and {@code generate-test} share: parameters, the run, the reporting. */
abstract class AbstractGenerateMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /**
   * More directories searched for imported packages, components and classes (after the source
   * roots, before dependencies); their files are not compiled themselves.
   */
  @Parameter
  protected List<File> includeDirectories;

  /**
   * Search the IDL/CDL/EDL files packaged in dependency jars (and in the output directories of
   * modules of the same reactor), so a library of interfaces can be shared as a jar.
   */
  @Parameter(defaultValue = "true", property = "kos.includeDependencies")
  protected boolean includeDependencies;

  /** Java package prefix for the generated sources (see docs/java-stubs.md); none by default. */
  @Parameter(property = "kos.javaPackagePrefix")
  protected String javaPackagePrefix;

  /** Fail the build on compiler warnings too (errors always fail it). */
  @Parameter(defaultValue = "false", property = "kos.failOnWarning")
  protected boolean failOnWarning;

  /**
   * The SDK generation whose rules apply: 1.0, 1.1, 1.2, 1.3 or 1.4 (or a full vendor version such
   * as 1.1.1.13); the newest when not given (docs/sdk-versions.md).
   */
  @Parameter(property = "kos.sdk")
  protected String sdk;

  /** Skip generation altogether. */
  @Parameter(defaultValue = "false", property = "kos.skip")
  protected boolean skip;

  /**
   * What differs between the goals: the directories compiled, directories searched before
   * {@link #includeDirectories}, the output directory, the state file's name under
   * {@code target/kos-maven-plugin/}, and how the output becomes a source root.
   */
  protected record Goal(List<Path> sourceRoots, List<Path> implicitIncludes, Path outputDirectory,
      String stateFileName, Consumer<String> sourceRootAdder) {}

  protected abstract Goal goal();

  /** Called after a successful run, e.g. to package the sources. */
  protected void afterGeneration(Goal goal) {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kos: skipped");
      return;
    }
    SdkVersion version = sdk == null || sdk.isBlank() ? SdkVersion.NEWEST : SdkVersion.parse(sdk).orElseThrow(
        () -> new MojoFailureException("kos: unknown SDK version '" + sdk + "' (parameter sdk, property kos.sdk); known: "
            + SdkVersion.known()));
    Goal goal = goal();
    Path stateFile = Path.of(project.getBuild().getDirectory(), "kos-maven-plugin", goal.stateFileName());
    StubBuild.Request request = new StubBuild.Request(goal.sourceRoots(), includes(goal), goal.outputDirectory(),
        stateFile, "javaPackagePrefix=" + (javaPackagePrefix == null ? "" : javaPackagePrefix), failOnWarning, version);
    Outcome outcome;
    long start = System.nanoTime();
    try {
      outcome = new StubBuild(Generators.javaStubs(javaPackagePrefix)).run(request);
    } catch (IOException e) {
      throw new MojoExecutionException("kos: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // The generator's refusals (two NK names for one Java file, a message too large): the user's to fix.
      throw new MojoFailureException("kos: " + e.getMessage());
    }
    new OutcomeReport(getLog(), request).report(outcome, (System.nanoTime() - start) / 1_000_000);
    if (!(outcome instanceof Outcome.NoSources)) {
      goal.sourceRootAdder().accept(request.outputDirectory().toString());
    }
    afterGeneration(goal);
  }

  /** Implicit includes, include directories, then dependencies in the project's order; duplicates once. */
  private List<IncludeRoot> includes(Goal goal) {
    Set<IncludeRoot> roots = new LinkedHashSet<>();
    goal.implicitIncludes().forEach(p -> roots.add(new IncludeRoot(p, false)));
    if (includeDirectories != null) {
      includeDirectories.forEach(f -> roots.add(new IncludeRoot(f.toPath(), false)));
    }
    if (includeDependencies) {
      for (Artifact a : project.getArtifacts()) {
        File file = a.getFile();
        // Jars and reactor output directories; not poms and other artifacts kept off the classpath.
        if (file != null && file.exists() && a.getArtifactHandler().isAddedToClasspath()) {
          roots.add(IncludeRoot.of(file.toPath()));
        }
      }
    }
    goal.sourceRoots().forEach(p -> roots.remove(new IncludeRoot(p, false)));
    return new ArrayList<>(roots);
  }

  /** Configured directories, or the default under the base directory when none is configured. */
  protected final List<Path> orDefault(List<File> configured, String defaultRelative) {
    if (configured == null || configured.isEmpty()) {
      return List.of(project.getBasedir().toPath().resolve(defaultRelative));
    }
    return configured.stream().map(File::toPath).toList();
  }
}
