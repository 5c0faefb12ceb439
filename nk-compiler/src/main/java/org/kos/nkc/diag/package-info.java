/**
 * Source positions and diagnostics shared by every tool that reports on a user's file: the compiler,
 * einit-gen, and (through kos-cli) the return-code checker. A {@link org.kos.nkc.diag.Diagnostic}
 * carries a stable id; {@link org.kos.nkc.diag.DiagnosticPrinter} renders it as
 * {@code file:line:col: error[ID]: message}, the source line and a caret, or as JSON for tools.
 */
package org.kos.nkc.diag;
