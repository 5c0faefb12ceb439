/**
 * Virtual memory of a process as a model: pages free, reserved or committed, protection flags,
 * the contents of committed pages (sparse, zero-filled on commit, dropped on decommit and free),
 * and the per-process quota of committed memory (rcQuotaExceeded).
 */
package org.kos.kernel.vmm;
