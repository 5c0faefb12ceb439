package org.kos.romfs.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImagePaths;

/**
 * An immutable, ordered tree of entries: the single input of every image writer. Each directory
 * keeps its child entries in image order, so that walking the tree never looks paths up; the
 * depth-first order and the content size are computed once, since every writer needs them.
 */
public final class ImageTree {
  public static final String DOT = ".";
  public static final String DOTDOT = "..";

  /** Byte-wise order of siblings: their paths share the parent's prefix, so comparing paths compares names. */
  private static final Comparator<TreeEntry> BYTEWISE_SIBLINGS = (a, b) -> ImagePaths.compareBytes(a.path(), b.path());

  private final Map<String, TreeEntry> byPath;
  private final Map<String, List<TreeEntry>> children;
  private final Map<String, List<String>> names;
  private final List<TreeEntry> depthFirst;
  private final List<TreeEntry> flat;
  private final long contentBytes;

  private ImageTree(Map<String, TreeEntry> byPath, Map<String, List<TreeEntry>> children, Map<String, List<String>> names,
      List<TreeEntry> added) {
    this.byPath = byPath;
    this.children = children;
    this.names = names;
    List<TreeEntry> order = new ArrayList<>(byPath.size());
    addDepthFirst("", order);
    this.depthFirst = Collections.unmodifiableList(order);
    this.flat = added == null ? depthFirst : Collections.unmodifiableList(added);
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

  /** The entries directly below a directory, in image order. */
  public List<TreeEntry> children(String dir) {
    return children.getOrDefault(dir, List.of());
  }

  /**
   * The names of a directory's children in image order, the same order as {@link #children}; may
   * contain {@link #DOT} and {@link #DOTDOT} where the order placed them.
   */
  public List<String> childNames(String dir) {
    return names.getOrDefault(dir, List.of());
  }

  /** Every entry but the root, depth first, each directory's children in image order. */
  public List<TreeEntry> depthFirst() {
    return depthFirst;
  }

  /**
   * Every entry but the root in the order a flat format (kos) stores them: the order they were
   * added in when the tree was built {@link EntryOrder#AS_GIVEN}, else {@link #depthFirst}.
   */
  public List<TreeEntry> flatOrder() {
    return flat;
  }

  private void addDepthFirst(String dir, List<TreeEntry> out) {
    for (TreeEntry e : children(dir)) {
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
    private final Map<String, List<TreeEntry>> children = new HashMap<>();
    /** Directories created only because something below them was added. */
    private final Set<String> implicit = new HashSet<>();
    /** Every entry but the root, in the order added (an implicit parent where it was created). */
    private final List<TreeEntry> added = new ArrayList<>();
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
      String parent = ImagePaths.parent(path);
      if (old != null) {
        if (old.type() == EntryType.DIRECTORY && entry.type() == EntryType.DIRECTORY && implicit.remove(path)) {
          byPath.put(path, entry);
          List<TreeEntry> siblings = children.get(parent);
          siblings.set(siblings.indexOf(old), entry);
          added.set(added.indexOf(old), entry);
          return this;
        }
        throw new IllegalArgumentException("'" + path + "' is given twice");
      }
      ensureDirectory(parent);
      byPath.put(path, entry);
      added.add(entry);
      List<TreeEntry> siblings = children.get(parent);
      if (siblings == null) {
        siblings = new ArrayList<>();
        children.put(parent, siblings);
      }
      siblings.add(entry);
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
      Map<String, List<TreeEntry>> orderedEntries = new HashMap<>(children.size() * 2);
      Map<String, List<String>> orderedNames = new HashMap<>(children.size() * 2);
      for (TreeEntry dir : byPath.values()) {
        if (dir.type() != EntryType.DIRECTORY) {
          continue;
        }
        List<TreeEntry> entries = children.getOrDefault(dir.path(), new ArrayList<>());
        List<String> arranged;
        if (order == EntryOrder.BYTEWISE) {
          // Our own order over our own list: a permutation by construction, sorted in place.
          entries.sort(BYTEWISE_SIBLINGS);
          arranged = baseNames(entries);
        } else {
          List<String> given = baseNames(entries);
          arranged = List.copyOf(order.arrange(dir.path(), Collections.unmodifiableList(given)));
          checkPermutation(dir.path(), given, arranged);
          entries = arrangedEntries(entries, arranged);
        }
        if (!entries.isEmpty() || !arranged.isEmpty()) {
          orderedEntries.put(dir.path(), Collections.unmodifiableList(entries));
          orderedNames.put(dir.path(), Collections.unmodifiableList(arranged));
        }
      }
      return new ImageTree(Collections.unmodifiableMap(byPath), orderedEntries, orderedNames,
          order == EntryOrder.AS_GIVEN ? added : null);
    }

    private static List<String> baseNames(List<TreeEntry> entries) {
      List<String> out = new ArrayList<>(entries.size());
      for (TreeEntry e : entries) {
        out.add(ImagePaths.baseName(e.path()));
      }
      return out;
    }

    /** The entries in the order of {@code names} (which may hold "." and ".."; they have no entry). */
    private static List<TreeEntry> arrangedEntries(List<TreeEntry> entries, List<String> names) {
      Map<String, TreeEntry> byName = new HashMap<>();
      for (TreeEntry e : entries) {
        byName.put(ImagePaths.baseName(e.path()), e);
      }
      List<TreeEntry> out = new ArrayList<>(entries.size());
      for (String n : names) {
        if (!n.equals(DOT) && !n.equals(DOTDOT)) {
          out.add(byName.get(n));
        }
      }
      return out;
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
