/**
 * Virtual memory of a process as a model: pages free, reserved or committed, protection flags,
 * and the per-process quota of committed memory (rcQuotaExceeded). No bytes are stored.
 */
package org.kos.kernel.vmm;
