package org.kos.kernel.task;

/**
 * Thrown through a program's stack by the libkos exit call, so the process ends with a status
 * without ending the JVM ({@code System.exit} would end every process at once).
 */
public final class ProcessExit extends Error {
  private static final long serialVersionUID = 1L;

  final int status;

  public ProcessExit(int status) {
    super("process exit with status " + status, null, false, false);
    this.status = status;
  }
}
