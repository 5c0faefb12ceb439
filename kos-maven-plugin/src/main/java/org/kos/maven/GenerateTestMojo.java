package org.kos.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates Java stubs for tests from {@code src/test/nk} into
 * {@code target/generated-test-sources/nk}, added to the test compile source roots. The main
 * source roots are searched too (their stubs come from {@code generate}, not from here), and
 * dependencies of every scope.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {
  /** Directories of IDL/CDL/EDL files to compile for tests; default {@code src/test/nk}. */
  @Parameter
  protected List<File> testSourceRoots;

  /** The main source roots (shared with {@code generate}), searched for imports; default {@code src/main/nk}. */
  @Parameter
  protected List<File> sourceRoots;

  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/nk",
      property = "kos.testOutputDirectory")
  protected File testOutputDirectory;

  /** Skip test generation (also skipped by {@code -Dmaven.test.skip=true}). */
  @Parameter(defaultValue = "${maven.test.skip}")
  protected boolean skipTests;

  @Override
  protected Goal goal() {
    return new Goal(orDefault(testSourceRoots, "src/test/nk"), orDefault(sourceRoots, "src/main/nk"),
        testOutputDirectory.toPath(), "generate-test.state", project::addTestCompileSourceRoot);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipTests) {
      getLog().info("kos: test generation skipped");
      return;
    }
    super.execute();
  }
}
