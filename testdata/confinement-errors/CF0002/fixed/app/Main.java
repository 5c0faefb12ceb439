package app;

import java.net.URI;

/** Reads the server's name; the request goes over IPC to a program of the solution. */
public final class Main {
  public static void main(String[] args) {
    URI server = URI.create("kos://echo/ping");
    System.out.println(server.getHost());
  }
}
