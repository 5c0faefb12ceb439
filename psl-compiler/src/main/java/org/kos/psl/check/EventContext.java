package org.kos.psl.check;

import java.util.EnumMap;
import java.util.Map;
import org.kos.psl.ast.EventKind;
import org.kos.psl.ast.SelectorKey;

/**
 * What the selectors of a binding and its enclosing match sections have fixed about an event: its
 * kind and the value of each selector key given so far. {@code unresolved} when a selector could not
 * be resolved (already reported): checks that depend on it are skipped rather than repeated.
 */
final class EventContext {
  final EventKind kind;
  final Map<SelectorKey, String> values;
  final boolean unresolved;
  /** Set once PS0303 was reported for this context, so one missing method= gives one diagnostic. */
  boolean messageReported;

  EventContext(EventKind kind, Map<SelectorKey, String> values, boolean unresolved) {
    this.kind = kind;
    this.values = values.isEmpty() ? new EnumMap<>(SelectorKey.class) : new EnumMap<>(values);
    this.unresolved = unresolved;
  }

  static EventContext of(EventKind kind) {
    return new EventContext(kind, Map.of(), false);
  }

  String get(SelectorKey key) {
    return values.get(key);
  }

  EventContext with(SelectorKey key, String value) {
    EventContext c = new EventContext(kind, values, unresolved);
    c.values.put(key, value);
    return c;
  }

  EventContext unresolvedCopy() {
    EventContext c = new EventContext(kind, values, true);
    c.messageReported = true;
    return c;
  }

  /** The key naming the class that serves the event's endpoint: dst for requests, src for replies and security. */
  SelectorKey serverKey() {
    return switch (kind) {
      case REQUEST -> SelectorKey.DST;
      case RESPONSE, ERROR, SECURITY -> SelectorKey.SRC;
      default -> null;
    };
  }
}
