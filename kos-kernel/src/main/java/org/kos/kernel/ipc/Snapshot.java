package org.kos.kernel.ipc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A message in flight: a copy of the sender's header, fixed part and arena taken when it was
 * sent, with the offsets of its handle containers. The kernel checks the structure here (and
 * nothing about the interface), so a malformed message fails with rcInvalidArgument before it
 * reaches anyone.
 */
final class Snapshot {
  /** At most this many handles travel in one message (wire-format.md). */
  static final int MAX_HANDLES = 7;

  private static final byte[] NO_BYTES = new byte[0];
  private static final int[] NO_OFFSETS = new int[0];
  private static final HandleDesc[] NO_HANDLES = new HandleDesc[0];

  final byte[] fixed;
  final byte[] arena;
  final int[] handleOffsets;

  private Snapshot(byte[] fixed, byte[] arena, int[] handleOffsets) {
    this.fixed = fixed;
    this.arena = arena;
    this.handleOffsets = handleOffsets;
  }

  /**
   * Copies and checks a message handed to Call or Reply: its bytes alone ({@code byte[]}) when it
   * has neither handles nor an arena, as most messages, else a {@link Snapshot}. The bare array
   * saves an object per message, which the other core would have to fetch; the static methods
   * below take either form.
   */
  static Object copyOf(NkMessage msg, Arena arena) throws RetcodeException {
    int fixedSize = msg.fixedSize();
    if (fixedSize < NkMessage.HEADER_SIZE || fixedSize > msg.capacity()) {
      throw malformed("fixedSize " + Integer.toUnsignedLong(fixedSize) + " outside [24, " + msg.capacity() + "]");
    }
    int used = arena == null ? 0 : arena.used();
    if (msg.arenaSize() != used) {
      throw malformed("header says " + Integer.toUnsignedLong(msg.arenaSize()) + " arena bytes, the arena holds "
          + used);
    }
    int[] offsets = msg.handleCount() == 0 ? NO_OFFSETS : msg.handleOffsets();
    if (msg.ncaps() != offsets.length) {
      throw malformed("header counts " + Integer.toUnsignedLong(msg.ncaps()) + " handles but " + offsets.length
          + " container offsets came with the message");
    }
    if (offsets.length > MAX_HANDLES) {
      throw malformed(offsets.length + " handles exceed the limit of " + MAX_HANDLES);
    }
    for (int off : offsets) {
      if (off < NkMessage.HEADER_SIZE || off % 4 != 0 || (long) off + HandleDesc.SIZE > fixedSize) {
        throw malformed("handle container at offset " + off + " outside the fixed part of " + fixedSize + " bytes");
      }
      for (int other : offsets) {
        if (other != off && Math.abs(other - off) < HandleDesc.SIZE) {
          throw malformed("handle containers at offsets " + off + " and " + other + " overlap");
        }
      }
    }
    byte[] fixed = msg.toByteArray();
    try {
      NkMessage.checkReceived(fixed, fixed.length); // header rules shared with every transport (flags, status replies)
    } catch (NkException e) {
      throw malformed(e.getMessage());
    }
    if (offsets.length == 0 && used == 0) {
      return fixed;
    }
    byte[] arenaBytes = used == 0 ? NO_BYTES : arena.toByteArray();
    return new Snapshot(fixed, arenaBytes, offsets);
  }

  /**
   * A copied message as the security module reads it; the SIDs behind its handles are looked up in
   * {@code senderTable} only when asked (the containers still hold the sender's handle values).
   */
  static org.kos.kernel.security.MessageView view(Object m, org.kos.kernel.handles.Handles handles,
      org.kos.kernel.handles.HandleTable senderTable) {
    byte[] fixed = m instanceof Snapshot s ? s.fixed : (byte[]) m;
    byte[] arena = m instanceof Snapshot s ? s.arena : NO_BYTES;
    return new org.kos.kernel.security.MessageView() {
      @Override
      public byte[] fixed() {
        return fixed;
      }

      @Override
      public byte[] arena() {
        return arena;
      }

      @Override
      public int handleSid(int offset) {
        if (offset < 0 || offset + 4 > fixed.length) {
          return -1;
        }
        int handle = ByteBuffer.wrap(fixed, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return handles.sidForSecurity(senderTable, handle);
      }
    };
  }

  /** The header and fixed part of a copied message (not to be modified). */
  static byte[] fixed(Object m) {
    return m instanceof Snapshot s ? s.fixed : (byte[]) m;
  }

  /** The arena of a copied message (not to be modified). */
  static byte[] arena(Object m) {
    return m instanceof Snapshot s ? s.arena : NO_BYTES;
  }

  /** The handle containers of a copied message as the sender filled them. */
  static HandleDesc[] handles(Object m) {
    return m instanceof Snapshot s ? s.handles() : NO_HANDLES;
  }

  /** Writes the receiver's view of the containers over the sender's. */
  static void setHandles(Object m, HandleDesc[] translated) {
    if (translated.length > 0) {
      ((Snapshot) m).setHandles(translated);
    }
  }

  /** Fixed part and arena of a copied message, in bytes, as "F+A" for messages. */
  static String size(Object m) {
    return m instanceof Snapshot s ? s.fixed.length + "+" + s.arena.length : ((byte[]) m).length + "+0";
  }

  /** True when the receiver's buffers can hold a copied message. */
  static boolean fits(Object m, int messageCapacity, int arenaCapacity) {
    return m instanceof Snapshot s ? s.fits(messageCapacity, arenaCapacity) : ((byte[]) m).length <= messageCapacity;
  }

  /** Copies a copied message into the receiver's buffers, which it {@link #fits}. */
  static void deliver(Object m, NkMessage msg, Arena arenaOut) {
    if (m instanceof Snapshot s) {
      s.deliverTo(msg, arenaOut);
      return;
    }
    byte[] fixed = (byte[]) m;
    try {
      msg.load(fixed, fixed.length);
      if (arenaOut != null) {
        arenaOut.load(NO_BYTES, 0);
      }
    } catch (NkException e) {
      throw new IllegalStateException("a checked message failed to load: " + e.getMessage(), e);
    }
  }

  private static RetcodeException malformed(String why) {
    return new RetcodeException(Retcode.rcInvalidArgument, "malformed message: " + why);
  }

  private ByteBuffer le() {
    return ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The handle containers as the sender filled them. */
  HandleDesc[] handles() {
    if (handleOffsets.length == 0) {
      return NO_HANDLES;
    }
    ByteBuffer b = le();
    HandleDesc[] out = new HandleDesc[handleOffsets.length];
    for (int i = 0; i < out.length; i++) {
      int o = handleOffsets[i];
      out[i] = new HandleDesc(b.getInt(o), b.getInt(o + 4), b.getInt(o + 8), b.getInt(o + 12));
    }
    return out;
  }

  /** Writes the receiver's view of the containers over the sender's. */
  void setHandles(HandleDesc[] translated) {
    if (translated.length == 0) {
      return;
    }
    ByteBuffer b = le();
    for (int i = 0; i < translated.length; i++) {
      int o = handleOffsets[i];
      HandleDesc d = translated[i];
      b.putInt(o, d.handle()).putInt(o + 4, d.rights()).putInt(o + 8, d.badge()).putInt(o + 12, d.flags());
    }
  }

  /** True when the receiver's buffers can hold this message. */
  boolean fits(int messageCapacity, int arenaCapacity) {
    return fixed.length <= messageCapacity && arena.length <= arenaCapacity;
  }

  /** Copies the message into the receiver's buffers, which {@link #fits} them. */
  void deliverTo(NkMessage msg, Arena arenaOut) {
    try {
      msg.load(fixed, fixed.length);
      if (handleOffsets.length > 0) { // load() already left the message with no containers
        msg.setHandleOffsets(handleOffsets);
      }
      if (arenaOut != null) {
        arenaOut.load(arena, arena.length);
      }
    } catch (NkException e) {
      throw new IllegalStateException("a checked message failed to load: " + e.getMessage(), e);
    }
  }
}
