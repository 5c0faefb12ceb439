/**
 * The decision engine (spec psl.md §7): events, plans per event key, expression evaluation, message
 * decoding, and {@link org.kos.ksm.engine.PolicyMonitor}, the kernel's security monitor for a module.
 */
package org.kos.ksm.engine;
