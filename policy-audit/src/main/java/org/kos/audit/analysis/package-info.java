/**
 * The static evaluation of a checked policy: for every event key (kind, source class, destination
 * class, endpoint, method) the statements that apply, found as the security module's engine finds
 * them (module ksm, {@code org.kos.ksm.engine.Planner}), and the verdict they give whatever the
 * message and model state: always, never or conditional.
 */
package org.kos.audit.analysis;
