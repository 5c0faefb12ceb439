/**
 * Stage 3: a policy's files ({@code use a.b._} through the search path, each once, cycles refused)
 * and the endpoint tables of the EDL classes it names, built from the NK compiler's model.
 */
package org.kos.psl.resolve;
