/**
 * The libkos facade for Java programs running on the reference kernel: the vendor's functions
 * ({@code KnHandleClose}, {@code KnNoticeCreate}, {@code ServiceLocatorConnect},
 * {@code EntityInit}, ...) under their own names, with outputs returned and failures thrown as
 * {@link org.kos.rc.RetcodeException}, and the constants of the public headers (rights, events,
 * handle types). Program class loaders see this package, {@code org.kos.nk} and {@code org.kos.rc}
 * and nothing else of the kernel.
 */
package org.kos.libkos;
