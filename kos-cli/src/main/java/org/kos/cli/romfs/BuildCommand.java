package org.kos.cli.romfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
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
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kos romfs build}: a directory or a manifest to an image, reproducibly. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build an image from a directory or a manifest.",
        "Entries are stored in byte-wise name order; timestamps come from SOURCE_DATE_EPOCH (or 0)."})
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class Source {
    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", required = true, description = "Take the tree below DIR.")
    Path dir;

    @Option(names = {"-m", "--manifest"}, paramLabel = "FILE", required = true,
        description = "Take the entries listed in FILE (see docs/romfs.md).")
    Path manifest;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = {"-o", "--output"}, paramLabel = "IMAGE", required = true, description = "The image to write.")
  Path output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "kos",
      description = "kos (default), romfs or cpio.")
  String format;

  @Option(names = {"-z", "--compress"}, paramLabel = "CODEC", defaultValue = "none",
      description = "cpio only: none, gzip, lz4, xz or zstd.")
  String compress;

  @Option(names = {"-V", "--volume"}, paramLabel = "LABEL", description = "romfs volume name (default: rom <epoch in hex>).")
  String volume;

  @Option(names = {"-a", "--align"}, paramLabel = "ALIGN", description = "Align regular file data to ALIGN bytes.")
  String align;

  @Option(names = {"-A", "--align-pattern"}, paramLabel = "ALIGN,PATTERN",
      description = "Align entries matching PATTERN to at least ALIGN bytes (repeatable).")
  List<String> alignPatterns = new ArrayList<>();

  @Option(names = {"-x", "--exclude"}, paramLabel = "PATTERN", description = "Leave out entries matching PATTERN (repeatable).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--init", paramLabel = "FILE", description = "Store FILE as the init program 'einit' (first in kos images).")
  Path init;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--json", description = "Print manifest errors as JSON on standard output (see docs/errors).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    ImageFormat fmt = parseFormat();
    Compression codec = parseCompression();
    BuildOptions options = options(codec);
    Exclusions exclusions = new Exclusions(patterns(excludes, "--exclude"));
    ImageTree tree;
    try {
      ImageTree.Builder builder = source.dir != null
          ? new DirectoryScanner(DirectoryScanner.PLATFORM, exclusions).scan(source.dir)
          : ManifestDiagnostics.parseOrReport(source.manifest, exclusions, json, cl.getOut(), cl.getErr());
      if (builder == null) {
        return ExitCodes.INPUT_ERROR;
      }
      if (init != null) {
        if (!Files.isRegularFile(init)) {
          throw new ParameterException(cl, "--init: " + init + " is not a regular file");
        }
        if (builder.contains(KosWriter.INIT_NAME)) {
          throw new ImageBuildException("--init given, but the tree already holds '" + KosWriter.INIT_NAME + "'");
        }
        builder.add(TreeEntry.file(KosWriter.INIT_NAME, 0755, init, Files.size(init), null));
      }
      tree = builder.build(EntryOrder.BYTEWISE);
      ImageBuilder.build(tree, fmt, options, output);
    } catch (ImageBuildException | IllegalArgumentException e) {
      cl.getErr().println("kos romfs build: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (!quiet) {
      cl.getOut().println("wrote " + output + " (" + fmt.label()
          + (codec == Compression.NONE ? "" : ", " + codec.label()) + ", " + tree.size() + " entries, "
          + Files.size(output) + " bytes)");
    }
    return ExitCodes.OK;
  }

  private BuildOptions options(Compression codec) {
    CommandLine cl = spec.commandLine();
    BuildOptions o = BuildOptions.defaults().withCompression(codec).withEpochSeconds(epoch())
        .withVolumeLabel(volume).withProgress(TerminalProgress.forStderr(quiet));
    try {
      if (align != null) {
        o = o.withFileAlignment(AlignmentRule.parseAlignment(align));
      }
      List<AlignmentRule> rules = new ArrayList<>();
      for (String spec : alignPatterns) {
        rules.add(AlignmentRule.parse(spec));
      }
      return o.withAlignments(rules);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "alignment: " + e.getMessage());
    }
  }

  private long epoch() {
    String s = System.getenv("SOURCE_DATE_EPOCH");
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
    throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH must be seconds since 1970 (0 to 4294967295), found '" + s + "'");
  }

  private ImageFormat parseFormat() {
    try {
      return ImageFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: unknown format '" + format + "' (kos, romfs or cpio)");
    }
  }

  private Compression parseCompression() {
    try {
      return Compression.valueOf(compress.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--compress: unknown codec '" + compress + "' (none, gzip, lz4, xz or zstd)");
    }
  }

  private List<PathPattern> patterns(List<String> texts, String option) {
    List<PathPattern> out = new ArrayList<>();
    for (String t : texts) {
      try {
        out.add(new PathPattern(t));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
      }
    }
    return out;
  }
}
