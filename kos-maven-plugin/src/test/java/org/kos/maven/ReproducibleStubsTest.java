package org.kos.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.maven.generate.StubBuild;

/**
 * What lets the Maven build cache share kos:generate's outputs between checkouts: the real Java
 * generator's files depend on the sources only, not on where the project lies or when it is built.
 */
class ReproducibleStubsTest {
  @TempDir Path tmp;

  private static final Map<String, String> SOURCES = Map.of(
      "echo/IPing.idl", "package echo.IPing\nconst UInt32 Max = 1000;\ninterface { Ping(in UInt32 v, out UInt32 r); }\n",
      "echo/Server.edl", "entity echo.Server\nendpoints { ping : echo.IPing }\n");

  /** Generates SOURCES in a project at {@code project}; returns every output's bytes by relative path. */
  private Map<String, String> generate(Path project) throws IOException {
    Path src = project.resolve("src/main/nk");
    for (var e : SOURCES.entrySet()) {
      Path f = src.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
    }
    Path out = project.resolve("target/generated-sources/nk");
    StubBuild.Outcome outcome = new StubBuild(Generators.javaStubs(null)).run(new StubBuild.Request(List.of(src),
        List.of(), out, project.resolve("target/kos-maven-plugin/generate.state"), "javaPackagePrefix=", false));
    assertInstanceOf(StubBuild.Outcome.Generated.class, outcome);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(f).toString(), Files.readString(f));
      }
    }
    return files;
  }

  @Test
  void twoCheckoutsAtDifferentPathsGenerateTheSameBytes() throws IOException {
    Map<String, String> first = generate(tmp.resolve("a"));
    Map<String, String> second = generate(tmp.resolve("elsewhere/b"));
    assertFalse(first.isEmpty());
    assertEquals(first, second);
  }

  @Test
  void noGeneratedFileNamesTheDirectoryItWasGeneratedIn() throws IOException {
    Path project = tmp.resolve("checkout");
    generate(project).forEach((path, text) -> assertFalse(text.contains(tmp.toString()), path + " names " + tmp));
  }
}
