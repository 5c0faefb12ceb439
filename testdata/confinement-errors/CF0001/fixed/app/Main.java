package app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the report in memory and prints it (a VFS server or kl.core.FS would keep it). */
public final class Main {
  public static void main(String[] args) {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    report.writeBytes("ok\n".getBytes(StandardCharsets.UTF_8));
    System.out.print(report.toString(StandardCharsets.UTF_8));
  }
}
