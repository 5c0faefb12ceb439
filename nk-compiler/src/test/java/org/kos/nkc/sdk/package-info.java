/** Tests of the IDL bundled with the compiler (kl.core) and of the kl.core stubs kos-runtime carries. */
package org.kos.nkc.sdk;
