/**
 * Policy files as the front end reads them: {@link org.kos.psl.source.PslSource} (expanded text and
 * the way back to the template) and the search path for {@code use a.b._} fragments.
 */
package org.kos.psl.source;
