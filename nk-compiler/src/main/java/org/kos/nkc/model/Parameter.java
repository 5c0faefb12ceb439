package org.kos.nkc.model;

import org.kos.nkc.diag.SourceSpan;

public record Parameter(Direction direction, String name, Type type, SourceSpan span) {}
