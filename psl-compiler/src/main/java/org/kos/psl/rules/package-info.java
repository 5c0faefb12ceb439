/** The registry of PSL diagnostics ({@link org.kos.psl.rules.PslRule}): stable ids, severities, summaries. */
package org.kos.psl.rules;
