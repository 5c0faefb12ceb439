package org.kos.kernel.handles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A process's handle space: handle values (from 1; 0 means "no badge" in a transport container)
 * mapped to inheritance-tree nodes, with a quota on how many the process may hold at once
 * (revoked handles count until closed). Changed only under the {@link Handles} lock; the map is
 * concurrent so that {@link #live} (every IPC system call's handle check) can read it without
 * that global lock.
 */
public final class HandleTable {
  private final String owner;
  private final int quota;
  /** The owner's process class (EDL) and security id, as the security module sees it; null/0 for a bare table. */
  private volatile String subjectClass;
  private volatile int subjectSid;
  private final Map<Integer, HandleNode> nodes = new ConcurrentHashMap<>();
  private final Deque<Integer> freeValues = new ArrayDeque<>();
  private int nextValue = 1;
  private boolean closed;

  public HandleTable(String owner, int quota) {
    this.owner = owner;
    this.quota = quota;
  }

  public String owner() {
    return owner;
  }

  /** Sets the owning process's class and SID (once, when the kernel creates the process). */
  public void setSubject(String className, int sid) {
    this.subjectClass = className;
    this.subjectSid = sid;
  }

  /** The owning process's class, or null for a table of no process. */
  public String subjectClass() {
    return subjectClass;
  }

  /** The owning process's SID, or 0. */
  public int subjectSid() {
    return subjectSid;
  }

  public int quota() {
    return quota;
  }

  /** Number of handles held, revoked ones included; exact only under the handle lock. */
  public int size() {
    return nodes.size();
  }

  boolean isClosed() {
    return closed;
  }

  int allocate() throws RetcodeException {
    if (closed) {
      throw new RetcodeException(Retcode.rcNotConnected, owner + " has exited");
    }
    if (nodes.size() >= quota) {
      throw new RetcodeException(Retcode.rcQuotaExceeded,
          owner + " already holds its quota of " + quota + " handles");
    }
    Integer reused = freeValues.pollFirst();
    return reused != null ? reused : nextValue++;
  }

  void put(HandleNode node) {
    nodes.put(node.value, node);
  }

  void remove(HandleNode node) {
    if (nodes.remove(node.value, node)) {
      freeValues.addFirst(node.value);
    }
  }

  /** The node of a handle, which may be revoked; rcInvalidArgument for a value not in the table. */
  HandleNode find(int handle) throws RetcodeException {
    HandleNode n = nodes.get(handle);
    if (n == null) {
      throw new RetcodeException(Retcode.rcInvalidArgument, owner + " holds no handle " + handle);
    }
    return n;
  }

  /** The node of a usable handle: rcHandleRevoked for a revoked one. */
  HandleNode live(int handle) throws RetcodeException {
    HandleNode n = find(handle);
    if (n.revoked) {
      throw new RetcodeException(Retcode.rcHandleRevoked, "handle " + handle + " of " + owner + " was revoked");
    }
    return n;
  }

  /** Every node in handle order, and marks the table closed so nothing new enters it. */
  List<HandleNode> drain() {
    closed = true;
    List<HandleNode> all = new ArrayList<>(nodes.values());
    all.sort((a, b) -> Integer.compare(a.value, b.value));
    return all;
  }
}
