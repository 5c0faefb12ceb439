/**
 * Renderings of an {@link org.kos.audit.AuditReport}: the terminal report, the JSON document, the
 * Graphviz graph and the single-file HTML page (the last two through the Freemarker templates of
 * {@code templates/audit/}; docs/audit.md).
 */
package org.kos.audit.report;
