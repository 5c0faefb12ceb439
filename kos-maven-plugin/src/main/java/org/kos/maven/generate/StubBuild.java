package org.kos.maven.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kos.maven.incremental.BuildState;
import org.kos.maven.incremental.Hashes;
import org.kos.maven.incremental.RecordingRoot;
import org.kos.maven.incremental.UpToDateCheck;
import org.kos.maven.inputs.IncludeRoot;
import org.kos.maven.inputs.SourceFiles;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.javagen.SdkInputs;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.javagen.GeneratedSources;
import org.kos.nkc.model.Model;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SourceRoot;

/** Runs one generation (see the package doc); the Maven goals are thin wrappers around it. */
public final class StubBuild {
  /** The back end: the files generated for a checked model ({@code JavaGenerator} in the goals). */
  @FunctionalInterface
  public interface Generator {
    List<GeneratedFile> generate(Model model);
  }

  /**
   * @param sourceRoots directories whose NK files are compiled (and searched, first)
   * @param includes searched for imports after the source roots, in order
   * @param options everything else that shapes the outputs (e.g. the Java package prefix)
   * @param failOnWarning warnings fail the run like errors (nothing written, no state recorded)
   * @param sdk the SDK generation whose rules apply (docs/sdk-versions.md); part of the configuration
   */
  public record Request(List<Path> sourceRoots, List<IncludeRoot> includes, Path outputDirectory, Path stateFile,
      String options, boolean failOnWarning, SdkVersion sdk) {
    public Request {
      sourceRoots = sourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
      includes = List.copyOf(includes);
      outputDirectory = outputDirectory.toAbsolutePath().normalize();
      sdk = sdk == null ? SdkVersion.NEWEST : sdk;
    }

    /** The newest SDK's rules. */
    public Request(List<Path> sourceRoots, List<IncludeRoot> includes, Path outputDirectory, Path stateFile,
        String options, boolean failOnWarning) {
      this(sourceRoots, includes, outputDirectory, stateFile, options, failOnWarning, SdkVersion.NEWEST);
    }
  }

  /** How a run ended. */
  public sealed interface Outcome {
    /** Nothing changed since the last run; nothing was read beyond the state check. */
    record UpToDate(int outputs, String stateFile) implements Outcome {}

    /** No NK file in any source root; outputs of an earlier run were removed. */
    record NoSources(int removed) implements Outcome {}

    record Generated(int inputs, int written, int unchanged, int removed, List<Diagnostic> warnings,
        String reason) implements Outcome {}

    /** Errors (or warnings with failOnWarning): outputs and state left as they were. */
    record Failed(List<Diagnostic> diagnostics) implements Outcome {}
  }

  private final Generator generator;

  public StubBuild(Generator generator) {
    this.generator = generator;
  }

  public Outcome run(Request request) throws IOException {
    List<Path> files = SourceFiles.find(request.sourceRoots());
    BuildState previous = BuildState.read(request.stateFile());
    if (files.isEmpty()) {
      int removed = removeStale(previous, Map.of(), request.outputDirectory());
      Files.deleteIfExists(request.stateFile());
      return new Outcome.NoSources(removed);
    }
    SortedMap<Path, String> inputs = new TreeMap<>();
    for (Path f : files) {
      inputs.put(f, Hashes.ofFile(f));
    }
    String configuration = configuration(request);
    // Directory roots are recorded (and re-checked next time); jars are only opened when running,
    // since their identity (path, size, time) is part of the configuration.
    List<RecordingRoot> directories = new ArrayList<>();
    Map<IncludeRoot, RecordingRoot> recorded = new java.util.HashMap<>();
    for (Path root : request.sourceRoots()) {
      directories.add(new RecordingRoot(new DirectoryRoot(root)));
    }
    for (IncludeRoot include : request.includes()) {
      if (!include.jar()) {
        RecordingRoot r = new RecordingRoot(new DirectoryRoot(include.path()));
        directories.add(r);
        recorded.put(include, r);
      }
    }
    String why = UpToDateCheck.whyNot(previous, configuration, inputs, List.copyOf(directories),
        request.outputDirectory());
    if (why == null) {
      return new Outcome.UpToDate(previous.outputs().size(), request.stateFile().toString());
    }
    directories.forEach(RecordingRoot::forget);
    List<SourceRoot> searchPath = new ArrayList<>(directories.subList(0, request.sourceRoots().size()));
    for (IncludeRoot include : request.includes()) {
      SourceRoot r = include.jar() ? include.open() : recorded.get(include);
      if (r != null) {
        searchPath.add(r);
      }
    }

    List<CompileRequest.Input> in = files.stream().map(CompileRequest.Input::of).toList();
    CompileRequest compile = new CompileRequest(in, searchPath, true, false, request.sdk());
    // The SDK's components the inputs use (kl.Env, kl.Vfs, ...) get stubs like the inputs' own.
    CompileResult result = SdkInputs.withSdkInputs(compile, NkCompiler.compile(compile));
    List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> !d.isError()).toList();
    if (result.hasErrors() || (request.failOnWarning() && !warnings.isEmpty())) {
      return new Outcome.Failed(result.diagnostics());
    }

    List<GeneratedFile> generated = generator.generate(result.model().orElseThrow());
    SortedMap<String, String> outputs = new TreeMap<>();
    for (GeneratedFile f : generated) {
      resolve(request.outputDirectory(), f.path()); // never outside the output directory
      outputs.put(f.path(), Hashes.of(f.content()));
    }
    int written = GeneratedSources.write(request.outputDirectory(), generated).size();
    int removed = removeStale(previous, outputs, request.outputDirectory());

    List<BuildState.Lookup> lookups = new ArrayList<>();
    for (int i = 0; i < directories.size(); i++) {
      for (var l : directories.get(i).lookups().entrySet()) {
        lookups.add(new BuildState.Lookup(i, l.getKey(), l.getValue()));
      }
    }
    new BuildState(configuration, inputs, lookups, outputs).write(request.stateFile());
    return new Outcome.Generated(files.size(), written, outputs.size() - written, removed, warnings, why);
  }

  /** An output path from the generator, kept inside the output directory. */
  private static Path resolve(Path outputDirectory, String relativePath) {
    Path target = outputDirectory.resolve(relativePath).normalize();
    if (!target.startsWith(outputDirectory) || target.equals(outputDirectory)) {
      throw new IllegalStateException("generated file outside the output directory: " + relativePath);
    }
    return target;
  }

  /** Deletes the previous run's outputs that this run did not produce, and directories left empty. */
  private static int removeStale(BuildState previous, Map<String, String> outputs, Path outputDirectory)
      throws IOException {
    if (previous == null) {
      return 0;
    }
    int removed = 0;
    for (String path : previous.outputs().keySet()) {
      if (outputs.containsKey(path)) {
        continue;
      }
      Path file = resolve(outputDirectory, path);
      if (Files.deleteIfExists(file)) {
        removed++;
      }
      for (Path dir = file.getParent(); dir != null && !dir.equals(outputDirectory) && dir.startsWith(outputDirectory);
          dir = dir.getParent()) {
        if (!isEmptyDirectory(dir)) {
          break;
        }
        Files.delete(dir);
      }
    }
    return removed;
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * A hash of everything besides file contents that shapes the outputs: options, roots (jars by
   * path, size and time), and the code of the compiler and this plugin (so a new snapshot of
   * either regenerates).
   */
  private String configuration(Request request) throws IOException {
    StringBuilder c = new StringBuilder(request.options()).append('\n');
    c.append("sdk ").append(request.sdk().number()).append('\n');
    c.append("out ").append(request.outputDirectory()).append('\n');
    for (Path root : request.sourceRoots()) {
      c.append("src ").append(root).append('\n');
    }
    for (IncludeRoot include : request.includes()) {
      c.append(include.identity()).append('\n');
    }
    c.append(codeIdentity(NkCompiler.class)).append('\n');
    c.append(codeIdentity(generator.getClass())).append('\n');
    return Hashes.of(c.toString());
  }

  private static String codeIdentity(Class<?> type) throws IOException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "code " + type.getName();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location)
          ? "code " + location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis()
          : "code " + location;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return "code " + source.getLocation();
    }
  }
}
