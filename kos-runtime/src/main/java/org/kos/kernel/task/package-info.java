/**
 * Processes: programs (executable jars with a Main-Class, loaded in class loaders that see only the
 * public API, or Java lambdas), their lifecycle from stopped to running to exited, their threads
 * (one thread group per process), exit status and exit information.
 */
package org.kos.kernel.task;
