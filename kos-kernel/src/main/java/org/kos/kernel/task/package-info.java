/**
 * Processes: programs (executable jars with a Main-Class, loaded in class loaders that see only the
 * public API, or Java lambdas), their lifecycle from stopped to running to exited, their threads
 * (one thread group per process, a kernel record per thread: TID and recorded scheduling), exit
 * status and exit information, and the resources task and thread handles refer to.
 */
package org.kos.kernel.task;
