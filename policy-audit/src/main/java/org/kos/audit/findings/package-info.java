/**
 * What a reviewer should look at, with stable ids ({@code PA0001}…, one page each in docs/errors/):
 * dangerous kernel methods granted, grant-everything bindings, over-grants, dead wiring, classes that
 * may start processes, handle transfers granted without restriction.
 */
package org.kos.audit.findings;
