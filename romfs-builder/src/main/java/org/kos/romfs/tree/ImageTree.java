package org.kos.romfs.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;

/**
 * An immutable, ordered tree of entries: the single input of every image writer. The depth-first
 * order and the content size are computed once when the tree is built, since every writer needs
 * them (some twice).
 */
public final class ImageTree {
  public static final String DOT = ".";
  public static final String DOTDOT = "..";

  private final Map<String, TreeEntry> byPath;
  private final Map<String, List<String>> children;
  private final List<TreeEntry> depthFirst;
  private final long contentBytes;

  private ImageTree(Map<String, TreeEntry> byPath, Map<String, List<String>> children) {
    this.byPath = byPath;
    this.children = children;
    List<TreeEntry> order = new ArrayList<>(byPath.size());
    addDepthFirst("", order);
    this.depthFirst = Collections.unmodifiableList(order);
    this.contentBytes = contentBytes(order);
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
    return depthFirst;
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
    return contentBytes;
  }

  private static long contentBytes(List<TreeEntry> entries) {
    long total = 0;
    Set<Object> seen = new HashSet<>();
    for (TreeEntry e : entries) {
      if (e.type() == EntryType.FILE && (e.linkKey() == null || seen.add(e.linkKey()))) {
        total += e.size();
      }
    }
    return total;
  }

  /**
   * Collects entries; parents that were not added become directories with mode 0755. A builder
   * builds one tree: it hands its collections to the tree rather than copying them.
   */
  public static final class Builder {
    private final Map<String, TreeEntry> byPath = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    /** Directories created only because something below them was added. */
    private final Set<String> implicit = new HashSet<>();
    private boolean built;

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
     * @throws IllegalStateException once the tree was built
     */
    public Builder add(TreeEntry entry) {
      if (built) {
        throw new IllegalStateException("the tree was already built");
      }
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
      List<String> siblings = children.get(parent);
      if (siblings == null) {
        siblings = new ArrayList<>();
        children.put(parent, siblings);
      }
      siblings.add(ImagePaths.baseName(path));
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
      if (built) {
        throw new IllegalStateException("the tree was already built");
      }
      built = true;
      Map<String, List<String>> ordered = new HashMap<>(children.size() * 2);
      for (Map.Entry<String, List<String>> e : children.entrySet()) {
        String dir = e.getKey();
        List<String> names = e.getValue();
        if (order == EntryOrder.BYTEWISE) {
          // Our own order over our own list: a permutation by construction, sorted in place.
          names.sort(ImagePaths::compareBytes);
          ordered.put(dir, Collections.unmodifiableList(names));
        } else {
          List<String> arranged = order.arrange(dir, Collections.unmodifiableList(names));
          checkPermutation(dir, names, arranged);
          ordered.put(dir, List.copyOf(arranged));
        }
      }
      if (order != EntryOrder.BYTEWISE) {
        // Empty directories: an order may still give them "." and "..".
        for (TreeEntry e : byPath.values()) {
          if (e.type() == EntryType.DIRECTORY && !children.containsKey(e.path())) {
            List<String> arranged = order.arrange(e.path(), List.of());
            checkPermutation(e.path(), List.of(), arranged);
            ordered.put(e.path(), List.copyOf(arranged));
          }
        }
      }
      return new ImageTree(Collections.unmodifiableMap(byPath), Collections.unmodifiableMap(ordered));
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
