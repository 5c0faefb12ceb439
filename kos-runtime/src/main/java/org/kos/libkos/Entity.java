package org.kos.libkos;

import org.kos.libkos.spi.ProcessRef;

/** A process created through the entity API ({@code Entity *}): opaque to programs. */
public final class Entity {
  final ProcessRef process;

  Entity(ProcessRef process) {
    this.process = process;
  }

  /** The process name. */
  public String name() {
    return process.name();
  }

  /** The process class (EIID). */
  public String eiid() {
    return process.eiid();
  }

  @Override
  public String toString() {
    return "Entity " + process.name();
  }
}
