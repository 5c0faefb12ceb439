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
import java.util.Set;
import java.util.stream.Stream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

  // --- what -o names: symlinks, FIFOs, devices (issue 17 #1)

  private static BasicFileAttributes lstat(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aSymlinkTargetStaysALinkAndTheFileItLeadsToIsReplaced() throws IOException {
    Path real = Files.writeString(tmp.resolve("real.json"), "old\n");
    Path link = Files.createSymbolicLink(tmp.resolve("out.json"), Path.of("real.json"));
    AtomicFiles.write(link, "new\n");
    assertTrue(lstat(link).isSymbolicLink(), "the link was replaced by a file");
    assertEquals("real.json", Files.readSymbolicLink(link).toString());
    assertEquals("new\n", Files.readString(real));
  }

  @Test
  void aDanglingSymlinkTargetCreatesTheFileItLeadsTo() throws IOException {
    Files.createDirectory(tmp.resolve("build"));
    Path link = Files.createSymbolicLink(tmp.resolve("out.json"), Path.of("build/real.json"));
    AtomicFiles.write(link, "new\n");
    assertTrue(lstat(link).isSymbolicLink());
    assertEquals("new\n", Files.readString(tmp.resolve("build/real.json")));
  }

  @Test
  void aFifoTargetIsWrittenThroughAndStaysAFifo() throws Exception {
    Path fifo = tmp.resolve("pipe");
    Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    AtomicFiles.write(fifo, "through\n");
    assertEquals("through\n", reader.get(20, TimeUnit.SECONDS));
    assertTrue(lstat(fifo).isOther(), "the FIFO was replaced by a file");
  }

  @Test
  void aStreamedOutputToAFifoArrivesWholeAndTheFifoStays() throws Exception {
    Path fifo = tmp.resolve("pipe");
    Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    AtomicFiles.write(fifo, out -> {
      out.write(java.nio.ByteBuffer.wrap("0123456789".getBytes(StandardCharsets.US_ASCII)));
      out.write(java.nio.ByteBuffer.wrap("AB".getBytes(StandardCharsets.US_ASCII)), 0); // a seeking writer
    });
    assertEquals("AB23456789", new String(reader.get(20, TimeUnit.SECONDS), StandardCharsets.US_ASCII));
    assertTrue(lstat(fifo).isOther());
  }

  @Test
  void aCharacterDeviceTargetIsWrittenThroughAndStaysADevice() throws Exception {
    Path dev = tmp.resolve("null");
    // A private copy of /dev/null (needs root): the test never risks the system's.
    Assumptions.assumeTrue(run("mknod", dev.toString(), "c", "1", "3"), "cannot make a device node here");
    AtomicFiles.write(dev, "discarded\n");
    assertTrue(lstat(dev).isOther(), "the device was replaced by a file");
    assertEquals(0, Files.size(dev));
  }

  // --- temporary files: one naming scheme, stale ones removed, SIGTERM cleans up (issue 17 #3)

  @Test
  void temporaryFilesAreNamedAfterTheTargetWithPidAndRandom() throws IOException {
    Path target = tmp.resolve("image.img");
    List<Path> seen = new java.util.ArrayList<>();
    AtomicFiles.write(target, out -> seen.addAll(AtomicFiles.inFlight()));
    assertEquals(1, seen.size());
    String name = seen.get(0).getFileName().toString();
    assertTrue(name.matches("\\.image\\.img\\.kos-tmp-" + ProcessHandle.current().pid() + "-[0-9a-f]+"), name);
    assertEquals(tmp, seen.get(0).getParent());
  }

  @Test
  void staleTemporaryFilesOfProcessesThatNoLongerRunAreRemovedByTheNextWrite() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long deadPid = gone.pid();
    Assumptions.assumeTrue(ProcessHandle.of(deadPid).isEmpty());
    Path dir = Files.createDirectory(tmp.resolve("out"));
    Path staleFile = Files.writeString(dir.resolve(".big.img.kos-tmp-" + deadPid + "-1f"), "half an image");
    Path staleDir = Files.createDirectories(dir.resolve(".s.img.kos-tmp-" + deadPid + "-2e/inner"));
    Path alive = Files.writeString(dir.resolve(".other.kos-tmp-" + ProcessHandle.current().pid() + "-3d"), "in use");
    Path notOurs = Files.writeString(dir.resolve(".big.img.tmp"), "someone else's");
    AtomicFiles.write(dir.resolve("new.json"), "{}\n");
    assertFalse(Files.exists(staleFile), "stale temporary file left");
    assertFalse(Files.exists(staleDir.getParent()), "stale temporary directory left");
    assertTrue(Files.exists(alive), "a live process's temporary file was removed");
    assertTrue(Files.exists(notOurs), "a file of another naming scheme was removed");
  }

  @Test
  void theShutdownHookDeletesTheTemporaryFilesInFlight() throws IOException {
    Path target = tmp.resolve("image.img");
    List<Path> during = new java.util.ArrayList<>();
    assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      during.addAll(AtomicFiles.inFlight());
      AtomicFiles.deleteInFlight(); // what SIGTERM runs
      assertFalse(Files.exists(during.get(0)));
      throw new IOException("stopped");
    }));
    assertEquals(1, during.size());
    assertEquals(Set.of(), AtomicFiles.inFlight());
    assertFalse(Files.exists(target));
  }

  @Test
  void aWriteThatEndsForgetsItsTemporaryFile() throws IOException {
    AtomicFiles.write(tmp.resolve("a.json"), "{}\n");
    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(tmp.resolve("b.json"), out -> {
      throw new IllegalStateException("failed");
    }));
    assertEquals(Set.of(), AtomicFiles.inFlight());
  }

  @Test
  void sigtermToAWritingJvmLeavesNoTemporaryFile() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("out"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SlowWriter.class.getName(), dir.resolve("image.img").toString()).redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = lines.readLine();
      assertEquals("writing", line, "the child did not start writing");
      try (Stream<Path> s = Files.list(dir)) {
        assertEquals(1, s.filter(f -> f.getFileName().toString().contains(AtomicFiles.TEMP_MARK)).count());
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    } finally {
      p.destroyForcibly();
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(), s.toList());
    }
  }

  /** A writer that starts an output and waits to be stopped (for the SIGTERM test). */
  public static final class SlowWriter {
    public static void main(String[] args) throws Exception {
      AtomicFiles.write(Path.of(args[0]), out -> {
        out.write(java.nio.ByteBuffer.wrap(new byte[4096]));
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }
}
