package org.kos.romfs.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;

/**
 * Checks an image's entries as one tree, which no single header shows: a symlink must not resolve
 * outside the image, through other symlinks included (RF0101); a path is a directory or not, never
 * both (RF0102: a file {@code a} and {@code a/b}); names should not hold control characters
 * (RF0103, a warning). {@code verify} reports these, {@code extract} refuses the errors before it
 * writes anything.
 */
public final class TreeCheck {
  /** Linux follows at most 40 symlinks in one lookup; a longer chain resolves nowhere. */
  private static final int MAX_LINKS = 40;

  /** One problem: its id, the header it is reported at, and what is wrong (names escaped). */
  public record Finding(ImageProblem problem, long offset, String message) {
    public BadImageException toException() {
      return new BadImageException(offset, problem.label() + ": " + message);
    }

    /** {@code offset 0x40: warning[RF0103]: ...}, as bad-image errors read. */
    @Override
    public String toString() {
      return String.format("offset 0x%x: %s: %s", offset, problem.label(), message);
    }
  }

  private TreeCheck() {}

  /** Every problem of the tree, in entry order (errors and warnings). */
  public static List<Finding> check(List<ImageEntry> entries) {
    return check(entries, path -> null, false);
  }

  /**
   * As {@link #check(List)}, resolving paths that are not in the image with {@code outside} (the
   * target of a symlink already on disk there, or null); with {@code absoluteEscapes} an absolute
   * symlink target counts as leaving the tree (on disk it does), else it starts from the image root.
   */
  public static List<Finding> check(List<ImageEntry> entries, Function<String, String> outside, boolean absoluteEscapes) {
    List<Finding> findings = new ArrayList<>();
    Map<String, ImageEntry> byPath = new HashMap<>();
    for (ImageEntry e : entries) {
      if (hasControl(e.path()) || e.symlinkTarget() != null && hasControl(e.symlinkTarget())) {
        findings.add(new Finding(ImageProblem.CONTROL_CHARACTERS, e.headerOffset(),
            (e.type() == EntryType.SYMLINK ? "symlink '" : "entry '") + ImagePaths.printable(e.path()) + "'"
                + (e.symlinkTarget() != null ? " -> '" + ImagePaths.printable(e.symlinkTarget()) + "'" : "")
                + " holds control characters (shown escaped); a terminal or a script may be misled by it"));
      }
      ImageEntry before = byPath.get(e.path());
      if (before != null && (before.type() == EntryType.DIRECTORY) != (e.type() == EntryType.DIRECTORY)) {
        findings.add(new Finding(ImageProblem.NOT_A_DIRECTORY, e.headerOffset(), "'" + ImagePaths.printable(e.path())
            + "' is a " + e.type().label() + " here and a " + before.type().label() + " at offset 0x"
            + Long.toHexString(before.headerOffset())));
      }
      if (before == null || before.type() == EntryType.DIRECTORY) {
        byPath.put(e.path(), e);
      }
    }
    for (ImageEntry e : entries) {
      for (String p = ImagePaths.parent(e.path()); !p.isEmpty(); p = ImagePaths.parent(p)) {
        ImageEntry above = byPath.get(p);
        if (above != null && above.type() != EntryType.DIRECTORY) {
          findings.add(new Finding(ImageProblem.NOT_A_DIRECTORY, e.headerOffset(), "'" + ImagePaths.printable(e.path())
              + "' is below '" + ImagePaths.printable(p) + "', which is a " + above.type().label()
              + " (offset 0x" + Long.toHexString(above.headerOffset()) + "), not a directory"));
          break;
        }
      }
    }
    Function<String, String> linkAt = path -> {
      ImageEntry x = byPath.get(path);
      if (x != null) {
        return x.type() == EntryType.SYMLINK ? x.symlinkTarget() : null;
      }
      return outside.apply(path);
    };
    for (ImageEntry e : entries) {
      if (e.type() != EntryType.SYMLINK || e.symlinkTarget() == null) {
        continue;
      }
      Resolution r = new Resolution(linkAt, absoluteEscapes);
      Deque<String> at = new ArrayDeque<>();
      String parent = ImagePaths.parent(e.path());
      if (!parent.isEmpty()) {
        for (String part : parent.split("/")) {
          at.addLast(part);
        }
      }
      if (!r.resolve(at, e.symlinkTarget())) {
        findings.add(new Finding(ImageProblem.SYMLINK_ESCAPES, e.headerOffset(), "symlink '" + ImagePaths.printable(e.path())
            + "' -> '" + ImagePaths.printable(e.symlinkTarget()) + "' resolves outside the image"
            + (r.through != null ? " through symlink '" + ImagePaths.printable(r.through) + "'" : "")));
      }
    }
    findings.sort(java.util.Comparator.comparingLong(Finding::offset));
    return findings;
  }

  /** The first error among the findings, or null. */
  public static Finding firstError(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.problem().error()) {
        return f;
      }
    }
    return null;
  }

  /** Resolves like the kernel does: component by component, following symlinks where they are met. */
  private static final class Resolution {
    private final Function<String, String> linkAt;
    private final boolean absoluteEscapes;
    private int hops;
    private boolean loop;
    /** The last symlink followed before the way out, for the message. */
    String through;

    Resolution(Function<String, String> linkAt, boolean absoluteEscapes) {
      this.linkAt = linkAt;
      this.absoluteEscapes = absoluteEscapes;
    }

    /** Moves {@code at} to where {@code target} leads from it; false when that is above the root. */
    boolean resolve(Deque<String> at, String target) {
      if (target.startsWith("/")) {
        if (absoluteEscapes) {
          return false;
        }
        at.clear();
      }
      for (String part : target.split("/")) {
        if (loop) {
          return true; // resolves nowhere: not outside either
        }
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          if (at.isEmpty()) {
            return false;
          }
          at.removeLast();
          continue;
        }
        at.addLast(part);
        String link = linkAt.apply(String.join("/", at));
        if (link != null) {
          if (++hops > MAX_LINKS) {
            loop = true;
            return true;
          }
          String here = String.join("/", at);
          at.removeLast();
          boolean inside = resolve(at, link);
          if (through == null || inside) {
            through = here; // innermost link on an escape, else the latest one followed
          }
          if (!inside) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ImagePaths.isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
