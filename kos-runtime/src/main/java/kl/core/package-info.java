/**
 * Generated stubs of the kernel's own endpoints (IDL packages {@code kl.core.*}, entity
 * {@code kl.core.Core}), checked in because kos-runtime cannot depend on nk-compiler. Do not edit
 * the generated files: regenerate them from nk-compiler's bundled SDK (docs/kernel.md);
 * nk-compiler's {@code KlCoreStubsUpToDateTest} fails when they are stale. Programs call the
 * kernel through the proxies; {@code org.kos.kernel.core} implements the server side.
 */
package kl.core;
