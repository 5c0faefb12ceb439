/**
 * Lexing: one file's text to a compact token stream ({@link org.kos.nkc.lex.Tokens}). Keywords are
 * contextual and left to the parser; comments and whitespace are dropped here.
 */
package org.kos.nkc.lex;
