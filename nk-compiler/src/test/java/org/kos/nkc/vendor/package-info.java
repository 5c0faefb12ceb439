/** Tests of the vendor build's macros and the SDK programs table. */
package org.kos.nkc.vendor;
