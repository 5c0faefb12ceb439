package org.kos.kernel.task;

import java.util.Map;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** Where the kernel finds executables by path: a boot image, a directory, a map in a test. */
@FunctionalInterface
public interface ProgramSource {
  /** The program at {@code path}; rcResourceNotFound when there is none. */
  Program find(String path) throws RetcodeException;

  /** Programs given directly, by path. */
  static ProgramSource of(Map<String, Program> programs) {
    Map<String, Program> copy = Map.copyOf(programs);
    return path -> {
      Program p = copy.get(path);
      if (p == null) {
        throw new RetcodeException(Retcode.rcResourceNotFound, "no executable " + path + " in the image");
      }
      return p;
    };
  }

  /** Jars given as bytes by path (a ROMFS image's files), each loaded by {@link JarProgram}. */
  static ProgramSource ofJars(Map<String, byte[]> jars) {
    Map<String, byte[]> copy = Map.copyOf(jars);
    return path -> {
      byte[] jar = copy.get(path);
      if (jar == null) {
        throw new RetcodeException(Retcode.rcResourceNotFound, "no executable " + path + " in the image");
      }
      return JarProgram.load(path, jar);
    };
  }
}
