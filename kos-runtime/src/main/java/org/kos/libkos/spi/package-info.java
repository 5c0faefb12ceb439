/**
 * The seam between the libkos facade and a kernel: {@link org.kos.libkos.spi.SystemCalls}, the
 * system calls a kernel implements, and {@link org.kos.libkos.spi.KernelLink}, where the kernel
 * installs them. Programs never see this package: their class loaders show only the facade
 * ({@code org.kos.libkos}), and the build-time and load-time confinement checks refuse it.
 */
package org.kos.libkos.spi;
