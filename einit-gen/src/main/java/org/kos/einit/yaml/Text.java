package org.kos.einit.yaml;

import org.kos.nkc.diag.SourceSpan;

/** A scalar of the file as text ({@code 8080} is {@code "8080"}) and where it was written. */
public record Text(String value, SourceSpan span) {}
