/**
 * JMH benchmarks of the generated NK stubs against protobuf-java on the same values: encode and
 * decode of a representative request and of a fixed-size one, with allocations per operation.
 */
package org.kos.bench.stubs;
