/**
 * {@code kos rc export}: entries rendered through the Freemarker templates of
 * {@code templates/retcode/} (packaged into this jar) as a C header, Java constants or a Markdown
 * table. Escaping for each language is done here, so templates only place values.
 */
package org.kos.rcdb.export;
