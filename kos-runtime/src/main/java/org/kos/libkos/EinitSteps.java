package org.kos.libkos;

import org.kos.rc.RetcodeException;

/**
 * The steps of a generated Einit program (templates/einit/Einit.java.ftl): each calls the entity
 * API and, when it fails, prints which step failed the way the vendor's einit does and ends Einit
 * with status 1. Kept here rather than in every generated program.
 */
public final class EinitSteps {
  private EinitSteps() {}

  public static Entity initTask(EntityInfo info, String task, String path) throws RetcodeException {
    try {
      return EntityApi.EntityInitEx(info, task, path);
    } catch (RetcodeException e) {
      throw fail("Can't initialize task \"" + task + "\"", e);
    }
  }

  public static void setEnv(Entity task, String... env) throws RetcodeException {
    try {
      EntityApi.EntitySetEnv(task, env);
    } catch (RetcodeException e) {
      throw fail("Can't set the environment of task \"" + task.name() + "\"", e);
    }
  }

  public static void setArgs(Entity task, String... argv) throws RetcodeException {
    try {
      EntityApi.EntitySetArgs(task, argv);
    } catch (RetcodeException e) {
      throw fail("Can't set the arguments of task \"" + task.name() + "\"", e);
    }
  }

  /**
   * The einit of SDKs up to 1.1 passes only the init.yaml's args, no path (docs/sdk-versions.md);
   * the 1.0 documentation still gives programs argv[0] = path, so that SDK's libkos put the path
   * there itself. Done here the same way, so a program sees the same argv under every SDK.
   */
  public static void setArgsWithoutPath(Entity task, String path, String... args) throws RetcodeException {
    String[] argv = new String[args.length + 1];
    argv[0] = path;
    System.arraycopy(args, 0, argv, 1, args.length);
    setArgs(task, argv);
  }

  public static void connect(Entity client, Entity server, String id) throws RetcodeException {
    try {
      EntityApi.EntityConnectToService(client, server, id);
    } catch (RetcodeException e) {
      throw fail("Can't setup a connection " + id + " from \"" + client.name() + "\" to \"" + server.name() + "\"", e);
    }
  }

  public static void run(Entity task) throws RetcodeException {
    try {
      EntityApi.EntityRun(task);
    } catch (RetcodeException e) {
      throw fail("Can't run task \"" + task.name() + "\"", e);
    }
  }

  /** Prints the failed step and ends Einit with status 1 (as the vendor's returns EXIT_FAILURE). */
  private static IllegalStateException fail(String step, RetcodeException e) throws RetcodeException {
    System.err.println("einit: " + step + ": " + e.getMessage());
    TaskApi.KnTaskExit(1);
    return new IllegalStateException("KnTaskExit returned");
  }
}
