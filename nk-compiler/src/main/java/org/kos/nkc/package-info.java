/**
 * The IDL/CDL/EDL compiler's public API: {@link org.kos.nkc.NkCompiler#compile} takes a
 * {@link org.kos.nkc.CompileRequest} and returns a {@link org.kos.nkc.CompileResult} holding the
 * checked {@link org.kos.nkc.model.Model} and the diagnostics. Stages live in sub-packages:
 * lex → parse → resolve → check → model.
 */
package org.kos.nkc;
