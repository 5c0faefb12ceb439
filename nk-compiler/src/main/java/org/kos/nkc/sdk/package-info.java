/**
 * The SDK generations the toolchain can imitate ({@link org.kos.nkc.sdk.SdkVersion}) and the
 * table of what differs between them; docs/sdk-versions.md shows the same table.
 */
package org.kos.nkc.sdk;
