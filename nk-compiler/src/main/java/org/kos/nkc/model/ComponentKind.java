package org.kos.nkc.model;

/** What declared a component: a CDL {@code component}, or an EDL {@code task class} / {@code entity}. */
public enum ComponentKind {
  COMPONENT,
  TASK_CLASS,
  ENTITY;

  /** EDL classes are programs; CDL components are parts of one. */
  public boolean isClass() {
    return this != COMPONENT;
  }
}
