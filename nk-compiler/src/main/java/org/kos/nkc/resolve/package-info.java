/**
 * Resolution: finds files on the search path, binds names (local, imported, qualified), resolves
 * typedef chains, evaluates integer expressions exactly, checks bounds and reference cycles, and
 * builds the {@link org.kos.nkc.model.Model}.
 */
package org.kos.nkc.resolve;
