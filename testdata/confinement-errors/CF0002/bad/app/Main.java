package app;

import java.io.IOException;
import java.net.Socket;

/** Asks a server on the host's network. */
public final class Main {
  public static void main(String[] args) throws IOException {
    new Socket("localhost", 8080).close();
  }
}
