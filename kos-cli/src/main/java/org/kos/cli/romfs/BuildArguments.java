package org.kos.cli.romfs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options of {@code kos romfs build}, the one model both entry points fill: picocli, as a mixin
 * of {@link BuildCommand}, and {@link BuildMain}'s own parser (a test checks that the two accept the
 * same option names with the same arity). Nothing here runs picocli code, so the fast entry point
 * can use it without loading picocli.
 */
final class BuildArguments {
  /** Exactly one source. */
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
  String format = "kos";

  @Option(names = {"-z", "--compress"}, paramLabel = "CODEC", defaultValue = "none",
      description = "cpio only: none, gzip, xz, zstd or lz4.")
  String compress = "none";

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

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "sorted",
      description = "sorted (default: every directory's entries by name) or manifest (the manifest's line order, "
          + "with -m; reproduces an image listed by 'kos romfs ls --manifest').")
  String order = "sorted";

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
  boolean quiet;

  @Option(names = "--json", description = "Print manifest errors as JSON on standard output (see docs/errors).")
  boolean json;
}
