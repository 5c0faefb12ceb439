package org.kos.nk;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian access to byte arrays; every NK multi-byte field is little-endian. */
final class LittleEndian {
  private static final VarHandle U16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle U32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle U64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndian() {}

  static short getShort(byte[] b, int off) {
    return (short) U16.get(b, off);
  }

  static void putShort(byte[] b, int off, short v) {
    U16.set(b, off, v);
  }

  static int getInt(byte[] b, int off) {
    return (int) U32.get(b, off);
  }

  static void putInt(byte[] b, int off, int v) {
    U32.set(b, off, v);
  }

  static long getLong(byte[] b, int off) {
    return (long) U64.get(b, off);
  }

  static void putLong(byte[] b, int off, long v) {
    U64.set(b, off, v);
  }
}
