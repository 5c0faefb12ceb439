/**
 * The security monitor seam: an interface the IPC layer consults for every message (requests and
 * responses). The default allows everything; a policy engine implements it.
 */
package org.kos.kernel.security;
