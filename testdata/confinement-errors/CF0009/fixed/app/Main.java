package app;

import org.kos.libkos.TaskApi;

/** Asks the kernel through the API. */
public final class Main {
  public static void main(String[] args) throws Exception {
    System.out.println(TaskApi.KnTaskGetName());
  }
}
