package org.kos.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.Kos;

/**
 * The distribution as a user gets it (mvn package's kos-VERSION.tar.gz, run by failsafe after
 * package): unpacked in a temporary directory outside the repository and run from there with an
 * environment that names nothing of the build (PATH=/usr/bin:/bin, HOME and the CDS cache in the
 * temporary directory, JAVA_HOME the running JDK).
 */
class DistributionIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir static Path tmp;
  static Path home;

  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("kos.dist", "target/kos-" + System.getProperty("kos.version") + ".tar.gz"));
    assertTrue(Files.isRegularFile(archive), archive + " (built by mvn package)");
    assertFalse(tmp.toAbsolutePath().startsWith(REPO), "the test directory " + tmp + " is outside the repository");
    Process p = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString()).directory(tmp.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    home = tmp.resolve("kos-" + System.getProperty("kos.version"));
    assertTrue(Files.isExecutable(home.resolve("bin/kos")), "bin/kos is executable");
  }

  /** Runs {@code sh -c script} in {@code cwd} with only the given environment (and PATH=/usr/bin:/bin). */
  static Result sh(Path cwd, Map<String, String> env, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("HOME", tmp.resolve("home").toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + script);
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static Map<String, String> withJava() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"), "KOS_CDS_DIR", tmp.resolve("cds").toString());
  }

  @Test
  void aNewSolutionBuildsAndRunsFromTheUnpackedArchiveWithNoRepositoryAround() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    String kos = home.resolve("bin/kos").toString();
    long start = System.nanoTime();
    Result r = sh(work, withJava(), kos + " new solution x && " + kos + " solution build x && " + kos + " run x.img");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("[client] Ping(3) = 4"), r.toString());
    assertTrue(Files.isRegularFile(work.resolve("x.img")));
    // A number to look at (the lead measures on an idle machine); the first run also makes the CDS archive.
    System.out.println("DistributionIT: kos new solution + solution build + run from the archive: " + ms + " ms");
  }

  @Test
  void theArchiveNamesNoPathOfTheBuildTree() throws Exception {
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> s = Files.walk(home)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(REPO.toString())) {
          leaks.add(home.relativize(f).toString());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void theZipHoldsTheSameFilesAsTheTarballWithAnExecutableLauncher() throws Exception {
    Path zip = Path.of(System.getProperty("kos.dist").replaceFirst("\\.tar\\.gz$", ".zip"));
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        if (!e.isDirectory()) {
          inZip.add(e.getName());
        }
        if (e.getName().endsWith("/bin/kos")) {
          assertEquals(0755, e.getUnixMode() & 0777, "bin/kos's mode in the zip");
        }
      }
    }
    TreeSet<String> inTar = new TreeSet<>();
    try (Stream<Path> s = Files.walk(home)) {
      s.filter(Files::isRegularFile).forEach(f -> inTar.add(tmp.relativize(f).toString()));
    }
    assertEquals(inTar, inZip);
  }

  @Test
  void bashCompletesSubcommandsAndTemplateNames() throws Exception {
    String script = "source " + home.resolve("completion/kos.bash") + "\n"
        + "complete -p kos\n"
        + "COMP_WORDS=(kos ne); COMP_CWORD=1; COMP_LINE='kos ne'; COMP_POINT=6; _complete_kos; echo \"new: ${COMPREPLY[*]}\"\n"
        + "COMP_WORDS=(kos new solution --template ''); COMP_CWORD=4; COMP_LINE='kos new solution --template '; COMP_POINT=28;"
        + " _complete_kos; echo \"templates: ${COMPREPLY[*]}\"\n";
    Path file = Files.writeString(tmp.resolve("complete.bash"), script);
    Result r = sh(tmp, Map.of(), "exec bash --norc --noprofile " + file);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().matches("(?s)complete .*-F _complete_kos kos\n.*"), r.toString());
    assertTrue(r.out().contains("new: new\n"), r.toString());
    String templates = String.join(" ", new org.kos.cli.scaffold.TemplateNames());
    assertTrue(r.out().contains("templates: " + templates + "\n"), templates + "\n" + r);
  }

  @Test
  void manRendersEveryPageWithoutWarningsAndThereIsOnePerCommand() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed (apt-get install man-db); skipping");
    Path man1 = home.resolve("man/man1");
    TreeSet<String> pages = new TreeSet<>();
    try (Stream<Path> s = Files.list(man1)) {
      s.forEach(p -> pages.add(p.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(new ManPages("x").pages(Kos.commandLine()).keySet()), pages);
    for (String page : pages) {
      Result r = sh(tmp, Map.of("MANWIDTH", "80", "LANG", "C.UTF-8"), "man --warnings -l " + man1.resolve(page));
      assertEquals(0, r.exit(), page + ": " + r);
      assertEquals("", r.err(), page);
      String name = page.substring(0, page.length() - 2);
      assertTrue(java.util.regex.Pattern.compile("\nNAME\n\\s+" + java.util.regex.Pattern.quote(name) + "\\s+-\\s+\\S")
          .matcher(r.out()).find(), page + ":\n" + r.out());
    }
  }

  @Test
  void withoutJavaTheLauncherSaysWhatItNeedsAndExits127() throws Exception {
    Path bin = Files.createDirectories(tmp.resolve("nojava"));
    for (String tool : List.of("dirname", "readlink")) {
      Path link = bin.resolve(tool);
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, Path.of("/usr/bin", tool));
      }
    }
    Result r = sh(tmp, Map.of("PATH", bin.toString()), home.resolve("bin/kos") + " --version");
    assertEquals(127, r.exit(), r.toString());
    assertTrue(r.err().startsWith("kos: no Java found: kos needs Java 17 or later; set JAVA_HOME"), r.toString());
  }

  @Test
  void anOlderJavaIsRefusedNamingItsVersion() throws Exception {
    Path old = Files.createDirectories(tmp.resolve("jdk11/bin"));
    Files.writeString(old.resolve("../release"), "JAVA_VERSION=\"11.0.2\"\n");
    Path java = old.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho should not run >&2\nexit 99\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Result r = sh(tmp, Map.of("JAVA_HOME", tmp.resolve("jdk11").toString()), home.resolve("bin/kos") + " --version");
    assertEquals(127, r.exit(), r.toString());
    assertTrue(r.err().contains("is Java 11.0.2; kos needs Java 17 or later"), r.toString());
  }

  @Test
  void theLauncherMakesAnArchiveInTheCacheDirectoryAndTheNextRunLoadsClassesFromIt() throws Exception {
    Path cds = tmp.resolve("cds-own");
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "KOS_CDS_DIR", cds.toString());
    Result first = sh(tmp, env, home.resolve("bin/kos") + " rc decode 0x90000015");
    assertEquals(0, first.exit(), first.toString());
    try (Stream<Path> s = Files.list(cds)) {
      assertEquals(1, s.filter(p -> p.toString().endsWith(".jsa")).count(), "one archive made");
    }
    Path log = tmp.resolve("class-load.log");
    Map<String, String> logged = new java.util.HashMap<>(env);
    logged.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
    Result second = sh(tmp, logged, home.resolve("bin/kos") + " rc decode 0x90000015");
    assertEquals(0, second.exit(), second.toString());
    assertTrue(second.out().contains("rcSecurityDisallow"), second.toString());
    assertTrue(Files.readString(log).contains("org.kos.cli.rc.DecodeMain source: shared objects file (top)"),
        "DecodeMain came from the dynamic archive");
  }
}
