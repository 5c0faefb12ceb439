/** {@code kos psl}: the security-policy commands over psl-compiler. */
package org.kos.cli.psl;
