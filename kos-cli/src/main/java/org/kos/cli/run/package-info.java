/** {@code kos run}: boots a solution image on the reference kernel (einit-gen's {@code org.kos.einit.run}). */
package org.kos.cli.run;
