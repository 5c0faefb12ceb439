package org.kos.ksm.models;

import org.kos.ksm.model.ModelObject;

/** What every model object has: the name the policy gave it. */
abstract class NamedObject implements ModelObject {
  protected final String name;

  NamedObject(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }
}
