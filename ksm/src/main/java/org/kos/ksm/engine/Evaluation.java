package org.kos.ksm.engine;

import org.kos.ksm.model.EventState;

/** What evaluating one event needs: the event, its message reader and its drafts of model state. */
final class Evaluation {
  final Event event;
  final MessageDecoder decoder;
  final EventState state = new EventState();

  Evaluation(Event event) {
    this.event = event;
    this.decoder = new MessageDecoder(event.message());
  }
}
