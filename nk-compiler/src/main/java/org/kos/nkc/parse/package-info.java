/**
 * Parsing: tokens to the syntax tree ({@link org.kos.nkc.ast}) for IDL, CDL and EDL of every
 * generation, with error recovery so that one run reports all syntax errors.
 */
package org.kos.nkc.parse;
