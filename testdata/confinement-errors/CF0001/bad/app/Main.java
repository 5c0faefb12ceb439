package app;

import java.io.FileOutputStream;
import java.io.IOException;

/** Writes a report to the host's /tmp. */
public final class Main {
  public static void main(String[] args) throws IOException {
    new FileOutputStream("/tmp/report.txt").close();
  }
}
