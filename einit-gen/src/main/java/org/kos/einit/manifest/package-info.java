/**
 * Stage 4: the manifest, what Einit does and in which order: tasks in the vendor's
 * initialisation order with their endpoints (both names, RIID, interface), and the channels in
 * connection order. Everything the generators write comes from a {@link org.kos.einit.manifest.Manifest}.
 */
package org.kos.einit.manifest;
