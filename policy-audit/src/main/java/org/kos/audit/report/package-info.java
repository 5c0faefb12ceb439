/** Renderings of an {@link org.kos.audit.AuditReport}: the terminal report and the JSON document (docs/audit.md). */
package org.kos.audit.report;
