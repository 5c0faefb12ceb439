package org.kos.libkos.spi;

/** A process the kernel created for the caller (what an {@code Entity} holds): opaque to libkos. */
public interface ProcessRef {
  String name();

  /** The process class (EIID). */
  String eiid();
}
