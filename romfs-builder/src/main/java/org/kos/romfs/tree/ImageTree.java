package org.kos.romfs.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;

/** An immutable, ordered tree of entries: the single input of every image writer. */
public final class ImageTree {
  public static final String DOT = ".";
  public static final String DOTDOT = "..";

  private final Map<String, TreeEntry> byPath;
  private final Map<String, List<String>> children;

  private ImageTree(Map<String, TreeEntry> byPath, Map<String, List<String>> children) {
    this.byPath = byPath;
    this.children = children;
  }

  public static Builder builder(int rootMode) {
    return new Builder(rootMode);
  }

  public TreeEntry root() {
    return byPath.get("");
  }

  public Optional<TreeEntry> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The children of a directory in image order; may contain {@link #DOT} and {@link #DOTDOT}. */
  public List<String> childNames(String dir) {
    return children.getOrDefault(dir, List.of());
  }

  /** Every entry but the root, depth first, each directory's children in image order. */
  public List<TreeEntry> depthFirst() {
    List<TreeEntry> out = new ArrayList<>(byPath.size());
    addDepthFirst("", out);
    return out;
  }

  private void addDepthFirst(String dir, List<TreeEntry> out) {
    for (String name : childNames(dir)) {
      if (name.equals(DOT) || name.equals(DOTDOT)) {
        continue;
      }
      TreeEntry e = byPath.get(ImagePaths.child(dir, name));
      out.add(e);
      if (e.type() == EntryType.DIRECTORY) {
        addDepthFirst(e.path(), out);
      }
    }
  }

  /** Number of entries, the root excluded. */
  public int size() {
    return byPath.size() - 1;
  }

  /** Bytes of file content, counting every hard-linked file once. */
  public long contentBytes() {
    long total = 0;
    Set<Object> seen = new HashSet<>();
    for (TreeEntry e : byPath.values()) {
      if (e.type() == EntryType.FILE && (e.linkKey() == null || seen.add(e.linkKey()))) {
        total += e.size();
      }
    }
    return total;
  }

  /** Collects entries; parents that were not added become directories with mode 0755. */
  public static final class Builder {
    private final Map<String, TreeEntry> byPath = new HashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    /** Directories created only because something below them was added. */
    private final Set<String> implicit = new HashSet<>();

    private Builder(int rootMode) {
      byPath.put("", TreeEntry.directory("", rootMode));
    }

    /** Whether an entry with this path was added. */
    public boolean contains(String path) {
      return byPath.containsKey(path);
    }

    public Optional<TreeEntry> get(String path) {
      return Optional.ofNullable(byPath.get(path));
    }

    /**
     * Adds an entry. A directory that was created implicitly as a parent takes the mode given here.
     *
     * @throws IllegalArgumentException on a duplicate path or a parent that is not a directory
     */
    public Builder add(TreeEntry entry) {
      String path = entry.path();
      if (path.isEmpty()) {
        if (entry.type() != EntryType.DIRECTORY) {
          throw new IllegalArgumentException("the root must be a directory");
        }
        byPath.put("", entry);
        return this;
      }
      TreeEntry old = byPath.get(path);
      if (old != null) {
        if (old.type() == EntryType.DIRECTORY && entry.type() == EntryType.DIRECTORY && implicit.remove(path)) {
          byPath.put(path, entry);
          return this;
        }
        throw new IllegalArgumentException("'" + path + "' is given twice");
      }
      String parent = ImagePaths.parent(path);
      ensureDirectory(parent);
      byPath.put(path, entry);
      children.computeIfAbsent(parent, k -> new ArrayList<>()).add(ImagePaths.baseName(path));
      return this;
    }

    private void ensureDirectory(String dir) {
      TreeEntry e = byPath.get(dir);
      if (e == null) {
        add(TreeEntry.directory(dir, 0755));
        implicit.add(dir);
      } else if (e.type() != EntryType.DIRECTORY) {
        throw new IllegalArgumentException("'" + dir + "' is not a directory but has entries below it");
      }
    }

    /** Freezes the tree, ordering every directory's children with {@code order}. */
    public ImageTree build(EntryOrder order) {
      Map<String, List<String>> ordered = new HashMap<>();
      for (Map.Entry<String, TreeEntry> e : byPath.entrySet()) {
        if (e.getValue().type() != EntryType.DIRECTORY) {
          continue;
        }
        String dir = e.getKey();
        List<String> names = children.getOrDefault(dir, List.of());
        List<String> arranged = order.arrange(dir, Collections.unmodifiableList(names));
        checkPermutation(dir, names, arranged);
        ordered.put(dir, List.copyOf(arranged));
      }
      return new ImageTree(Map.copyOf(byPath), Map.copyOf(ordered));
    }

    private static void checkPermutation(String dir, List<String> names, List<String> arranged) {
      List<String> withoutDots = new ArrayList<>(arranged);
      withoutDots.removeIf(n -> n.equals(DOT) || n.equals(DOTDOT));
      if (withoutDots.size() != names.size() || !new HashSet<>(withoutDots).equals(new HashSet<>(names))
          || arranged.size() - withoutDots.size() > 2) {
        throw new IllegalStateException("entry order for '" + dir + "' is not a permutation of its children");
      }
    }
  }
}
