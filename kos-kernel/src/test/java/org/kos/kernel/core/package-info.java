/** Tests of the kl.core endpoints through the generated proxies. */
package org.kos.kernel.core;
