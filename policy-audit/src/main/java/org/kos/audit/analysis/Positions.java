package org.kos.audit.analysis;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.kos.nkc.diag.SourceSpan;

/**
 * Positions as a report shows them, {@code file:line:column}, with files under a base directory named
 * relative to it (as the policy IR does), so that a report does not depend on where it was made.
 */
public final class Positions {
  private final Path base;

  public Positions(Path base) {
    this.base = base == null ? null : base.toAbsolutePath().normalize();
  }

  public String of(SourceSpan span) {
    return file(span.file().name()) + ":" + span.line() + ":" + span.column();
  }

  public String file(String name) {
    if (base == null || name.startsWith("<")) {
      return name;
    }
    try {
      Path p = Path.of(name).toAbsolutePath().normalize();
      return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : name;
    } catch (InvalidPathException e) {
      return name;
    }
  }
}
