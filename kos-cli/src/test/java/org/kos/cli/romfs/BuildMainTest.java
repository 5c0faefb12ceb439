package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.ExitCodes;
import org.kos.cli.Kos;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The launcher's picocli-free {@code romfs build} must behave exactly as the picocli command. */
class BuildMainTest {
  private static final Path TESTDATA = Path.of("..", "testdata", "romfs").toAbsolutePath().normalize();
  private static final String TREE = TESTDATA.resolve("tree").toString();

  @TempDir Path tmp;

  /** What one run printed and wrote. */
  private record Outcome(int exit, String out, String err, byte[] image) {
    @Override
    public String toString() {
      return "exit " + exit + "\nout: " + out + "\nerr: " + err + "\nimage: " + (image == null ? "none" : image.length + " bytes");
    }
  }

  private Outcome viaPicocli(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Kos.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString(), takeImage());
  }

  private Outcome viaFastEntry(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BuildMain.run(args, null, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(exit, out.toString(), err.toString(), takeImage());
  }

  private byte[] takeImage() throws Exception {
    Path img = tmp.resolve("out.img");
    if (!Files.exists(img)) {
      return null;
    }
    byte[] b = Files.readAllBytes(img);
    Files.delete(img);
    return b;
  }

  private String[] build(String... options) {
    List<String> args = new ArrayList<>(List.of("romfs", "build", "-o", tmp.resolve("out.img").toString()));
    args.addAll(Arrays.asList(options));
    return args.toArray(String[]::new);
  }

  private void assertSameOutcome(String... args) throws Exception {
    Outcome picocli = viaPicocli(args);
    Outcome fast = viaFastEntry(args);
    assertEquals(picocli.exit(), fast.exit(), "exit code of " + List.of(args) + "\npicocli: " + picocli + "\nfast: " + fast);
    assertEquals(picocli.out(), fast.out(), "stdout of " + List.of(args));
    assertEquals(picocli.err(), fast.err(), "stderr of " + List.of(args));
    assertArrayEquals(picocli.image(), fast.image(), "image of " + List.of(args));
  }

  @Test
  void bothEntryPointsWriteTheSameImagesAndPrintTheSame() throws Exception {
    Path init = Files.writeString(tmp.resolve("init"), "#!/bin/init\n");
    assertSameOutcome(build("-d", TREE, "-f", "romfs", "-V", "vol", "-a", "64", "-A", "4096,/data/*", "-x", "*.tmp"));
    assertSameOutcome(build("--dir=" + TREE, "--format=cpio", "--compress=gzip", "-q"));
    assertSameOutcome(build("-m", TESTDATA.resolve("manifest.txt").toString(), "-f", "cpio", "-z", "lz4"));
    assertSameOutcome(build("-d", TESTDATA.resolve("tree/data").toString(), "--init", init.toString()));
  }

  @Test
  void bothEntryPointsReportBadInputTheSameWay() throws Exception {
    Path manifest = Files.writeString(tmp.resolve("bad.manifest"), "/etc dir 0755\n/etc/motd file 06x4 motd\n");
    assertSameOutcome(build("-d", TREE)); // symlinks do not fit the kos format: exit 1
    assertSameOutcome(build("-m", manifest.toString(), "-f", "romfs"));
    assertSameOutcome(build("-m", manifest.toString(), "-f", "romfs", "--json"));
    assertSameOutcome(build("-d", TREE, "--init", TREE + "/einit", "-f", "romfs")); // einit twice
    assertSameOutcome(build("-d", tmp.resolve("missing").toString())); // exit 3
  }

  @Test
  void fastEntryPointLeavesUsageErrorsToPicocli() {
    for (String[] args : List.of(
        build("-d", TREE, "-f", "iso"), build("-d", TREE, "-f", "cpio", "-z", "bzip2"), build("-d", TREE, "-a", "3"),
        build("-d", TREE, "-x", ""), build("-d", TREE, "--init", TREE), build("-d", TREE, "-m", "m"),
        build(), build("-d", TREE, "--help"), build("-d", TREE, "-qV", "x"), build("-d", TREE, "-V", "-q"),
        build("-d", TREE, "-o", "again"), build("-d", TREE, "extra"), build("-d", TREE, "-V"),
        new String[] {"romfs", "build", "-d", TREE}, new String[] {"romfs", "ls", "x.img"})) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertEquals(BuildMain.NOT_HANDLED, BuildMain.run(args, null, new PrintWriter(out), new PrintWriter(err)), List.of(args).toString());
      assertEquals("", out + err.toString(), List.of(args).toString());
    }
    assertEquals(BuildMain.NOT_HANDLED, BuildMain.run(build("-d", TREE), "yesterday", new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())));
  }

  @Test
  void fastParserTakesEveryOptionOfThePicocliCommandWithTheSameArity() {
    CommandLine picocli = new CommandLine(new BuildCommand());
    List<String> names = new ArrayList<>();
    for (OptionSpec o : picocli.getCommandSpec().options()) {
      for (String name : o.names()) {
        names.add(name);
        // Every required option but the one under test.
        List<String> required = new ArrayList<>(List.of("romfs", "build"));
        if (!List.of("-o", "--output").contains(name)) {
          required.addAll(List.of("-o", "out.img"));
        }
        if (!List.of("-d", "--dir", "-m", "--manifest").contains(name)) {
          required.addAll(List.of("-m", "image.manifest"));
        }
        String[] base = required.toArray(String[]::new);
        if (o.usageHelp()) {
          assertNull(BuildMain.parse(append(base, name)), name);
        } else if (o.arity().max() == 0) {
          assertNotNull(BuildMain.parse(append(base, name)), name);
          assertNull(BuildMain.parse(append(base, name, "value")), name + " takes no value");
        } else {
          assertNotNull(BuildMain.parse(append(base, name, "value")), name);
          assertNull(BuildMain.parse(append(base, name)), name + " needs a value");
        }
      }
    }
    assertTrue(names.containsAll(List.of("-d", "-m", "-o", "-f", "-z", "-V", "-a", "-A", "-x", "--init", "-q", "--json")), names.toString());
    assertNull(BuildMain.parse(build("-d", TREE, "--frob")));
  }

  @Test
  void fastParserFillsTheArgumentsAsPicocliDoes() {
    for (String[] args : List.of(
        build("-d", TREE),
        build("-m", "m.txt", "-f", "cpio", "-z", "gzip", "-q", "--json"),
        build("--dir", TREE, "--volume=label with blanks", "--align", "64", "-A", "512,*.ko", "--align-pattern", "4096,/boot/*",
            "-x", "*.tmp", "--exclude=/cache", "--init", "build/einit", "--format", "romfs"))) {
      CommandLine picocli = new CommandLine(new BuildCommand());
      picocli.parseArgs(Arrays.copyOfRange(args, 2, args.length));
      BuildArguments expected = ((BuildCommand) picocli.getCommand()).args;
      assertEquals(describe(expected), describe(BuildMain.parse(args)), List.of(args).toString());
    }
  }

  private static String describe(BuildArguments a) {
    return String.join("|", String.valueOf(a.source.dir), String.valueOf(a.source.manifest), String.valueOf(a.output),
        a.format, a.compress, String.valueOf(a.volume), String.valueOf(a.align), a.alignPatterns.toString(),
        a.excludes.toString(), String.valueOf(a.init), String.valueOf(a.quiet), String.valueOf(a.json));
  }

  private static String[] append(String[] base, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(base));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  @Test
  void xzAndZstdBuildTheSameImageThroughBothEntryPoints() throws Exception {
    for (String codec : List.of("xz", "zstd")) {
      Outcome o = viaPicocli(build("-d", TREE, "-f", "cpio", "-z", codec));
      assertEquals(ExitCodes.OK, o.exit(), o.toString());
      assertSameOutcome(build("-d", TREE, "-f", "cpio", "-z", codec));
    }
  }
}
