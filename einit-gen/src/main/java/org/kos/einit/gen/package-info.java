/**
 * Stage 5: outputs rendered from a manifest through the Freemarker templates of
 * {@code templates/einit/}: the Einit program (Java for the reference kernel), the JSON manifest
 * and the Graphviz view of the wiring.
 */
package org.kos.einit.gen;
