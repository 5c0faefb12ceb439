/**
 * The IR stage: the checked model and its layout as versioned, deterministic JSON
 * ({@code docs/ir.md}, schema {@code docs/ir-schema.json}), for tools and back ends that are not
 * written in Java. {@link org.kos.nkc.ir.Ir#render} builds the text; {@link org.kos.nkc.ir.Ir#write}
 * puts it into a file atomically.
 */
package org.kos.nkc.ir;
