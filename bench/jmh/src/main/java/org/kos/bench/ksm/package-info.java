/** JMH: the cost of enforcing a security policy (ksm engine) on kernel Call/Recv/Reply, against no policy. */
package org.kos.bench.ksm;
