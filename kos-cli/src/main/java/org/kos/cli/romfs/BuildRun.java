package org.kos.cli.romfs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kos.cli.ExitCodes;
import org.kos.cli.Outputs;
import org.kos.io.AtomicFiles;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.PathPattern;
import org.kos.romfs.source.DirectoryScanner;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.AlignmentRule;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuildException;
import org.kos.romfs.write.ImageBuilder;
import org.kos.romfs.write.KosWriter;

/**
 * One {@code kos romfs build}, shared by {@link BuildCommand} (picocli) and {@link BuildMain} (the
 * fast entry point): {@link #prepare} checks every option before any work, so a usage error is
 * reported before anything is read or written; {@link #run} builds the image.
 */
final class BuildRun {
  private final BuildArguments args;
  private final ImageFormat format;
  private final Compression codec;
  private final BuildOptions options;
  private final Exclusions exclusions;
  private final EntryOrder order;

  private BuildRun(BuildArguments args, ImageFormat format, Compression codec, BuildOptions options, Exclusions exclusions,
      EntryOrder order) {
    this.args = args;
    this.format = format;
    this.codec = codec;
    this.options = options;
    this.exclusions = exclusions;
    this.order = order;
  }

  /**
   * Checks the options.
   *
   * @param sourceDateEpoch the SOURCE_DATE_EPOCH variable, or null
   * @throws UsageException when an option (or SOURCE_DATE_EPOCH) is invalid
   */
  static BuildRun prepare(BuildArguments a, String sourceDateEpoch) throws UsageException {
    ImageFormat fmt = parseFormat(a.format);
    Compression codec = parseCompression(a.compress);
    BuildOptions o = BuildOptions.defaults().withCompression(codec).withEpochSeconds(epoch(sourceDateEpoch))
        .withVolumeLabel(a.volume);
    try {
      if (a.align != null) {
        o = o.withFileAlignment(AlignmentRule.parseAlignment(a.align));
      }
      List<AlignmentRule> rules = new ArrayList<>();
      for (String spec : a.alignPatterns) {
        rules.add(AlignmentRule.parse(spec));
      }
      o = o.withAlignments(rules);
    } catch (IllegalArgumentException e) {
      throw new UsageException("alignment: " + e.getMessage());
    }
    EntryOrder order = parseOrder(a);
    Exclusions exclusions = new Exclusions(patterns(a.excludes, "--exclude"));
    if (a.init != null && !Files.isRegularFile(a.init)) {
      throw new UsageException("--init: " + a.init + " is not a regular file");
    }
    List<Path> inputs = new ArrayList<>();
    inputs.add(a.init);
    inputs.add(a.source.manifest);
    String overwrites = Outputs.overwritesInput("-o", a.output, inputs);
    if (overwrites != null) {
      throw new UsageException(overwrites);
    }
    if (a.source.dir != null) {
      String inTree = pathInTree(a.source.dir, a.output);
      if (inTree != null) {
        exclusions = exclusions.withOutput(inTree);
      }
    }
    return new BuildRun(a, fmt, codec, o, exclusions, order);
  }

  /** {@code sorted}, or {@code manifest} (only with a manifest: a directory has no order of its own). */
  private static EntryOrder parseOrder(BuildArguments a) throws UsageException {
    switch (a.order) {
      case "sorted":
        return EntryOrder.BYTEWISE;
      case "manifest":
        if (a.source.manifest == null) {
          throw new UsageException("--order manifest needs a manifest (-m): a directory has no order of its own");
        }
        return EntryOrder.AS_GIVEN;
      default:
        throw new UsageException("--order: expected sorted or manifest, found '" + a.order + "'");
    }
  }

  /**
   * Builds the image.
   *
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT_ERROR} after printing why
   * @throws IOException when a file cannot be read or written (exit 3 for the caller)
   */
  int run(PrintWriter out, PrintWriter err) throws IOException {
    ImageTree tree;
    try {
      ImageTree.Builder builder = args.source.dir != null
          ? new DirectoryScanner(DirectoryScanner.PLATFORM, exclusions).scan(args.source.dir)
          : ManifestDiagnostics.parseOrReport(args.source.manifest, exclusions, args.json, out, err);
      if (builder == null) {
        return ExitCodes.INPUT_ERROR;
      }
      if (args.init != null) {
        if (builder.contains(KosWriter.INIT_NAME)) {
          throw new ImageBuildException("--init given, but the tree already holds '" + KosWriter.INIT_NAME + "'");
        }
        builder.add(TreeEntry.file(KosWriter.INIT_NAME, 0755, args.init, Files.size(args.init), null));
      }
      tree = builder.build(order);
      if (args.source.manifest != null) {
        String overwrites = Outputs.overwritesInput("-o", args.output, sources(tree));
        if (overwrites != null) {
          err.println("kos: " + overwrites);
          err.println("Try 'kos romfs build --help' for more information.");
          return ExitCodes.USAGE;
        }
      }
      ImageBuilder.build(tree, format, options.withProgress(TerminalProgress.forStderr(args.quiet)), args.output);
    } catch (ImageBuildException | IllegalArgumentException e) {
      err.println("kos romfs build: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (!args.quiet) {
      out.println("wrote " + args.output + " (" + format.label()
          + (codec == Compression.NONE ? "" : ", " + codec.label()) + ", " + tree.size() + " entries, "
          + Files.size(args.output) + " bytes)");
    }
    return ExitCodes.OK;
  }

  /** The files a manifest's entries are read from. */
  private static List<Path> sources(ImageTree tree) {
    List<Path> sources = new ArrayList<>();
    for (TreeEntry e : tree.depthFirst()) {
      if (e.source() != null) {
        sources.add(e.source());
      }
    }
    return sources;
  }

  /**
   * The image path {@code output} would have in the tree scanned from {@code dir} (the file it
   * leads to, for a symlink), or null when it lies outside: the scan leaves it out, so a build
   * into its own tree does not pack the previous image (docs/romfs.md).
   */
  static String pathInTree(Path dir, Path output) {
    try {
      Path root = dir.toRealPath();
      Path target = AtomicFiles.replacedFile(output);
      Path parent = target.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        return null;
      }
      Path real = parent.toRealPath().resolve(target.getFileName().toString());
      if (!real.startsWith(root) || real.equals(root)) {
        return null;
      }
      StringBuilder path = new StringBuilder();
      for (Path part : root.relativize(real)) {
        path.append(path.length() == 0 ? "" : "/").append(part);
      }
      return path.toString();
    } catch (IOException e) {
      return null; // reading the tree or writing the image will say what is wrong
    }
  }

  private static long epoch(String s) throws UsageException {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      long v = Long.parseLong(s.trim());
      if (v >= 0 && v <= 0xFFFF_FFFFL) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("SOURCE_DATE_EPOCH must be seconds since 1970 (0 to 4294967295), found '" + s + "'");
  }

  private static ImageFormat parseFormat(String format) throws UsageException {
    try {
      return ImageFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: unknown format '" + format + "' (kos, romfs or cpio)");
    }
  }

  private static Compression parseCompression(String compress) throws UsageException {
    try {
      return Compression.valueOf(compress.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--compress: unknown codec '" + compress + "' (none, gzip, xz, zstd or lz4)");
    }
  }

  private static List<PathPattern> patterns(List<String> texts, String option) throws UsageException {
    List<PathPattern> out = new ArrayList<>();
    for (String t : texts) {
      try {
        out.add(new PathPattern(t));
      } catch (IllegalArgumentException e) {
        throw new UsageException(option + ": " + e.getMessage());
      }
    }
    return out;
  }
}
