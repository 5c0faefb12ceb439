/**
 * Sources to entries: a tolerant lexer for C, C++ and Java ({@link org.kos.rcdb.scan.SourceLexer}),
 * a small macro expander so that wrapper macros and symbolic constants resolve
 * ({@link org.kos.rcdb.scan.Expander}), an integer-constant evaluator, and
 * {@link org.kos.rcdb.scan.TreeScanner}, which finds every MAKE_RETCODE / Retcode.make definition
 * of a tree. Constants defined anywhere in the scanned tree are visible everywhere in it, as a
 * project's headers are; conditional compilation is not evaluated.
 */
package org.kos.rcdb.scan;
