/** Stage 1: a policy file's text into tokens ({@link org.kos.psl.lex.PslLexer}); every word is a name, keywords are read in context. */
package org.kos.psl.lex;
