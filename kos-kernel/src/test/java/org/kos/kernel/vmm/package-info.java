/** Tests of the virtual memory model and memory quotas. */
package org.kos.kernel.vmm;
