package org.kos.maven.incremental;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.source.SourceRoot;

/**
 * A directory root that remembers every lookup made through it: the hash of the file found, or
 * that there was none. A miss matters as much as a hit: a file appearing in an earlier root
 * shadows the one used before.
 */
public final class RecordingRoot implements SourceRoot {
  /** The hash recorded for a lookup that found nothing. */
  public static final String ABSENT = "-";

  private final SourceRoot root;
  private final Map<String, String> lookups = new ConcurrentSkipListMap<>();

  public RecordingRoot(SourceRoot root) {
    this.root = root;
  }

  @Override
  public SourceFile open(String relativePath) throws IOException {
    SourceFile file = root.open(relativePath);
    lookups.put(relativePath, hash(file));
    return file;
  }

  /** What a lookup gives now, in the form recorded. */
  public static String hash(SourceFile file) {
    return file == null ? ABSENT : Hashes.of(file.text());
  }

  @Override
  public String describe() {
    return root.describe();
  }

  /** Drops what was recorded so far (lookups made by an up-to-date check rather than a compilation). */
  public void forget() {
    lookups.clear();
  }

  /** Relative path to hash (or {@link #ABSENT}), sorted by path. */
  public Map<String, String> lookups() {
    return Map.copyOf(lookups);
  }
}
