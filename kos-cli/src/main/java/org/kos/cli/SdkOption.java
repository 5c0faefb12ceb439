package org.kos.cli;

import org.kos.nkc.sdk.SdkVersion;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --sdk VERSION} as a picocli mixin: the SDK generation whose rules and einit behaviour
 * apply (docs/sdk-versions.md). An unknown version is a usage error naming the known ones.
 */
public final class SdkOption {
  @Option(names = "--sdk", paramLabel = "VERSION", converter = Converter.class,
      description = "SDK generation to imitate: 1.0, 1.1, 1.2, 1.3 or 1.4 (default: the newest, 1.4); "
          + "see docs/sdk-versions.md.")
  SdkVersion sdk;

  /** The version given, or the newest. */
  public SdkVersion version() {
    return sdk == null ? SdkVersion.NEWEST : sdk;
  }

  /** The version given on the command line, or null when none was. */
  public SdkVersion given() {
    return sdk;
  }

  /** Turns {@code 1.1} (or {@code 1.1.1.13}) into a version; anything else is a usage error. */
  public static final class Converter implements CommandLine.ITypeConverter<SdkVersion> {
    @Override
    public SdkVersion convert(String value) {
      return SdkVersion.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "unknown SDK version '" + value + "' (known: " + SdkVersion.known() + ")"));
    }
  }
}
