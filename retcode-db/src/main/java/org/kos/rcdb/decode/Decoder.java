package org.kos.rcdb.decode;

import java.util.ArrayList;
import java.util.List;
import org.kos.rc.Retcode;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.model.RcEntry;

/** Answers each reading of an input from a catalog. */
public final class Decoder {
  private final Catalog catalog;

  public Decoder(Catalog catalog) {
    this.catalog = catalog;
  }

  /** What one argument decodes to. */
  public record Result(String input, List<Decoded> readings, List<String> suggestions, boolean understood) {
    /** True when at least one reading names a known code. */
    public boolean known() {
      return readings.stream().anyMatch(Decoded::known);
    }

    /** True when the text is neither a 32-bit number nor a name. */
    public boolean garbage() {
      return !understood;
    }
  }

  /**
   * Every reading of {@code input}: known codes first (numbers in hex-then-decimal order), then
   * numbers no code has; a name nobody defined is left out, with similar names as suggestions.
   */
  public Result decode(String input) {
    List<Decoded> known = new ArrayList<>();
    List<Decoded> unknown = new ArrayList<>();
    List<String> suggestions = List.of();
    List<CodeInput.Reading> readings = CodeInput.readings(input);
    for (CodeInput.Reading r : readings) {
      if (r.kind() == CodeInput.Kind.NAME) {
        List<RcEntry> named = catalog.byName(r.name());
        for (RcEntry e : named) {
          known.add(decoded(input, r.kind(), e.value(), e));
        }
        if (named.isEmpty()) {
          suggestions = catalog.similarNames(r.name());
        }
        continue;
      }
      List<RcEntry> found = catalog.byValue(r.value());
      if (found.isEmpty()) {
        unknown.add(decoded(input, r.kind(), r.value(), null));
      }
      for (RcEntry e : found) {
        known.add(decoded(input, r.kind(), r.value(), e));
      }
    }
    List<Decoded> all = new ArrayList<>(known);
    all.addAll(unknown);
    return new Result(input, all, suggestions, !readings.isEmpty());
  }

  private Decoded decoded(String input, CodeInput.Kind kind, int value, RcEntry e) {
    return new Decoded(input, kind, value, e, catalog.spaceName(Retcode.space(value)),
        catalog.facilityName(Retcode.space(value), Retcode.facility(value)));
  }
}
