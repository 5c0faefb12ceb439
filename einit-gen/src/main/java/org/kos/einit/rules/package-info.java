/**
 * The registry of einit-gen's diagnostic ids ({@link org.kos.einit.rules.EinitRule}); diagnostics
 * themselves are nk-compiler's {@code org.kos.nkc.diag} type, printed by its printer.
 */
package org.kos.einit.rules;
