package org.kos.audit.analysis;

/**
 * A statement of the policy that applies to an event key: where it is ({@code security.psl:12:5}),
 * its PSL text (whitespace collapsed; a long {@code choice} is cut with " …") and whether it is a plain
 * {@code grant ()}.
 */
public record Rule(String at, String psl, boolean grant) {}
