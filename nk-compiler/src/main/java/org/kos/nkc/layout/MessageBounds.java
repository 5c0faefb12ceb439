package org.kos.nkc.layout;

import java.util.Collection;

/**
 * The largest messages an interface, component or class can receive or send, so a server can size
 * its buffers once: the vendor's {@code P_req_arena_size}, {@code P_res_arena_size},
 * {@code P_arena_size}, {@code P_req_handles}, {@code P_res_handles}, {@code P_err_handles}
 * (and {@code C_component_*} for components). A response buffer holds either a response or an
 * error response (the vendor's {@code P_M_res} is a union of both), so {@code resArena} and
 * {@code resFixedSize} cover error messages too; {@code arena} is the larger of the request and
 * response arenas.
 */
public record MessageBounds(long reqArena, long resArena, long arena, long reqHandles, long resHandles,
    long errHandles, long reqFixedSize, long resFixedSize) {

  /** Nothing to send: no methods, or no endpoints. */
  public static final MessageBounds NONE = new MessageBounds(0, 0, 0, 0, 0, 0, 0, 0);

  /** The bounds of one method's messages. */
  public static MessageBounds of(MethodLayout m) {
    long resArena = Math.max(m.response().maxArena(), m.error().maxArena());
    return new MessageBounds(m.request().maxArena(), resArena, Math.max(m.request().maxArena(), resArena),
        m.request().handles(), m.response().handles(), m.error().handles(), m.request().fixedSize(),
        Math.max(m.response().fixedSize(), m.error().fixedSize()));
  }

  /** The component-wise maximum. */
  public MessageBounds max(MessageBounds o) {
    return new MessageBounds(Math.max(reqArena, o.reqArena), Math.max(resArena, o.resArena),
        Math.max(arena, o.arena), Math.max(reqHandles, o.reqHandles), Math.max(resHandles, o.resHandles),
        Math.max(errHandles, o.errHandles), Math.max(reqFixedSize, o.reqFixedSize),
        Math.max(resFixedSize, o.resFixedSize));
  }

  public static MessageBounds max(Collection<MessageBounds> all) {
    return all.stream().reduce(NONE, MessageBounds::max);
  }
}
