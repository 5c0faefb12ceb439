/**
 * Futexes: threads waiting on a 32-bit word of their process's memory until another thread
 * wakes them (kl.core.Sync Wait and Wake), the primitive user-space locks are built on.
 */
package org.kos.kernel.sync;
