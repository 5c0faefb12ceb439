package org.kos.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocBlocksTest {
  @TempDir Path dir;

  @Test
  void blocksComeWithTheirMarkerAttributesLineAndContent() throws IOException {
    Path page = dir.resolve("p.md");
    Files.writeString(page, "text\n```yaml init\na: 1\n```\n\n```java file=programs/A/a/A.java\nclass A {}\n```\n");
    DocBlocks d = DocBlocks.read(page);
    assertEquals(List.of("a: 1\n"), d.withInfo("yaml init").stream().map(DocBlocks.Block::content).toList());
    DocBlocks.Block java = d.inLanguage("java").get(0);
    assertEquals("programs/A/a/A.java 6 class A {}\n", java.attribute("file") + " " + java.line() + " " + java.content());
  }

  @Test
  void anUnclosedBlockIsAnError() throws IOException {
    Path page = dir.resolve("p.md");
    Files.writeString(page, "```idl\npackage a.B\n");
    assertThrows(IOException.class, () -> DocBlocks.read(page));
  }
}
