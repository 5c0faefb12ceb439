package org.kos.rcdb.model;

import java.util.Objects;

/**
 * Where something is written: a file (as stored in the database: relative to the database's
 * directory, '/'-separated), a 1-based line and column, 0 when unknown (codes built into the SDK).
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {
  public SourceRef {
    Objects.requireNonNull(file);
  }

  public static SourceRef fileOnly(String file) {
    return new SourceRef(file, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  @Override
  public int compareTo(SourceRef o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return hasPosition() ? file + ":" + line + ":" + column : file;
  }
}
