/**
 * Stage 3: checking an init.yaml against itself and against the interfaces (through nk-compiler's
 * model and layout, never a parser of our own), with the vendor's defaults filled in; gives a
 * {@link org.kos.einit.check.Solution}. Ids EI0007-EI0011 and EI0017.
 */
package org.kos.einit.check;
