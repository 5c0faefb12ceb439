/** Name servers: where servers publish their endpoints for clients to find ({@code Ns*}). */
package org.kos.kernel.ns;
