/**
 * Return codes ({@code Retcode}) as the kernel, the NK ABI and user programs see them: the 32-bit
 * layout of MAKE_RETCODE (severity, customer, space, facility, code), the generic codes of the SDK
 * with their descriptions, the known spaces, and the human-readable form of RETCODE_HR_FMT.
 * Codes are plain {@code int}s handled through static helpers, so passing them costs nothing.
 */
package org.kos.rc;
