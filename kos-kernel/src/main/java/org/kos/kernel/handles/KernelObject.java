package org.kos.kernel.handles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.kos.libkos.EventDescr;

/**
 * A resource the kernel hands out handles to: a user object, a badge, a notification receiver, an
 * IPC channel end. It lives while at least one live (neither closed nor revoked) handle refers to
 * it; when the last goes, its subscribers get {@code EVENT_OBJECT_DESTROYED} and
 * {@link #onDestroyed()} releases what it holds. Fields are guarded by the {@link Handles} lock.
 */
public abstract class KernelObject {
  private final String kind;
  int liveHandles;
  /** The security id, given by {@link Handles} with the object's first handle; never reused. */
  int sid;
  private boolean destroyed;
  /** Events that happened and stay true (a process has ended): a later subscriber gets them at once. */
  int standing;
  private final List<Subscription> subscriptions = new ArrayList<>(2);

  protected KernelObject(String kind) {
    this.kind = kind;
  }

  /** What the object is, for messages: "user object", "badge", ... */
  public String kind() {
    return kind;
  }

  public final boolean isDestroyed() {
    return destroyed;
  }

  /** Number of live handles; read under the handle lock for an exact value. */
  public final int liveHandles() {
    return liveHandles;
  }

  /** The object's security id (0 until it has had a handle). */
  public final int sid() {
    return sid;
  }

  /** Number of "resource–event mask" entries notification receivers hold on the object. */
  public final int subscriptionCount() {
    return subscriptions.size();
  }

  /**
   * The token a dereferencing server receives in the badge field when the transfer carried no
   * badge and the server provides this object; 0 for objects without a context.
   */
  protected int context() {
    return 0;
  }

  /** Extra condition for destruction besides "no live handle" (a badge waits for its subtree). */
  protected boolean mayBeDestroyed() {
    return true;
  }

  /** Releases what the object holds; called once, with the handle lock held. */
  protected void onDestroyed() {}

  final void subscribe(EventSink sink, int mask, long eventId) {
    subscriptions.add(new Subscription(sink, mask, eventId));
    sink.watched().add(this);
  }

  /** Removes {@code sink}'s entries whose id {@code matches}; returns how many. */
  final int unsubscribe(EventSink sink, LongPredicate matches) {
    int before = subscriptions.size();
    subscriptions.removeIf(s -> s.sink() == sink && matches.test(s.eventId()));
    if (subscriptions.stream().noneMatch(s -> s.sink() == sink)) {
      sink.watched().remove(this);
    }
    return before - subscriptions.size();
  }

  /** Delivers {@code mask} to every subscriber whose entry matches. */
  final void signal(int mask) {
    subscriptions.removeIf(s -> !s.sink().acceptsEvents());
    for (Subscription s : subscriptions) {
      int hit = s.mask() & mask;
      if (hit != 0) {
        s.sink().post(s.eventId(), hit);
      }
    }
  }

  final void destroyIfUnused() {
    if (!destroyed && liveHandles == 0 && mayBeDestroyed()) {
      destroyed = true;
      signal(EventDescr.EVENT_OBJECT_DESTROYED);
      for (Subscription s : subscriptions) {
        s.sink().watched().remove(this);
      }
      subscriptions.clear();
      onDestroyed();
    }
  }

  private record Subscription(EventSink sink, int mask, long eventId) {}
}
