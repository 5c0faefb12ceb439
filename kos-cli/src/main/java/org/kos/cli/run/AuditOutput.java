package org.kos.cli.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Where {@code kos run --audit[=FILE]} sends audit lines: nowhere, standard error ("-"), or a file. */
final class AuditOutput implements AutoCloseable {
  private final Consumer<String> sink;
  private final BufferedWriter file;

  private AuditOutput(Consumer<String> sink, BufferedWriter file) {
    this.sink = sink;
    this.file = file;
  }

  static AuditOutput open(String target, PrintWriter err) throws IOException {
    if (target == null) {
      return new AuditOutput(null, null);
    }
    if (target.equals("-")) {
      return new AuditOutput(line -> {
        synchronized (err) {
          err.println("[audit] " + line);
          err.flush();
        }
      }, null);
    }
    BufferedWriter w = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8);
    return new AuditOutput(line -> {
      synchronized (w) {
        try {
          w.write(line);
          w.newLine();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }, w);
  }

  Consumer<String> sink() {
    return sink;
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
