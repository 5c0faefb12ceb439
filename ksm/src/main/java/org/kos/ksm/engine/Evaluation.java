package org.kos.ksm.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kos.kernel.security.MessageView;
import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EventState;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.EndpointInfo;
import org.kos.ksm.module.Field;
import org.kos.ksm.module.MethodInfo;

/**
 * One event being decided, in one object: its facts (as {@link Event} has them, the message as its
 * bytes), its drafts of model state (it is the {@link EventState} the models' calls get), and the
 * outcome so far: rules called, the first denial, where evaluation is (for error messages), the
 * calls and expressions to audit.
 */
final class Evaluation extends EventState {
  final EventKind kind;
  final ClassInfo src;
  final long srcSid;
  final ClassInfo dst;
  final long dstSid;
  final EndpointInfo endpoint;
  final MethodInfo method;
  final Map<String, Field> parameters;
  /** The message's header and fixed part, and its arena; null when the event has no message. */
  final byte[] fixed;
  final byte[] arena;
  /** Where the SIDs behind the message's handles come from; null: not available (see {@link NeedsView}). */
  private final MessageView view;

  int called;
  String deniedAt;
  String at = "?";
  /** Rule calls to audit, with their results. */
  List<Plan.Call> audited;
  List<Decision> results;
  /** Expression calls audited by an emit condition, as "re.match=true". */
  List<String> emitted;

  Evaluation(Event event) {
    this(event.kind(), event.src(), event.srcSid(), event.dst(), event.dstSid(), event.endpoint(), event.method(),
        event.parameters(), event.message() == null ? null : event.message().fixed(),
        event.message() == null ? null : event.message().arena(), event.message());
  }

  Evaluation(EventKind kind, ClassInfo src, long srcSid, ClassInfo dst, long dstSid, EndpointInfo endpoint,
      MethodInfo method, Map<String, Field> parameters, byte[] fixed, byte[] arena, MessageView view) {
    this.kind = kind;
    this.src = src;
    this.srcSid = srcSid;
    this.dst = dst;
    this.dstSid = dstSid;
    this.endpoint = endpoint;
    this.method = method;
    this.parameters = parameters;
    this.fixed = fixed;
    this.arena = arena;
    this.view = view;
  }

  /**
   * The SID behind the handle container at {@code offset} of the fixed part, or -1; {@link NeedsView}
   * when the evaluation was started without the kernel's view of the message.
   */
  int handleSid(int offset) {
    if (view == null) {
      throw NeedsView.INSTANCE;
    }
    return view.handleSid(offset);
  }

  String describe() {
    return Event.describe(kind, src, dst, endpoint, method);
  }

  void emitted(String call, Object value) {
    if (emitted == null) {
      emitted = new ArrayList<>();
    }
    emitted.add(call + "=" + value);
  }

  void audited(Plan.Call c, Decision result) {
    if (audited == null) {
      audited = new ArrayList<>();
      results = new ArrayList<>();
    }
    audited.add(c);
    results.add(result);
  }

  int auditedCount() {
    return audited == null ? 0 : audited.size();
  }

  int emittedCount() {
    return emitted == null ? 0 : emitted.size();
  }

  /**
   * Forgets what a discarded run of steps did: back to {@code called} rules called, the first denial
   * {@code deniedAt}, evaluation {@code at}, the first {@code audits} audited calls and {@code emits}
   * emitted expressions, no drafts.
   */
  void rewind(int called, String deniedAt, String at, int audits, int emits) {
    this.called = called;
    this.deniedAt = deniedAt;
    this.at = at;
    if (audited != null) {
      audited.subList(audits, audited.size()).clear();
      results.subList(audits, results.size()).clear();
    }
    if (emitted != null) {
      emitted.subList(emits, emitted.size()).clear();
    }
    discard();
  }

  /**
   * Thrown when the policy reads a handle's SID in an evaluation started without the kernel's view
   * of the message (the monitor's fast path): the event is then decided again with it.
   */
  static final class NeedsView extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NeedsView INSTANCE = new NeedsView();

    private NeedsView() {
      super("the policy reads the SID of a handle in the message", null, false, false);
    }
  }
}
