package org.kos.rcdb.model;

import java.util.List;
import java.util.Objects;

/**
 * A problem found while scanning or checking, at a place in a source file. {@code id} is stable
 * ({@code RC0001}...) and has a page in {@code docs/errors/}; {@code length} is how many characters
 * of the line the problem covers. kos-cli renders findings as source diagnostics.
 */
public record Finding(String id, boolean error, String message, SourceRef at, int length, List<Note> notes) {
  public Finding {
    Objects.requireNonNull(id);
    Objects.requireNonNull(message);
    notes = List.copyOf(notes);
  }

  /** A related place, e.g. the other definition of a colliding code. */
  public record Note(String message, SourceRef at, int length) {}

  public static Finding error(String id, SourceRef at, int length, String message) {
    return new Finding(id, true, message, at, length, List.of());
  }

  public static Finding warning(String id, SourceRef at, int length, String message) {
    return new Finding(id, false, message, at, length, List.of());
  }

  public Finding withNote(String message, SourceRef at, int length) {
    List<Note> more = new java.util.ArrayList<>(notes);
    more.add(new Note(message, at, length));
    return new Finding(id, error, this.message, this.at, this.length, more);
  }
}
