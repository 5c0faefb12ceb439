/**
 * The kernel's own endpoints ({@code kl.core.Core}) served through the generated kl.core
 * dispatchers: the methods a model can honestly do, and rcUnimplemented in the {@code rc} output
 * for the rest (docs/kernel.md has the per-method table).
 */
package org.kos.kernel.core;
