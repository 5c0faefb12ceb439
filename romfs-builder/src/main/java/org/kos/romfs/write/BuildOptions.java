package org.kos.romfs.write;

import java.util.List;
import org.kos.romfs.Compression;

/**
 * How to write an image.
 *
 * @param volumeLabel romfs volume name; null means genromfs's default "rom XXXXXXXX" with the
 *     timestamp in hex (here {@code epochSeconds}, so that it is reproducible)
 * @param fileAlignment minimum alignment of regular file data ({@code -a}); 16 is romfs's own
 * @param alignments per-pattern alignments ({@code -A ALIGN,PATTERN})
 * @param epochSeconds every timestamp written (SOURCE_DATE_EPOCH, or 0)
 * @param compression cpio only
 * @param progress told how far the build is
 */
public record BuildOptions(
    String volumeLabel, int fileAlignment, List<AlignmentRule> alignments, long epochSeconds,
    Compression compression, ProgressListener progress) {

  public BuildOptions {
    AlignmentRule.checkAlignment(fileAlignment);
    alignments = List.copyOf(alignments);
  }

  public static BuildOptions defaults() {
    return new BuildOptions(null, 16, List.of(), 0, Compression.NONE, ProgressListener.NONE);
  }

  public BuildOptions withVolumeLabel(String label) {
    return new BuildOptions(label, fileAlignment, alignments, epochSeconds, compression, progress);
  }

  public BuildOptions withFileAlignment(int a) {
    return new BuildOptions(volumeLabel, a, alignments, epochSeconds, compression, progress);
  }

  public BuildOptions withAlignments(List<AlignmentRule> rules) {
    return new BuildOptions(volumeLabel, fileAlignment, rules, epochSeconds, compression, progress);
  }

  public BuildOptions withEpochSeconds(long epoch) {
    return new BuildOptions(volumeLabel, fileAlignment, alignments, epoch, compression, progress);
  }

  public BuildOptions withCompression(Compression c) {
    return new BuildOptions(volumeLabel, fileAlignment, alignments, epochSeconds, c, progress);
  }

  public BuildOptions withProgress(ProgressListener p) {
    return new BuildOptions(volumeLabel, fileAlignment, alignments, epochSeconds, compression, p);
  }

  /** The largest alignment of the rules whose pattern selects {@code path}, at least {@code floor}. */
  public int patternAlignment(String path, int floor) {
    int a = floor;
    for (AlignmentRule r : alignments) {
      if (r.alignment() > a && r.pattern().matches(path)) {
        a = r.alignment();
      }
    }
    return a;
  }

  /** Whether the rules select nothing (cpio has no alignment to honour). */
  public boolean hasAlignmentRules() {
    return !alignments.isEmpty() || fileAlignment != 16;
  }
}
