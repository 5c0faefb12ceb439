package org.kos.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  @Test
  void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("out/x.txt");
    AtomicFiles.write(target, "old\n");
    AtomicFiles.write(target, "new\n");
    assertEquals("new\n", Files.readString(target));
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertEquals(List.of(target), s.toList());
    }
  }

  @Test
  void newFileIsReadableByOthersLikeAPlainWrite() throws IOException {
    Path target = tmp.resolve("x.txt");
    AtomicFiles.write(target, "{}\n");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void replacedFileKeepsItsPermissions() throws IOException {
    Path target = tmp.resolve("x.sh");
    AtomicFiles.write(target, "a\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(target, "b\n");
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void writingTheSameTextAgainLeavesTheFileUntouched() throws IOException {
    Path f = tmp.resolve("db.json");
    assertTrue(AtomicFiles.writeIfChanged(f, "one\n"));
    Files.setLastModifiedTime(f, FileTime.fromMillis(1000));
    assertFalse(AtomicFiles.writeIfChanged(f, "one\n"));
    assertEquals(1000, Files.getLastModifiedTime(f).toMillis());
  }

  @Test
  void writeIfChangedWritesDifferentText() throws IOException {
    Path f = tmp.resolve("db.json");
    AtomicFiles.writeIfChanged(f, "one\n");
    assertTrue(AtomicFiles.writeIfChanged(f, "two\n"));
    assertEquals("two\n", Files.readString(f));
  }

  @Test
  void aTargetThatIsADirectoryIsRefusedNamingItAndLeavesNoTemporaryFile() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("out"));
    FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(dir, "x\n"));
    assertEquals(dir + ": is a directory", e.getMessage());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(dir), s.toList());
    }
  }

  @Test
  void aFileWhereTheTargetsDirectoryShouldBeIsNotADirectoryError() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.md"), "mine\n");
    NotDirectoryException e = assertThrows(NotDirectoryException.class,
        () -> AtomicFiles.write(file.resolve("x.json"), "x\n"));
    assertEquals(file.toString(), e.getFile());
    assertEquals("mine\n", Files.readString(file));
  }
}
