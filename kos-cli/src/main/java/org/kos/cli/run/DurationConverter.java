package org.kos.cli.run;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, a plain number of seconds, or ISO-8601 ({@code PT1M30S}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt") || v.startsWith("p")) {
        return positive(Duration.parse(value.trim().toUpperCase(Locale.ROOT)), value);
      }
      if (v.endsWith("ms")) {
        return positive(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))), value);
      }
      long n = Long.parseLong(v.replaceAll("[smh]$", ""));
      return positive(switch (v.charAt(v.length() - 1)) {
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      }, value);
    } catch (NotPositive e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a duration (examples: 500ms, 10s, 2m, PT1M30S)");
    }
  }

  /** A duration that is one but not positive is a different mistake from one that is not a duration. */
  private static Duration positive(Duration d, String value) {
    if (d.isNegative() || d.isZero()) {
      throw new NotPositive(value);
    }
    return d;
  }

  private static final class NotPositive extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    NotPositive(String value) {
      super("'" + value + "' is not a positive duration: a timeout must leave the processes some time (e.g. 10s)");
    }
  }
}
