package org.kos.maven.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.maven.generate.StubBuild.Outcome;
import org.kos.maven.inputs.IncludeRoot;
import org.kos.nkc.javagen.GeneratedFile;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.sdk.SdkVersion;

/**
 * The incremental run against a stand-in back end: one output per input package and one per
 * input component/class, holding the names it saw, so what was (re)written is observable.
 */
class StubBuildTest {
  @TempDir Path tmp;

  private static final StubBuild.Generator NAMES = model -> {
    List<GeneratedFile> out = new ArrayList<>();
    for (IdlPackage p : model.packages().values()) {
      if (p.input()) {
        out.add(new GeneratedFile(p.name().replace('.', '/') + ".txt", p.name() + " " + p.declarations() + " " + p.iface() + "\n",
            new TreeSet<>()));
      }
    }
    model.components().values().stream().filter(c -> c.input())
        .forEach(c -> out.add(new GeneratedFile(c.name().replace('.', '/') + "Component.txt",
            c.name() + " " + c.endpoints() + "\n", new TreeSet<>())));
    return out;
  };

  private Path src() {
    return tmp.resolve("src");
  }

  private Path out() {
    return tmp.resolve("out");
  }

  private void write(Path root, String rel, String text) throws IOException {
    Path f = root.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private Outcome run(List<IncludeRoot> includes, boolean failOnWarning) throws IOException {
    return new StubBuild(NAMES).run(new StubBuild.Request(List.of(src()), includes, out(),
        tmp.resolve("state/generate.state"), "", failOnWarning));
  }

  private Outcome run() throws IOException {
    return run(List.of(), false);
  }

  /** Every output's modification time, after setting them all to the epoch so a rewrite shows. */
  private Map<String, FileTime> ageOutputs() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(0));
        times.put(out().relativize(f).toString(), FileTime.fromMillis(0));
      }
    }
    return times;
  }

  private List<String> rewrittenSince(Map<String, FileTime> times) throws IOException {
    List<String> rewritten = new ArrayList<>();
    for (var e : times.entrySet()) {
      Path f = out().resolve(e.getKey());
      if (!Files.exists(f) || !Files.getLastModifiedTime(f).equals(e.getValue())) {
        rewritten.add(e.getKey());
      }
    }
    return rewritten;
  }

  private void echo() throws IOException {
    write(src(), "echo/IPing.idl", "package echo.IPing\ninterface { Ping(in UInt32 v, out UInt32 r); }\n");
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in UInt32 v); }\n");
    write(src(), "echo/CPing.cdl", "component echo.CPing\nendpoints { ping : echo.IPing }\n");
  }

  private Outcome run(SdkVersion sdk) throws IOException {
    return new StubBuild(NAMES).run(new StubBuild.Request(List.of(src()), List.of(), out(),
        tmp.resolve("state/generate.state"), "", false, sdk));
  }

  @Test
  void sdk11AcceptsAnInParameterAfterOutParametersWhichTheNewestRefuses() throws IOException {
    write(src(), "a/P.idl", "package a.P\ninterface { Ping(out UInt32 r, in UInt32 v); }\n");
    assertInstanceOf(Outcome.Failed.class, run(SdkVersion.NEWEST));
    assertInstanceOf(Outcome.Generated.class, run(SdkVersion.V1_1));
  }

  @Test
  void anSdkComponentEmbeddedByAnInputGetsStubsToo() throws IOException {
    write(src(), "app/EnvServer.edl", "entity app.EnvServer\ncomponents { env : kl.Env }\n");
    assertInstanceOf(Outcome.Generated.class, run());
    assertTrue(Files.isRegularFile(out().resolve("kl/EnvComponent.txt")));
  }

  @Test
  void changingTheSdkRunsAgain() throws IOException {
    echo();
    run(SdkVersion.V1_1);
    assertInstanceOf(Outcome.UpToDate.class, run(SdkVersion.V1_1));
    assertInstanceOf(Outcome.Generated.class, run(SdkVersion.V1_2));
  }

  @Test
  void firstRunWritesOneOutputPerInput() throws IOException {
    echo();
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, run());
    assertEquals(3, g.inputs());
    assertEquals(3, g.written());
    assertTrue(Files.isRegularFile(out().resolve("echo/IPing.txt")));
    assertTrue(Files.isRegularFile(out().resolve("echo/CPingComponent.txt")));
  }

  @Test
  void secondRunWithNothingChangedIsUpToDateAndRewritesNothing() throws IOException {
    echo();
    run();
    Map<String, FileTime> times = ageOutputs();
    assertInstanceOf(Outcome.UpToDate.class, run());
    assertEquals(List.of(), rewrittenSince(times));
  }

  @Test
  void changingOneFileRewritesOnlyItsOutputs() throws IOException {
    echo();
    run();
    Map<String, FileTime> times = ageOutputs();
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in UInt32 v, in UInt32 w); }\n");
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, run());
    assertEquals(1, g.written());
    assertEquals(List.of("echo/IPong.txt"), rewrittenSince(times));
  }

  @Test
  void removingASourceRemovesItsOutputsAndEmptyDirectories() throws IOException {
    echo();
    write(src(), "other/IOther.idl", "package other.IOther\ninterface { Go(); }\n");
    run();
    Files.delete(src().resolve("other/IOther.idl"));
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, run());
    assertEquals(1, g.removed());
    assertFalse(Files.exists(out().resolve("other")));
    assertTrue(Files.exists(out().resolve("echo/IPing.txt")));
  }

  @Test
  void removingEverySourceRemovesEveryOutput() throws IOException {
    echo();
    run();
    try (Stream<Path> files = Files.walk(src())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.delete(f);
      }
    }
    Outcome.NoSources n = assertInstanceOf(Outcome.NoSources.class, run());
    assertEquals(3, n.removed());
    assertFalse(Files.exists(out().resolve("echo")));
  }

  @Test
  void anOutputDeletedByHandIsWrittenAgain() throws IOException {
    echo();
    run();
    Files.delete(out().resolve("echo/IPing.txt"));
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, run());
    assertEquals(1, g.written());
    assertTrue(Files.exists(out().resolve("echo/IPing.txt")));
  }

  @Test
  void anErrorFailsWithItsPositionAndLeavesTheOutputsAlone() throws IOException {
    echo();
    run();
    Map<String, FileTime> times = ageOutputs();
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in Nope v); }\n");
    Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, run());
    var error = f.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow();
    assertEquals(src().resolve("echo/IPong.idl").toAbsolutePath() + ":2:21", error.span().position());
    assertEquals(List.of(), rewrittenSince(times));
  }

  @Test
  void aFixedErrorRunsAgain() throws IOException {
    echo();
    run();
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in Nope v); }\n");
    run();
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in UInt8 v); }\n");
    assertInstanceOf(Outcome.Generated.class, run());
  }

  @Test
  void warningsFailTheRunOnlyWithFailOnWarning() throws IOException {
    // NK0206-style placement warnings are errors; an unused import is a plain warning.
    write(src(), "echo/IPing.idl", "package echo.IPing\nimport echo.IPong\ninterface { Ping(in UInt32 v); }\n");
    write(src(), "echo/IPong.idl", "package echo.IPong\ninterface { Pong(in UInt32 v); }\n");
    Outcome lenient = run();
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, lenient);
    assertFalse(g.warnings().isEmpty(), "expected a warning for the unused import");
    Files.delete(tmp.resolve("state/generate.state"));
    Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, run(List.of(), true));
    assertFalse(f.diagnostics().isEmpty());
  }

  @Test
  void aChangedFileInAnIncludeDirectoryRunsAgain() throws IOException {
    Path lib = tmp.resolve("lib");
    write(lib, "lib/IPing.idl", "package lib.IPing\ninterface { Ping(in UInt32 v); }\n");
    write(src(), "app/CApp.cdl", "component app.CApp\nendpoints { ping : lib.IPing }\n");
    List<IncludeRoot> includes = List.of(new IncludeRoot(lib, false));
    assertInstanceOf(Outcome.Generated.class, run(includes, false));
    assertInstanceOf(Outcome.UpToDate.class, run(includes, false));
    write(lib, "lib/IPing.idl", "package lib.IPing\ninterface { Ping(in UInt32 v, in UInt32 w); }\n");
    assertInstanceOf(Outcome.Generated.class, run(includes, false));
  }

  @Test
  void aFileAppearingEarlierOnTheSearchPathRunsAgain() throws IOException {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    Files.createDirectories(first);
    write(second, "lib/IPing.idl", "package lib.IPing\ninterface { Ping(in UInt32 v); }\n");
    write(src(), "app/CApp.cdl", "component app.CApp\nendpoints { ping : lib.IPing }\n");
    List<IncludeRoot> includes = List.of(new IncludeRoot(first, false), new IncludeRoot(second, false));
    run(includes, false);
    write(first, "lib/IPing.idl", "package lib.IPing\ninterface { Ping(in UInt8 v); }\n");
    assertInstanceOf(Outcome.Generated.class, run(includes, false));
  }

  @Test
  void importsAnInterfacePackagedInAJarAndGeneratesNothingForIt() throws IOException {
    Path jar = tmp.resolve("lib.jar");
    try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(o)) {
      zip.putNextEntry(new ZipEntry("lib/IPing.idl"));
      zip.write("package lib.IPing\ninterface { Ping(in UInt32 v); }\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    write(src(), "app/CApp.cdl", "component app.CApp\nendpoints { ping : lib.IPing }\n");
    Outcome.Generated g = assertInstanceOf(Outcome.Generated.class, run(List.of(IncludeRoot.of(jar)), false));
    assertEquals(List.of(), g.warnings());
    assertFalse(Files.exists(out().resolve("lib/IPing.txt")));
    assertTrue(Files.exists(out().resolve("app/CAppComponent.txt")));
  }

  @Test
  void aRebuiltDependencyJarRunsAgain() throws IOException {
    Path jar = tmp.resolve("lib.jar");
    Runnable makeJar = () -> {
      try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(o)) {
        zip.putNextEntry(new ZipEntry("lib/IPing.idl"));
        zip.write("package lib.IPing\ninterface { Ping(in UInt32 v); }\n".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    makeJar.run();
    write(src(), "app/CApp.cdl", "component app.CApp\nendpoints { ping : lib.IPing }\n");
    List<IncludeRoot> includes = List.of(IncludeRoot.of(jar));
    run(includes, false);
    assertInstanceOf(Outcome.UpToDate.class, run(includes, false));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
    assertInstanceOf(Outcome.Generated.class, run(includes, false));
  }
}
