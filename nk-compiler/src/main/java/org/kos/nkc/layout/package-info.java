/**
 * The layout stage: reads the checked {@link org.kos.nkc.model.Model} and computes the numbers a
 * message and a server are built from, as {@code docs/wire-format.md} defines them: MIDs, the
 * fixed-part layout (offset, size, alignment of every parameter and, recursively, of every
 * struct/union member and array/sequence element) of each request, response and error message,
 * maximum arena sizes, handle counts, per-interface and per-component maxima, and the RIID of
 * every endpoint of a CDL component or EDL class with both of its names. Entry point:
 * {@link org.kos.nkc.layout.Layout#of}. Everything here is an immutable record.
 */
package org.kos.nkc.layout;
