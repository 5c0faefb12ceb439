package org.kos.maven.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
  @TempDir Path tmp;

  @Test
  void readsBackWhatItWroteIncludingPathsWithSpaces() throws IOException {
    BuildState state = new BuildState("cfg",
        new TreeMap<>(Map.of(Path.of("/a b/echo/IPing.idl"), "h1")),
        List.of(new BuildState.Lookup(0, "echo/IPing.idl", "h1"), new BuildState.Lookup(1, "x/Y.idl", RecordingRoot.ABSENT)),
        new TreeMap<>(Map.of("echo/IPing.java", "h2")));
    Path file = tmp.resolve("t/generate.state");
    state.write(file);
    assertEquals(state, BuildState.read(file));
  }

  @Test
  void aMissingOrForeignFileIsNoState() throws IOException {
    assertNull(BuildState.read(tmp.resolve("none")));
    Path foreign = tmp.resolve("foreign");
    Files.writeString(foreign, "kos-maven-plugin state 0\nconfiguration\tx\n");
    assertNull(BuildState.read(foreign));
  }
}
