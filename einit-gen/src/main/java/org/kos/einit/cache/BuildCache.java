package org.kos.einit.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kos.io.AtomicFiles;

/**
 * A build directory: objects (compiled stubs, a program's classes, jars) stored under a key that
 * hashes everything they were made from, and a small manifest ({@code kos-build/manifest.json})
 * with each object's content hash and what each program's classes were compiled against. Nothing
 * is trusted blindly: an object whose bytes do not hash to the manifest's value, a manifest that
 * does not parse or comes from another tool version, are misses, and the build makes them again.
 * Only files of its own naming are ever deleted. {@link #none()} remembers nothing (a clean build).
 */
public final class BuildCache {
  static final String SUBDIR = "kos-build";
  static final String MANIFEST = "manifest.json";
  static final String FORMAT = "kos-build";
  static final int VERSION = 1;
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  /** Made on first use: the up-to-date check calls {@link #toolVersion} and must not load Jackson. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }

  /** What a program's classes were compiled from: its sources' key and the stub classes javac read. */
  record ProgramEntry(String sources, String classes, Map<String, String> uses) {}

  private final Path dir;
  private final Path buildDir;
  private final String tool;
  private final Map<String, String> objects = new TreeMap<>();
  private final Map<String, ProgramEntry> programs = new TreeMap<>();
  private final Map<String, String> used = new TreeMap<>();
  private final Map<String, ProgramEntry> current = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  private BuildCache(Path buildDir, String tool) {
    this.buildDir = buildDir;
    this.dir = buildDir == null ? null : buildDir.resolve(SUBDIR);
    this.tool = tool;
  }

  /** No build directory: every lookup misses, nothing is written. */
  public static BuildCache none() {
    return new BuildCache(null, "");
  }

  /** Whether there is a build directory (not {@link #none()}). */
  public boolean enabled() {
    return dir != null;
  }

  /** Removes the build's stamp ({@link BuildStamp}): a build has started. */
  public void forgetStamp() throws IOException {
    if (dir != null) {
      BuildStamp.remove(buildDir);
    }
  }

  /** Stamps a build that ended well ({@link BuildStamp#write}); returns whether it did. */
  public boolean stamp(String request, List<Path> files, List<Path> dirs, List<Path> policyDirs, Path image,
      long startedMillis) throws IOException {
    return dir != null && BuildStamp.write(buildDir, tool, request, files, dirs, policyDirs, image, startedMillis);
  }

  /**
   * Opens (creating it) the build directory {@code buildDir}; with {@code clean}, forgets what it
   * held first.
   *
   * @param tool the tool's version ({@link #toolVersion}): objects of another version are not used
   * @throws IOException when the directory cannot be made (a file is in the way)
   */
  public static BuildCache open(Path buildDir, boolean clean, String tool) throws IOException {
    if (Files.exists(buildDir) && !Files.isDirectory(buildDir)) {
      throw new NotDirectoryException(buildDir + " (the build directory)");
    }
    BuildCache c = new BuildCache(buildDir, tool);
    Files.createDirectories(c.dir.resolve("objects"));
    if (clean) {
      c.deleteOurFiles();
    } else {
      c.load();
    }
    return c;
  }

  /** Why earlier results were not used (a foreign or corrupted directory), for the -v report. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  public String tool() {
    return tool;
  }

  private void load() throws IOException {
    Path m = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) {
      return;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(m));
    } catch (IOException | RuntimeException e) {
      forget("the build directory's manifest is unreadable");
      return;
    }
    if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
      forget("the build directory's manifest is not one of this format");
      return;
    }
    if (!tool.equals(root.path("tool").asText())) {
      forget("the build directory was made by another version of the tool");
      return;
    }
    root.path("objects").fields().forEachRemaining(e -> objects.put(e.getKey(), e.getValue().asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("programs").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Map<String, String> uses = new TreeMap<>();
      e.getValue().path("uses").fields().forEachRemaining(u -> uses.put(u.getKey(), u.getValue().asText()));
      programs.put(e.getKey(), new ProgramEntry(e.getValue().path("sources").asText(),
          e.getValue().path("classes").asText(), uses));
    }
  }

  private void forget(String why) throws IOException {
    notes.add(why + "; rebuilding everything");
    deleteOurFiles();
  }

  private void deleteOurFiles() throws IOException {
    objects.clear();
    programs.clear();
    Files.deleteIfExists(dir.resolve(MANIFEST));
    BuildStamp.remove(buildDir);
    try (Stream<Path> s = Files.list(dir.resolve("objects"))) {
      for (Path f : s.toList()) {
        if (KEY.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
          Files.delete(f);
        }
      }
    }
  }

  /** The object stored under {@code key}, if it is there and intact; null otherwise. */
  public byte[] object(String key) throws IOException {
    if (dir == null || !objects.containsKey(key)) {
      return null;
    }
    Path f = dir.resolve("objects").resolve(key);
    byte[] bytes = Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
    if (bytes == null || !Hashes.of(bytes).equals(objects.get(key))) {
      notes.add("object " + key.substring(0, 12) + " is missing or corrupted; made again");
      objects.remove(key);
      return null;
    }
    used.put(key, objects.get(key));
    return bytes;
  }

  public void put(String key, byte[] bytes) throws IOException {
    if (dir == null) {
      return;
    }
    AtomicFiles.write(dir.resolve("objects").resolve(key), bytes);
    String hash = Hashes.of(bytes);
    objects.put(key, hash);
    used.put(key, hash);
  }

  /** Class files stored under {@code key}; null on a miss. */
  public Map<String, byte[]> classes(String key) throws IOException {
    byte[] archive = object(key);
    if (archive == null) {
      return null;
    }
    try {
      return ClassArchive.read(archive);
    } catch (IOException e) {
      used.remove(key);
      objects.remove(key);
      return null;
    }
  }

  public void putClasses(String key, Map<String, byte[]> classes) throws IOException {
    put(key, ClassArchive.write(classes));
  }

  /**
   * A program's classes from an earlier build, when its sources are the same ({@code sourceKey})
   * and every stub class javac read then has the same bytes in {@code stubs} now; null otherwise.
   */
  public Map<String, byte[]> programClasses(String program, String sourceKey, Map<String, byte[]> stubs)
      throws IOException {
    ProgramEntry e = programs.get(program);
    if (e == null || !e.sources().equals(sourceKey)) {
      return null;
    }
    for (Map.Entry<String, String> u : e.uses().entrySet()) {
      byte[] now = stubs.get(u.getKey());
      if (now == null || !Hashes.of(now).equals(u.getValue())) {
        return null;
      }
    }
    Map<String, byte[]> classes = classes(e.classes());
    if (classes != null) {
      current.put(program, e);
    }
    return classes;
  }

  /** Records a program's freshly compiled classes and the stub classes javac read for them. */
  public void putProgramClasses(String program, String sourceKey, Map<String, byte[]> classes,
      Map<String, byte[]> usedStubs) throws IOException {
    if (dir == null) {
      return;
    }
    String key = new Hashes().add("program classes").add(sourceKey).add(new TreeMap<>(usedStubs)).hex();
    putClasses(key, classes);
    Map<String, String> uses = new TreeMap<>();
    usedStubs.forEach((name, bytes) -> uses.put(name, Hashes.of(bytes)));
    current.put(program, new ProgramEntry(sourceKey, key, uses));
  }

  /**
   * Writes the manifest of this build (only what it used: the directory does not grow with every
   * edit) and deletes the objects no longer listed.
   */
  public void save() throws IOException {
    if (dir == null) {
      return;
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("tool", tool);
    ObjectNode objs = root.putObject("objects");
    used.forEach(objs::put);
    ObjectNode progs = root.putObject("programs");
    current.forEach((name, e) -> {
      ObjectNode p = progs.putObject(name);
      p.put("sources", e.sources()).put("classes", e.classes());
      ObjectNode uses = p.putObject("uses");
      e.uses().forEach(uses::put);
    });
    AtomicFiles.writeIfChanged(dir.resolve(MANIFEST), Json.MAPPER.writeValueAsString(root) + "\n");
    try (Stream<Path> s = Files.list(dir.resolve("objects"))) {
      for (Path f : s.toList()) {
        String n = f.getFileName().toString();
        if (KEY.matcher(n).matches() && !used.containsKey(n)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /**
   * The tool's version as far as outputs depend on it: the JDK (javac's output) and, for each
   * jar or class directory the given classes come from, its path, size and modification time.
   */
  public static String toolVersion(Class<?>... classes) {
    Hashes h = new Hashes().add(System.getProperty("java.vm.version", "")).add(System.getProperty("java.home", ""));
    for (Class<?> c : classes) {
      try {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path f = Files.isDirectory(p) ? p.resolve(c.getName().replace('.', '/') + ".class") : p;
        h.add(p.toString()).add(Long.toString(Files.size(f))).add(Files.getLastModifiedTime(f).toString());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        h.add(c.getName() + ": unknown");
      }
    }
    return h.hex();
  }
}
