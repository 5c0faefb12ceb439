/** Tests of dynamic channels: connection manager, name server, channel groups. */
package org.kos.kernel.cm;
