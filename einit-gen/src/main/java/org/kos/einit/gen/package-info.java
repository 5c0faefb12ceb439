/**
 * Stage 5: outputs rendered from a manifest through the Freemarker templates of
 * {@code templates/einit/}: the JSON manifest and the Graphviz view of the wiring. (The Einit
 * program itself waits for the reference kernel's entity API.)
 */
package org.kos.einit.gen;
