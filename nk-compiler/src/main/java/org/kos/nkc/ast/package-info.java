/**
 * The syntax tree of IDL, CDL and EDL files exactly as written (names unresolved, expressions
 * unevaluated). Immutable records; every node keeps its {@link org.kos.nkc.diag.SourceSpan}.
 */
package org.kos.nkc.ast;
