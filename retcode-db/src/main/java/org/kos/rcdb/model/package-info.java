/**
 * What the database holds: one {@link org.kos.rcdb.model.RcEntry} per definition of a code, with
 * its fields as written and where it was written, and {@link org.kos.rcdb.model.Finding}s, the
 * problems scanning and checking report with positions. No I/O, no third-party types.
 */
package org.kos.rcdb.model;
