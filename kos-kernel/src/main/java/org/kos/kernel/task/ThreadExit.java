package org.kos.kernel.task;

/**
 * Thrown through a thread's stack when it exits ({@code Thread.Exit}) or was terminated
 * ({@code Thread.Terminate}, or its process was terminated): the thread ends with the code and,
 * unlike an uncaught exception, its process goes on. Java cannot stop a thread from outside, so a
 * terminated thread throws this at its next kernel call.
 */
public final class ThreadExit extends Error {
  private static final long serialVersionUID = 1L;

  final int code;

  public ThreadExit(int code) {
    super("thread exit with code " + code, null, false, false);
    this.code = code;
  }
}
