package org.kos.libkos;

/**
 * Event masks ({@code handle/event_descr.h}). The general part (low 8 bits here) is signalled only
 * by the kernel; the specialised part, built with {@link #OBJECT_EVENT_SPEC}, belongs to the
 * resource's provider. Values are ours (the seeds name the flags only), see docs/kernel.md.
 */
public final class EventDescr {
  /** The resource was destroyed: its last handle was closed. */
  public static final int EVENT_OBJECT_DESTROYED = 0x1;
  /** A resource transfer context object (badge) was closed: its transfer subtree is gone. */
  public static final int EVENT_BADGE_CLOSED = 0x2;
  /** The general part of an event mask. */
  public static final int EVENT_GENERAL_MASK = 0xFF;
  /** Every event. */
  public static final int EVENT_ALL = 0xFFFFFFFF;
  /** {@code INFINITE_TIMEOUT} for waits. */
  public static final long INFINITE_TIMEOUT = -1L;

  private EventDescr() {}

  /** {@code OBJECT_EVENT_SPEC(x)}: the specialised-part event {@code x} (24 bits). */
  public static int OBJECT_EVENT_SPEC(int x) {
    if ((x & ~0xFFFFFF) != 0) {
      throw new IllegalArgumentException("specialised events 0x" + Integer.toHexString(x) + " exceed 24 bits");
    }
    return x << 8;
  }
}
