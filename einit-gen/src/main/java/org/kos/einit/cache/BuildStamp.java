package org.kos.einit.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.kos.io.AtomicFiles;

/**
 * What the last successful build of a solution read and wrote, so that a rebuild with nothing
 * changed can stop before reading solution.yaml (docs/solutions.md, "Incremental builds"). It
 * lists every input file with its size, modification time and SHA-256, the directories that were
 * walked with the names found in them, and the image with its size and time. A rebuild is up to
 * date when the request and the tool are the same, every directory lists the same files, every
 * file has the same size and either the same time or, when only the time differs (a touch), the
 * same hash, and the image is as it was written. Anything else, including a stamp that does not
 * parse, is "not up to date" and the build runs. A line-oriented text file, so that reading it
 * needs nothing beyond the JDK's basics (the check runs before anything else is loaded).
 */
public final class BuildStamp {
  static final String FILE_NAME = "stamp";
  private static final String HEADER = "kos-build-stamp 1";

  private BuildStamp() {}

  /** A file a policy's 'use' may read ({@code .psl}, or {@code .psl.in} with macros). */
  public static boolean isPolicy(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".psl") || n.endsWith(".psl.in");
  }

  /** The file the stamp of a build directory is kept in. */
  public static Path file(Path buildDir) {
    return buildDir.resolve(BuildCache.SUBDIR).resolve(FILE_NAME);
  }

  /** What names a build besides its inputs: the solution, the image and the options that change the output. */
  public static String request(Path solutionDir, Path image, String sdk) {
    return new Hashes().add(solutionDir.toAbsolutePath().normalize().toString())
        .add(image.toAbsolutePath().normalize().toString()).add(sdk == null ? "" : sdk).hex();
  }

  /** Forgets the stamp (a build is starting: until it ends well, nothing is up to date). */
  public static void remove(Path buildDir) throws IOException {
    Files.deleteIfExists(file(buildDir));
  }

  /**
   * Records a build that ended well, unless one of its files changed while it ran or just before
   * (their time is at or after {@code startedMillis}, less the file system's precision): the stamp
   * hashes files at the end, and the build may have read them before that change. Such a build
   * leaves no stamp, as git re-hashes its "racily clean" entries; the next build runs and stamps.
   *
   * @param files every file the build read
   * @param dirs the directories it walked (what they list is part of the input)
   * @param policyDirs directories where only the policies they list are part of the input
   * @return whether the stamp was written
   */
  public static boolean write(Path buildDir, String tool, String request, Collection<Path> files, Collection<Path> dirs,
      Collection<Path> policyDirs, Path image, long startedMillis) throws IOException {
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    s.append("tool ").append(tool).append('\n');
    s.append("request ").append(request).append('\n');
    for (Path d : new TreeSet<>(dirs)) {
      s.append("dir ").append(listing(d, false)).append(' ').append(d.toAbsolutePath()).append('\n');
    }
    for (Path d : new TreeSet<>(policyDirs)) {
      s.append("psl ").append(listing(d, true)).append(' ').append(d.toAbsolutePath()).append('\n');
    }
    for (Path f : new TreeSet<>(files)) {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      long millis = a.lastModifiedTime().toMillis();
      long precision = millis % 1000 == 0 ? 2000 : 50; // whole seconds: a coarse file system (FAT keeps 2 s)
      if (millis >= startedMillis - precision) {
        remove(buildDir);
        return false;
      }
      s.append("file ").append(a.size()).append(' ').append(millis).append(' ')
          .append(Hashes.ofFile(f)).append(' ').append(f.toAbsolutePath()).append('\n');
    }
    BasicFileAttributes img = Files.readAttributes(image, BasicFileAttributes.class);
    s.append("image ").append(img.size()).append(' ').append(img.lastModifiedTime().toMillis()).append(' ')
        .append(image.toAbsolutePath()).append('\n');
    AtomicFiles.write(file(buildDir), s.toString().getBytes(StandardCharsets.UTF_8));
    return true;
  }

  /**
   * Whether the build of {@code request} with {@code tool} would give the image it gave last time,
   * which is still there unchanged. False when in doubt.
   */
  public static boolean upToDate(Path buildDir, String tool, String request) {
    try {
      List<String> lines = Files.readAllLines(file(buildDir), StandardCharsets.UTF_8);
      if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("tool " + tool)
          || !lines.get(2).equals("request " + request)) {
        return false;
      }
      boolean image = false;
      for (String line : lines.subList(3, lines.size())) {
        String[] f = line.split(" ", 5);
        boolean ok = switch (f[0]) {
          case "dir" -> f.length >= 3 && f[1].equals(listing(Path.of(rest(line, 2)), false));
          case "psl" -> f.length >= 3 && f[1].equals(listing(Path.of(rest(line, 2)), true));
          case "file" -> f.length == 5 && sameFile(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], Path.of(f[4]));
          case "image" -> (image = f.length >= 4) && sameImage(Long.parseLong(f[1]), Long.parseLong(f[2]), rest(line, 3));
          default -> false;
        };
        if (!ok) {
          return false;
        }
      }
      return image;
    } catch (IOException | RuntimeException e) {
      return false; // no stamp, an unreadable one, or a file gone: the build will say what is wrong
    }
  }

  /** The part of {@code line} after its first {@code fields} space-separated fields (a path may hold spaces). */
  private static String rest(String line, int fields) {
    int at = 0;
    for (int i = 0; i < fields; i++) {
      at = line.indexOf(' ', at) + 1;
    }
    return line.substring(at);
  }

  private static boolean sameFile(long size, long millis, String hash, Path f) throws IOException {
    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
    if (!a.isRegularFile() || a.size() != size) {
      return false;
    }
    return a.lastModifiedTime().toMillis() == millis || Hashes.ofFile(f).equals(hash);
  }

  private static boolean sameImage(long size, long millis, String path) throws IOException {
    BasicFileAttributes a = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
    return a.isRegularFile() && a.size() == size && a.lastModifiedTime().toMillis() == millis;
  }

  /**
   * A hash of the regular files under {@code dir} (only policies when {@code policies}), by
   * relative path; their contents are listed as files.
   */
  private static String listing(Path dir, boolean policies) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString());
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> (!policies || isPolicy(p)) && Files.isRegularFile(p)).forEach(p -> names.add(dir.relativize(p).toString()));
    }
    names.sort(null);
    Hashes h = new Hashes();
    names.forEach(h::add);
    return h.hex();
  }
}
