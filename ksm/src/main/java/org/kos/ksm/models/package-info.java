/**
 * The run-time behaviour of PSL's standard models (spec §8): {@link org.kos.ksm.models.Models}
 * creates the policy's objects; the stateless ones (Base, Pred, Bool, Math, Struct, Regex) compute,
 * the stateful ones (HashSet, StaticMap, Flow, Mic) keep one context per SID and change it only
 * through the event's draft, so a denied event leaves no trace.
 */
package org.kos.ksm.models;
