package org.kos.psl.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** A dotted name ({@code a.b.C}, {@code message.x.y}, {@code pingComp.pingImpl}); each part keeps its place. */
public record QName(List<Name> parts, SourceSpan span, String text) {
  public QName {
    parts = List.copyOf(parts); // no copy when already an immutable List.of
  }

  /** The name of these parts; its text ({@code a.b.C}) is joined once, as checks read it often. */
  public QName(List<Name> parts, SourceSpan span) {
    this(parts, span, join(parts));
  }

  private static String join(List<Name> parts) {
    int n = parts.size();
    if (n == 1) {
      return parts.get(0).text();
    }
    int length = n - 1;
    for (int i = 0; i < n; i++) {
      length += parts.get(i).text().length();
    }
    SourceSpan first = parts.get(0).span();
    SourceSpan last = parts.get(n - 1).span();
    if (first.file() == last.file() && last.end() - first.start() == length) {
      return first.file().text().substring(first.start(), last.end()); // written as a.b.C: one copy
    }
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append('.');
      }
      b.append(parts.get(i).text());
    }
    return b.toString();
  }

  public Name first() {
    return parts.get(0);
  }

  public Name last() {
    return parts.get(parts.size() - 1);
  }

  /** The name without its last part ({@code a.b} of {@code a.b.C}); null for a simple name. */
  public QName init() {
    if (parts.size() < 2) {
      return null;
    }
    List<Name> head = parts.subList(0, parts.size() - 1);
    return new QName(head, head.get(0).span().to(head.get(head.size() - 1).span()));
  }

  @Override
  public String toString() {
    return text();
  }
}
