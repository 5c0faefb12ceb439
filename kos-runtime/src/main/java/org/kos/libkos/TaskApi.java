package org.kos.libkos;

import java.util.List;
import java.util.Map;
import org.kos.kernel.task.ProcessExit;
import org.kos.rc.RetcodeException;

/** The calling process: its name, arguments, environment, threads and exit. */
public final class TaskApi {
  private TaskApi() {}

  /** The process name (the task name Einit gave it). */
  public static String KnTaskGetName() throws RetcodeException {
    return Caller.get().process().name();
  }

  /** argv, argv[0] (the executable path) first. */
  public static List<String> argv() throws RetcodeException {
    return Caller.get().process().args();
  }

  /** The environment set by EntitySetEnv ({@code getenv} reads it, not the JVM's). */
  public static Map<String, String> environ() throws RetcodeException {
    return Caller.get().process().env();
  }

  /** {@code getenv}: a variable of the process environment, or null. */
  public static String getenv(String name) throws RetcodeException {
    return environ().get(name);
  }

  /** {@code KosThreadCreate}: a started thread of the calling process running {@code body}. */
  public static Thread KosThreadCreate(Runnable body, String name) throws RetcodeException {
    Thread t = Caller.get().process().newThread(body, name);
    t.start();
    return t;
  }

  /** {@code KnTaskExit}: ends the calling process with {@code status}; never returns. */
  public static void KnTaskExit(int status) throws RetcodeException {
    Caller.get();
    throw new ProcessExit(status);
  }
}
