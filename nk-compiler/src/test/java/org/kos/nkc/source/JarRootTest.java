package org.kos.nkc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;

class JarRootTest {
  @TempDir Path tmp;

  private Path jar(Map<String, String> entries) throws IOException {
    Path jar = tmp.resolve("lib.jar");
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void opensAnIdlEntryByItsRelativePathAndNamesItInsideTheJar() throws IOException {
    Path jar = jar(Map.of("a/b/C.idl", "package a.b.C\n"));
    var file = JarRoot.read(jar).open("a/b/C.idl");
    assertEquals("package a.b.C\n", file.text());
    assertEquals(jar + "!/a/b/C.idl", file.name());
  }

  @Test
  void hasNoFileForAMissingPathOrANonNkEntry() throws IOException {
    JarRoot root = JarRoot.read(jar(Map.of("a/b/C.class", "x", "a/b/C.idl", "package a.b.C\n")));
    assertNull(root.open("a/b/D.idl"));
    assertNull(root.open("a/b/C.class"));
  }

  @Test
  void isEmptyWhenTheJarHoldsNoNkFile() throws IOException {
    assertTrue(JarRoot.read(jar(Map.of("a/B.class", "x"))).isEmpty());
    assertFalse(JarRoot.read(jar(Map.of("a/B.cdl", "component a.B\n"))).isEmpty());
  }

  @Test
  void anInputImportsAPackageFromAJarOnTheSearchPath() throws IOException {
    Path jar = jar(Map.of("lib/IPing.idl", "package lib.IPing\ninterface { Ping(in UInt32 v, out UInt32 r); }\n"));
    Path cdl = tmp.resolve("app/C.cdl");
    Files.createDirectories(cdl.getParent());
    Files.writeString(cdl, "component app.C\nendpoints { ping : lib.IPing }\n");
    CompileResult result = NkCompiler.compile(new CompileRequest(List.of(CompileRequest.Input.of(cdl)),
        List.of(new DirectoryRoot(tmp), JarRoot.read(jar)), true, false));
    assertEquals(List.of(), result.diagnostics());
    assertTrue(result.model().orElseThrow().packages().containsKey("lib.IPing"));
  }
}
