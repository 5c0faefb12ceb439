package org.kos.ksm.engine;

import org.kos.ksm.model.EventState;

/** What evaluating one event needs: the event, its message reader and its drafts of model state. */
final class Evaluation {
  final Event event;
  final MessageDecoder decoder;
  /** Replaced when an evaluation that raced a commit is redone. */
  EventState state = new EventState();

  /** Expression calls audited by an emit condition, as "re.match=true". */
  java.util.List<String> emitted;

  void emitted(String call, Object value) {
    if (emitted == null) {
      emitted = new java.util.ArrayList<>();
    }
    emitted.add(call + "=" + value);
  }

  /** Forgets what a discarded run of steps did: its drafts and the emitted expressions past {@code emitted}. */
  void rewind(int emitted) {
    state = new EventState();
    if (this.emitted != null) {
      this.emitted.subList(emitted, this.emitted.size()).clear();
    }
  }

  Evaluation(Event event) {
    this.event = event;
    this.decoder = new MessageDecoder(event.message());
  }
}
