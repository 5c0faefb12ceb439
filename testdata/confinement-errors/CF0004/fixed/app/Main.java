package app;

import org.kos.libkos.TaskApi;

/** Ends its own process with a status when it has no arguments. */
public final class Main {
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      TaskApi.KnTaskExit(2);
    }
  }
}
