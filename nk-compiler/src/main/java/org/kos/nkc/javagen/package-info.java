/**
 * The Java back end: turns the checked {@link org.kos.nkc.model.Model} and its
 * {@link org.kos.nkc.layout.Layout} into Java sources (JavaPoet) that run on the {@code org.kos.nk}
 * ABI of kos-runtime, as {@code docs/java-stubs.md} defines them: per IDL package its type
 * (constants, records, sealed unions) and codec, per interface a proxy and a dispatcher, per
 * component or class its constants and routing dispatcher. Entry point:
 * {@link org.kos.nkc.javagen.JavaGenerator#generate}; {@link org.kos.nkc.javagen.GeneratedSources}
 * writes the files and the make-style dependency file.
 */
package org.kos.nkc.javagen;
