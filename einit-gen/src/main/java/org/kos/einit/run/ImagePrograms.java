package org.kos.einit.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.kos.kernel.task.JarProgram;
import org.kos.kernel.task.Program;
import org.kos.kernel.task.ProgramSource;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;
import org.kos.romfs.EntryType;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;

/**
 * The executables of an opened image: a path names a jar file in the image, read (that file only)
 * when the kernel starts a process from it.
 */
final class ImagePrograms implements ProgramSource {
  private final RomImage image;

  ImagePrograms(RomImage image) {
    this.image = image;
  }

  @Override
  public Program find(String path) throws RetcodeException {
    Optional<ImageEntry> entry = image.find(path);
    if (entry.isEmpty() || entry.get().type() == EntryType.DIRECTORY) {
      throw new RetcodeException(Retcode.rcResourceNotFound, "no executable " + path + " in the image");
    }
    byte[] jar;
    synchronized (image) {
      try (InputStream in = image.open(entry.get())) {
        jar = in.readAllBytes();
      } catch (IOException e) {
        throw new RetcodeException(Retcode.rcResourceNotFound, "cannot read " + path + " from the image: " + e.getMessage());
      }
    }
    return JarProgram.load(path, jar);
  }
}
