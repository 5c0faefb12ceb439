package app;

import org.kos.libkos.TaskApi;

/** Reads HOME from the environment init.yaml gives the task. */
public final class Main {
  public static void main(String[] args) throws Exception {
    String home = TaskApi.getenv("HOME");
    System.out.println(home);
  }
}
