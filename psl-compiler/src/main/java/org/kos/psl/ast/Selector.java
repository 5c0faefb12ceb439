package org.kos.psl.ast;

import org.kos.nkc.diag.SourceSpan;

/** {@code key=value}: one test of an event in a binding header, a match section or a test step. */
public record Selector(SelectorKey key, QName value, SourceSpan span) {}
