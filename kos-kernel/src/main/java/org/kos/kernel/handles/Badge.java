package org.kos.kernel.handles;

import org.kos.libkos.EventDescr;

/**
 * A resource transfer context object ({@code KnHandleCreateBadge}): associated with exactly one
 * handle transfer, it is <em>closed</em> ({@code EVENT_BADGE_CLOSED}) when every handle of that
 * transfer's subtree is closed or revoked, and <em>destroyed</em> ({@code EVENT_OBJECT_DESTROYED})
 * once, after that, its own last handle is closed.
 */
public final class Badge extends KernelObject {
  private final int context;
  boolean used;
  boolean closed;
  /** Live handles whose transfer subtree this badge marks. */
  int members;

  Badge(int context) {
    super("badge");
    this.context = context;
  }

  @Override
  protected int context() {
    return context;
  }

  @Override
  protected boolean mayBeDestroyed() {
    return members == 0;
  }

  void memberGone() {
    members--;
    if (members == 0 && !closed) {
      closed = true;
      signal(EventDescr.EVENT_BADGE_CLOSED);
    }
  }

  public boolean isClosed() {
    return closed;
  }
}
