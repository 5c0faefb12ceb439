package org.kos.libkos;

import java.util.Arrays;
import org.kos.libkos.spi.KernelLink;
import org.kos.rc.RetcodeException;

/**
 * {@code coresrv/entity/entity_api.h}: what an init program (Einit) uses to create processes,
 * connect them with channels and start them. Processes stay stopped until {@link #EntityRun}.
 */
public final class EntityApi {
  private EntityApi() {}

  /** {@code EntityInit}: a stopped process named like its class, running the executable of that name. */
  public static Entity EntityInit(EntityInfo info) throws RetcodeException {
    return EntityInitEx(info, null, null);
  }

  /** {@code EntityInitEx}: a stopped process; null {@code name}/{@code path} default to the class name. */
  public static Entity EntityInitEx(EntityInfo info, String name, String path) throws RetcodeException {
    return new Entity(KernelLink.get().entityCreate(info, name, path));
  }

  /** {@code EntitySetArgs}: argv, argv[0] first (Einit passes the path there). */
  public static void EntitySetArgs(Entity entity, String... args) throws RetcodeException {
    KernelLink.get().entitySetArgs(entity.process, Arrays.asList(args));
  }

  /** {@code EntitySetEnv}: "NAME=VALUE" entries. */
  public static void EntitySetEnv(Entity entity, String... envs) throws RetcodeException {
    KernelLink.get().entitySetEnv(entity.process, Arrays.asList(envs));
  }

  /** {@code EntityConnect}: a channel in the server's default group (named like the server process). */
  public static void EntityConnect(Entity client, Entity server) throws RetcodeException {
    KernelLink.get().entityConnect(client.process, server.process, null);
  }

  /** {@code EntityConnectToService}: a channel in the server's group {@code name} (the connection id). */
  public static void EntityConnectToService(Entity client, Entity server, String name) throws RetcodeException {
    KernelLink.get().entityConnect(client.process, server.process, name);
  }

  /** {@code EntityRun}: starts a stopped process. */
  public static void EntityRun(Entity entity) throws RetcodeException {
    KernelLink.get().entityRun(entity.process);
  }
}
