package org.kos.kernel.handles;

import java.util.ArrayList;
import java.util.List;

/**
 * One handle: an entry of a process's handle table and a node of its resource's inheritance tree.
 * Fields are guarded by the {@link Handles} lock; {@code revoked} is volatile so that a lookup
 * outside it ({@link Handles#object}) sees a revoke that completed before it.
 */
public final class HandleNode {
  final KernelObject object;
  final int rights;
  final HandleTable owner;
  final int value;
  HandleNode parent;
  final List<HandleNode> children = new ArrayList<>(2);
  /** The badge of the transfer that created this node, if that transfer carried one. */
  final Badge transferBadge;
  /** The badge whose subtree this node belongs to (its own or its nearest ancestor's). */
  final Badge badge;
  volatile boolean revoked;

  HandleNode(KernelObject object, int rights, HandleTable owner, int value, HandleNode parent,
      Badge transferBadge, Badge badge) {
    this.object = object;
    this.rights = rights;
    this.owner = owner;
    this.value = value;
    this.parent = parent;
    this.transferBadge = transferBadge;
    this.badge = badge;
  }

  public KernelObject object() {
    return object;
  }

  public int rights() {
    return rights;
  }

  public int value() {
    return value;
  }

  public HandleTable owner() {
    return owner;
  }

  boolean isLive() {
    return !revoked;
  }
}
