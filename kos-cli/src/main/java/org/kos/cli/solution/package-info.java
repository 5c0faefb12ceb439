/** {@code kos solution}: building solution directories into images (einit-gen's {@code org.kos.einit.solution}). */
package org.kos.cli.solution;
