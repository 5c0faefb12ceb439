/**
 * The kernel's side of the libkos facade: {@link org.kos.kernel.syscall.KernelSystemCalls}
 * implements {@link org.kos.libkos.spi.SystemCalls} for the process of the calling thread. It is
 * the only way from a program into the kernel; programs never hold a kernel object.
 */
package org.kos.kernel.syscall;
