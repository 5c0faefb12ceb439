/** Stage 2: tokens into the syntax tree ({@link org.kos.psl.parse.PslParser}), with one error per broken declaration. */
package org.kos.psl.parse;
