/**
 * The run-time side of PSL's models: values, decisions, evaluation errors, per-event drafts of
 * model state ({@link org.kos.ksm.model.EventState}), and the {@link org.kos.ksm.model.ModelObject}
 * contract the standard models implement.
 */
package org.kos.ksm.model;
