package org.kos.einit.solution;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kos.einit.cache.BuildCache;
import org.kos.einit.cache.BuildStamp;
import org.kos.einit.cache.Hashes;
import org.kos.einit.cache.Outputs;
import org.kos.einit.gen.Generator;
import org.kos.einit.javac.Javac;
import org.kos.einit.javac.Jars;
import org.kos.io.AtomicFiles;
import org.kos.libkos.EntityApi;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.javagen.JavaGenerator;
import org.kos.nkc.javagen.JavaOptions;
import org.kos.nkc.javagen.SdkInputs;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.psl.ir.PolicyIr;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuildException;
import org.kos.romfs.write.ImageBuilder;

/**
 * Builds a solution image: checks init.yaml against the NK files and the security policy against
 * both, generates the Java stubs of the NK files, compiles each program's sources with the stubs
 * (or takes its jar), generates and compiles Einit, and writes {@code einit}, the programs, the
 * extra files and the compiled policy ({@code ksm.module}) as a kos image, atomically. Each stage's time is kept for the benchmark.
 */
public final class SolutionBuilder {
  /** What a build gave: the warnings of solution.yaml, init.yaml and the NK files, and the time of each stage. */
  public record Outcome(List<Diagnostic> diagnostics, Map<String, Long> stageNanos, Incremental incremental) {}

  /** What an incremental build did: the javac tasks it ran, whether the image changed, why it rebuilt. */
  public record Incremental(List<String> compiled, boolean imageWritten, List<String> notes) {}

  private final Map<String, Long> stageNanos = new LinkedHashMap<>();
  private final Javac javac = new Javac();
  private final ProgramConfinement confinement = new ProgramConfinement();
  private final List<Diagnostic> refused = new ArrayList<>();
  private long confinementNanos;
  private BuildCache cache = BuildCache.none();
  private String options = "";
  private final List<String> compiled = new ArrayList<>();

  /** Keeps and reuses results in {@code cache} (docs/solutions.md, "Incremental builds"). */
  public SolutionBuilder cache(BuildCache cache) {
    this.cache = cache;
    return this;
  }

  /** The tool version a build directory is keyed by: the JDK and the jars of the build's code. */
  public static String toolVersion() {
    return BuildCache.toolVersion(SolutionBuilder.class, NkCompiler.class, EntityApi.class, ImageBuilder.class,
        PolicyIr.class, org.kos.confinement.ProgramVerifier.class);
  }

  /**
   * @throws SolutionException for a problem in the solution; errors in init.yaml or the NK files
   *     come with their diagnostics ({@link #diagnosticsOf})
   * @throws IOException when a file cannot be read or the image cannot be written
   */
  public Outcome build(Path dir, Path image) throws IOException, SolutionException {
    return build(dir, image, null);
  }

  /** As {@link #build(Path, Path)}, with the rules of SDK generation {@code sdk} when not null (wins over 'sdk:'). */
  public Outcome build(Path dir, Path image, SdkVersion sdk) throws IOException, SolutionException {
    long started = System.currentTimeMillis();
    long t = System.nanoTime();
    cache.forgetStamp(); // until this build ends well, nothing is up to date
    FrontEnd front = cachedFrontEnd(dir, sdk);
    if (front == null) {
      front = frontEnd(dir, sdk);
    }
    SolutionSpec spec = front.spec();
    Inputs inputs = inputs(spec, front.read());
    Path overwritten = AtomicFiles.inputOverwrittenBy(image, inputs.files());
    if (overwritten != null) {
      throw new OutputIsInput(image, overwritten);
    }
    List<Diagnostic> warnings = front.warnings();
    stage("front end", t);

    t = System.nanoTime();
    Path runtime = runtimeClasses();
    Map<String, byte[]> jars = new LinkedHashMap<>();
    List<SolutionException> failed = new ArrayList<>();
    jars.put(SolutionSpec.EINIT, einitJar(front.einitSource(), runtime));
    boolean anySources = spec.programs().values().stream().anyMatch(p -> p.jar() == null);
    String stubsKey = front.stubsKey();
    Map<String, byte[]> stubClasses = !anySources ? Map.of()
        : front.stubClasses() != null ? front.stubClasses() : compileStubs(front.stubs(), stubsKey, runtime);
    StubPath stubDir = new StubPath(stubClasses);
    try {
      // Every program is compiled even when one fails, so that one build reports all of them.
      for (SolutionSpec.Program p : spec.programs().values()) {
        try {
          jars.put(p.path(), p.jar() != null ? prebuiltJar(p) : programJar(p, stubClasses, stubsKey, runtime, stubDir));
        } catch (SolutionException e) {
          failed.add(e);
        }
      }
    } finally {
      stubDir.close();
    }
    stageNanos.put("javac", System.nanoTime() - t - confinementNanos);
    stageNanos.put("confinement", confinementNanos);
    if (!failed.isEmpty()) {
      throw allOf(failed);
    }
    if (!refused.isEmpty()) {
      throw new Failed(refused, "programs use what programs may not use (docs/confinement.md); no image written");
    }

    t = System.nanoTime();
    boolean written = writeImage(spec, jars, front.module(), image);
    cache.save();
    // A build with warnings leaves no stamp, so that the next one prints them again.
    if (warnings.isEmpty()) {
      cache.stamp(BuildStamp.request(dir, image, sdk == null ? null : sdk.name()), inputs.files(), inputs.dirs(),
          inputs.policyDirs(), image, started);
    }
    stage("image", t);
    return new Outcome(List.copyOf(warnings), Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos)),
        new Incremental(List.copyOf(compiled), written, cache.notes()));
  }

  /**
   * What the front end gives the rest of the build: the spec, Einit's source, the stubs (their
   * sources, or their compiled classes when taken from the build directory) under their key, the
   * compiled policy, the warnings, and the files it read (walked once per build).
   */
  private record FrontEnd(SolutionSpec spec, String einitSource, List<Javac.Source> stubs, Map<String, byte[]> stubClasses,
      String stubsKey, byte[] module, List<Diagnostic> warnings, List<Path> read) {}

  /**
   * The front end: solution.yaml, init.yaml and the policy checked against the NK files, Einit's
   * source, the stubs, the compiled policy. Kept in the build directory when it gave no warning
   * (there is nothing to print again), under a key of everything it read.
   */
  private FrontEnd frontEnd(Path dir, SdkVersion sdk) throws IOException, SolutionException {
    SolutionCheck.Result checked = SolutionCheck.check(dir, sdk, true);
    if (checked.hasErrors()) {
      throw new Failed(checked.diagnostics(), "errors in the solution; no image written");
    }
    SolutionSpec spec = checked.spec().orElseThrow();
    options = optionsKey(spec);
    List<Diagnostic> warnings = new ArrayList<>(checked.diagnostics());
    List<Javac.Source> stubs = stubs(spec, warnings);
    String einitSource = new Generator().render(Generator.Output.PROGRAM, checked.manifest().orElseThrow());
    String stubsKey = new Hashes().add("stubs").add(options).add(sourceMap(stubs)).hex();
    byte[] module = checked.policy().map(pol -> PolicyIr.render(pol, spec.dir()).getBytes(StandardCharsets.UTF_8))
        .orElse(null);
    List<Path> read = frontEndInputs(spec);
    if (warnings.isEmpty()) {
      cache.put(frontEndKey(spec, read), FrontEndRecord.write(einitSource, stubsKey, module));
    }
    return new FrontEnd(spec, einitSource, stubs, null, stubsKey, module, List.copyOf(warnings), read);
  }

  /**
   * The front end of an earlier build with the same inputs, or null. Only solution.yaml is read
   * (for the files the front end reads); a spec with any diagnostic, or a stubs' object that is
   * gone, is a miss, and the front end runs.
   */
  private FrontEnd cachedFrontEnd(Path dir, SdkVersion sdk) throws IOException, SolutionException {
    if (!cache.enabled()) {
      return null;
    }
    org.kos.nkc.diag.Diagnostics d = new org.kos.nkc.diag.Diagnostics();
    java.util.Optional<SolutionSpec> given = SolutionSpec.read(dir, d);
    if (given.isEmpty() || !d.all().isEmpty()) {
      return null;
    }
    SolutionSpec spec = sdk == null ? given.get() : given.get().withSdk(sdk);
    List<Path> read = frontEndInputs(spec);
    byte[] record = cache.object(frontEndKey(spec, read));
    FrontEndRecord r = record == null ? null : FrontEndRecord.read(record);
    if (r == null) {
      return null;
    }
    boolean anySources = spec.programs().values().stream().anyMatch(p -> p.jar() == null);
    Map<String, byte[]> stubClasses = anySources ? cache.classes(r.stubsKey()) : Map.of();
    if (stubClasses == null) {
      return null;
    }
    options = optionsKey(spec);
    return new FrontEnd(spec, r.einitSource(), null, stubClasses, r.stubsKey(), r.module(), List.of(), read);
  }

  /** solution.yaml stands for the build's options (javac's among them): any change to it rebuilds all. */
  private String optionsKey(SolutionSpec spec) throws IOException {
    return new Hashes().add(cache.tool()).add(Files.readAllBytes(spec.dir().resolve(SolutionSpec.FILE_NAME))).hex();
  }

  /**
   * A key of everything the front end reads: the tool, the SDK's rules, solution.yaml, init.yaml,
   * the policy and the policies beside it, every file of the NK directories (by absolute path:
   * the compiled policy names files relative to the solution).
   */
  private String frontEndKey(SolutionSpec spec, List<Path> read) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path f : read) {
      files.put(f.toString(), Files.readAllBytes(f));
    }
    return new Hashes().add("front end").add(cache.tool()).add(spec.sdk().name()).add(files).hex();
  }

  /** The image would overwrite one of the solution's files (a usage error for the command line). */
  public static final class OutputIsInput extends SolutionException {
    private static final long serialVersionUID = 1L;

    OutputIsInput(Path image, Path input) {
      super(image + ": is " + (image.equals(input) ? "also an input" : "the same file as the input " + input)
          + " and would be overwritten; choose another output");
    }
  }

  /**
   * Every file the build reads (solution.yaml, init.yaml, the policy and the policies beside it that it
   * may use, NK files, sources, jars, extra files) and the directories it walks for them.
   */
  record Inputs(List<Path> files, List<Path> dirs, List<Path> policyDirs) {}

  static Inputs inputs(SolutionSpec spec, List<Path> frontEndInputs) throws IOException {
    List<Path> files = new ArrayList<>(frontEndInputs);
    List<Path> trees = new ArrayList<>(spec.nkDirs());
    for (SolutionSpec.Program p : spec.programs().values()) {
      if (p.src() != null) {
        trees.add(p.src());
        walk(p.src(), files);
      }
      if (p.jar() != null) {
        files.add(p.jar());
      }
    }
    List<Path> policyDirs = spec.policy() == null ? List.of() : List.of(spec.policy().toAbsolutePath().getParent());
    files.addAll(spec.files().values());
    return new Inputs(files.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList(), trees, policyDirs);
  }

  /** The files the front end reads: solution.yaml, init.yaml, the NK files, the policy and those beside it. */
  private static List<Path> frontEndInputs(SolutionSpec spec) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(spec.dir().resolve(SolutionSpec.FILE_NAME));
    files.add(spec.initYaml());
    for (Path nk : spec.nkDirs()) {
      walk(nk, files);
    }
    if (spec.policy() != null) {
      files.add(spec.policy());
      // A policy's 'use' finds files in its own directory too (after the NK directories).
      try (Stream<Path> s = Files.walk(spec.policy().toAbsolutePath().getParent())) {
        s.filter(f -> BuildStamp.isPolicy(f) && Files.isRegularFile(f)).sorted().forEach(files::add);
      }
    }
    return files.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList();
  }

  private static void walk(Path tree, List<Path> files) throws IOException {
    if (Files.isDirectory(tree)) {
      try (Stream<Path> s = Files.walk(tree)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
  }

  /** A build that stopped at errors in init.yaml or the NK files. */
  public static final class Failed extends SolutionException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    Failed(List<Diagnostic> diagnostics, String message) {
      super(message);
      this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  /** One failure that says what each of {@code failures} says, in order. */
  private static SolutionException allOf(List<SolutionException> failures) {
    if (failures.size() == 1) {
      return failures.get(0);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (SolutionException e : failures) {
      diagnostics.addAll(diagnosticsOf(e));
      messages.add(e.getMessage());
    }
    return new Failed(diagnostics, String.join("\n", messages));
  }

  /** The diagnostics a failed build stopped at (empty for other problems). */
  public static List<Diagnostic> diagnosticsOf(SolutionException e) {
    return e instanceof Failed f ? f.diagnostics() : List.of();
  }

  private void stage(String name, long start) {
    stageNanos.put(name, System.nanoTime() - start);
  }

  /**
   * Stubs for every IDL, CDL and EDL file of the NK directories; their warnings (init.yaml's check
   * reads only the files it needs, and reports no warning of theirs) are added to {@code warnings}.
   */
  private static List<Javac.Source> stubs(SolutionSpec spec, List<Diagnostic> warnings)
      throws IOException, SolutionException {
    List<Path> files = new ArrayList<>();
    for (Path dir : spec.nkDirs()) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(f -> f.toString().matches(".*\\.(idl|cdl|edl)")).sorted().forEach(files::add);
      }
    }
    CompileRequest request = CompileRequest.of(files, spec.nkDirs()).withSdk(spec.sdk());
    // The SDK's components the files use (kl.Env, kl.Vfs, ...) get stubs like the solution's own.
    CompileResult r = SdkInputs.withSdkInputs(request, NkCompiler.compile(request));
    if (r.hasErrors()) {
      throw new Failed(r.diagnostics(), "errors in the NK files; no image written");
    }
    r.diagnostics().stream().filter(d -> !warnings.contains(d)).forEach(warnings::add);
    Model model = r.model().orElseThrow();
    List<Javac.Source> sources = new ArrayList<>();
    for (GeneratedFile f : JavaGenerator.generate(model, Layout.of(model), JavaOptions.DEFAULT)) {
      sources.add(new Javac.Source(f.path(), f.content()));
    }
    return sources;
  }

  private byte[] jar(String program, String mainClass, List<Javac.Source> sources, List<Path> files, Path runtime)
      throws IOException, SolutionException {
    Javac.Result r = javac.compile(sources, files, List.of(runtime));
    if (!r.ok()) {
      throw new SolutionException("program " + program + " does not compile:\n" + r.messages().stripTrailing());
    }
    if (!r.classes().containsKey(mainClass)) {
      throw new SolutionException("program " + program + ": no class " + mainClass + " among its sources");
    }
    return Jars.executable(mainClass, r.classes());
  }

  /**
   * The stubs, compiled once for every program (compiling them with each program's sources cost
   * one javac pass over every stub per program).
   */
  private Map<String, byte[]> compileStubs(List<Javac.Source> stubs, String key, Path runtime)
      throws IOException, SolutionException {
    Map<String, byte[]> cached = cache.classes(key);
    if (cached != null) {
      return cached;
    }
    Javac.Result r = javac.compile(stubs, List.of(), List.of(runtime));
    if (!r.ok()) {
      throw new SolutionException("the generated stubs do not compile:\n" + r.messages().stripTrailing());
    }
    compiled.add("stubs");
    cache.putClasses(key, r.classes());
    return r.classes();
  }

  /** Einit's jar, keyed by its generated source. */
  private byte[] einitJar(String source, Path runtime) throws IOException, SolutionException {
    String key = new Hashes().add("einit").add(cache.tool()).add(source).hex();
    byte[] jar = cache.object(key);
    if (jar == null) {
      jar = jar(SolutionSpec.EINIT, "einit.Einit", List.of(new Javac.Source(Generator.Output.PROGRAM.fileName(), source)),
          List.of(), runtime);
      compiled.add(SolutionSpec.EINIT);
      cache.put(key, jar);
    }
    return jar;
  }

  private static Map<String, byte[]> sourceMap(List<Javac.Source> sources) {
    Map<String, byte[]> m = new TreeMap<>();
    sources.forEach(s -> m.put(s.path(), s.content().getBytes(StandardCharsets.UTF_8)));
    return m;
  }

  /** The stubs' classes as a class path directory, written only when some program is compiled. */
  private static final class StubPath implements AutoCloseable {
    private final Map<String, byte[]> classes;
    private Path dir;

    StubPath(Map<String, byte[]> classes) {
      this.classes = classes;
    }

    Path get() throws IOException {
      if (dir == null) {
        dir = AtomicFiles.createTempDirectoryFor(Path.of(System.getProperty("java.io.tmpdir"), "kos-stubs"));
        writeClasses(classes, dir);
      }
      return dir;
    }

    @Override
    public void close() throws IOException {
      if (dir != null) {
        AtomicFiles.discard(dir);
      }
    }
  }

  /** A program's sources compiled against kos-runtime and the stubs' classes; its jar holds both. */
  private byte[] programJar(SolutionSpec.Program p, Map<String, byte[]> stubClasses, String stubsKey, Path runtime,
      StubPath stubDir) throws IOException, SolutionException {
    List<Path> files = javaFiles(p);
    String sourceKey = ProgramKeys.sources(options, p, files);
    Map<String, byte[]> own = cache.programClasses(p.path(), sourceKey, stubClasses);
    if (own == null) {
      Set<String> read = new TreeSet<>();
      Javac.Result r = javac.compile(List.of(), files, List.of(runtime, stubDir.get()), p.javacOptions(), read);
      if (!r.ok()) {
        throw ProgramProblems.doesNotCompile(p, r.messages());
      }
      own = r.classes();
      compiled.add(p.path());
      Map<String, byte[]> used = new TreeMap<>();
      read.stream().filter(stubClasses::containsKey).forEach(c -> used.put(c, stubClasses.get(c)));
      cache.putProgramClasses(p.path(), sourceKey, own, used);
    }
    if (!own.containsKey(p.mainClass())) {
      throw ProgramProblems.noMainClass(p, own.keySet());
    }
    // The jar and its confinement check depend on every stub: kept under the classes and stubs' keys.
    String jarKey = new Hashes().add("program jar").add(p.mainClass()).add(stubsKey).add(new TreeMap<>(own)).hex();
    byte[] jar = cache.object(jarKey);
    if (jar != null) {
      return jar;
    }
    Map<String, byte[]> classes = new TreeMap<>(stubClasses);
    classes.putAll(own);
    long t = System.nanoTime();
    List<Diagnostic> refusals = confinement.check(p, own, classes);
    refused.addAll(refusals);
    confinementNanos += System.nanoTime() - t;
    jar = Jars.executable(p.mainClass(), classes);
    if (refusals.isEmpty()) {
      cache.put(jarKey, jar);
    }
    return jar;
  }

  /** Class files by binary name, written under {@code dir} as a class path directory. */
  private static void writeClasses(Map<String, byte[]> classes, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      Path f = dir.resolve(c.getKey().replace('.', '/') + ".class");
      Files.createDirectories(f.getParent());
      Files.write(f, c.getValue());
    }
  }

  private static List<Path> javaFiles(SolutionSpec.Program p) throws IOException, SolutionException {
    try (Stream<Path> s = Files.walk(p.src())) {
      List<Path> files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      if (files.isEmpty()) {
        throw ProgramProblems.noSources(p);
      }
      return files;
    }
  }

  /** A program given as a jar, checked as the kernel will check it (no sources to point at). */
  private byte[] prebuiltJar(SolutionSpec.Program p) throws SolutionException, IOException {
    byte[] jar = Files.readAllBytes(p.jar());
    long t = System.nanoTime();
    List<String> refusals;
    try {
      refusals = confinement.checkJar(org.kos.confinement.ProgramClasses.readJar(jar));
    } catch (IOException | IllegalArgumentException e) {
      throw new SolutionException("program " + p.path() + ": " + p.jar() + " is not a readable jar: " + e.getMessage());
    } finally {
      confinementNanos += System.nanoTime() - t;
    }
    if (!refusals.isEmpty()) {
      throw new SolutionException("program " + p.path() + ": " + p.jar()
          + " uses what programs may not use (docs/confinement.md):\n  " + String.join("\n  ", refusals));
    }
    return jar;
  }

  /** kos-runtime, the only thing programs compile against besides the stubs. */
  private static Path runtimeClasses() {
    try {
      return Path.of(EntityApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate kos-runtime's classes", e);
    }
  }

  /**
   * Stages the jars next to the image (in a private directory removed afterwards) and builds it, in
   * the vendor's order (spec §5, makeimg): einit, the programs in solution.yaml's order, the other
   * files, ksm.module last. Returns whether the image was written: one with the same bytes is left
   * as it is.
   */
  private static boolean writeImage(SolutionSpec spec, Map<String, byte[]> jars, byte[] module, Path image)
      throws IOException, SolutionException {
    // Named like every temporary file (AtomicFiles): a killed build's staging is removed by the next.
    Path staging = AtomicFiles.createTempDirectoryFor(image);
    try {
      ImageTree.Builder tree = ImageTree.builder(0755);
      int n = 0;
      for (Map.Entry<String, byte[]> j : jars.entrySet()) {
        Path f = staging.resolve((n++) + ".jar");
        Files.write(f, j.getValue());
        tree.add(TreeEntry.file(j.getKey(), 0755, f, j.getValue().length, null));
      }
      for (Map.Entry<String, Path> extra : spec.files().entrySet()) {
        tree.add(TreeEntry.file(extra.getKey(), 0644, extra.getValue(), Files.size(extra.getValue()), null));
      }
      if (module != null) {
        Path f = staging.resolve(SolutionSpec.KSM);
        Files.write(f, module);
        tree.add(TreeEntry.file(SolutionSpec.KSM, 0644, f, module.length, null));
      }
      Path staged = staging.resolve("image");
      ImageBuilder.build(tree.build(EntryOrder.AS_GIVEN), ImageFormat.KOS, BuildOptions.defaults(), staged);
      return Outputs.replaceIfDifferent(staged, image);
    } catch (ImageBuildException | IllegalArgumentException e) {
      throw new SolutionException(image + ": " + e.getMessage());
    } finally {
      AtomicFiles.discard(staging);
    }
  }
}
