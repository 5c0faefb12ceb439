/**
 * {@code kos solution audit}: a least-privilege report of who may do what in a solution.
 * {@link org.kos.audit.PolicyAudit} reads a solution (or an init.yaml and a policy), analyses the
 * checked policy over the wiring ({@code org.kos.audit.analysis}), computes the findings
 * ({@code org.kos.audit.findings}) with the kernel's danger notes ({@code org.kos.audit.danger}) and
 * returns an {@link org.kos.audit.AuditReport}, which {@code org.kos.audit.report} renders.
 */
package org.kos.audit;
