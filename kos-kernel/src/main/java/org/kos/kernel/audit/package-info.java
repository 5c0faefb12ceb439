/**
 * The kernel logs kl.core.Audit reads: {@code kss} (security audit: the security monitor's
 * refusals, written by {@link org.kos.kernel.audit.AuditingMonitor}) and {@code core} (the
 * kernel's diagnostic lines), each a bounded {@link org.kos.kernel.audit.KernelLog} that counts
 * what it had to drop.
 */
package org.kos.kernel.audit;
