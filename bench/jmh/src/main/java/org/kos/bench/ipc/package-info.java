/** JMH: a Call/Recv/Reply round trip through the reference kernel against bare two-thread handoffs. */
package org.kos.bench.ipc;
