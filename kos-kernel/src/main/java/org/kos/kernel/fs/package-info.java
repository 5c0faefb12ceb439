/**
 * The boot image as the kernel sees it: {@link org.kos.kernel.fs.BootImage} (files, sizes, random
 * access reads) is what the booting tool hands the kernel (kos-runtime knows no image format), and
 * {@link org.kos.kernel.fs.OpenFile} is the kernel object behind a handle kl.core.FS.Open returns.
 */
package org.kos.kernel.fs;
