/**
 * The connection manager: channels created while the system runs ({@code KnCmConnect},
 * {@code KnCmListen}, {@code KnCmAccept}, {@code KnCmDrop}).
 */
package org.kos.kernel.cm;
