/**
 * Stage 5: the checked policy as versioned JSON ({@link org.kos.psl.ir.PolicyIr}, docs/psl-ir.md),
 * the input of the security module's compiler and of other tools.
 */
package org.kos.psl.ir;
