package org.kos.ksm.model;

/**
 * The changes one event makes to one model object, kept aside until the event's decision: applied
 * by {@link #commit()} only when the event is granted (spec §16 item 16), dropped otherwise.
 */
public interface Draft {
  void commit();
}
