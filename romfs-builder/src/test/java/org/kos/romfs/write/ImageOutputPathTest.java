package org.kos.romfs.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.TestData;

/** Where an image may be written: the errors name the user's path, never the temporary file. */
class ImageOutputPathTest {
  @TempDir Path tmp;

  private void build(Path out) throws Exception {
    ImageBuilder.build(TestData.scan(TestData.TREE), ImageFormat.ROMFS, BuildOptions.defaults(), out);
  }

  @Test
  void outputThatIsADirectoryIsRefusedNamingItAndLeavesNothingBehind() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("out"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> build(dir));
    assertEquals(dir + ": is a directory", e.getMessage());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(dir), s.toList());
    }
  }

  @Test
  void outputInADirectoryThatDoesNotExistYetCreatesIt() throws Exception {
    Path out = tmp.resolve("build/images/i.romfs");
    build(out);
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void outputBelowAFileIsANotADirectoryErrorNamingTheFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.md"), "mine\n");
    NotDirectoryException e = assertThrows(NotDirectoryException.class, () -> build(file.resolve("i.romfs")));
    assertEquals(file.toString(), e.getFile());
  }
}
