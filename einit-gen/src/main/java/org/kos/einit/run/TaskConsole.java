package org.kos.einit.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kos.kernel.task.Process;

/**
 * One of the standard streams as processes see it: bytes written by a thread of a process are
 * collected per process and printed a line at a time as {@code [task] line}; bytes from threads of
 * no process go through unchanged. Installed as {@code System.out}/{@code System.err} for a run.
 */
final class TaskConsole extends OutputStream {
  private final PrintWriter sink;
  private final Map<Process, ByteArrayOutputStream> partial = new LinkedHashMap<>();

  TaskConsole(PrintWriter sink) {
    this.sink = sink;
  }

  /**
   * The stream processes get as {@code System.out}/{@code System.err}: one program closing it
   * must not silence the others, so {@code close()} only flushes.
   */
  static PrintStream stream(TaskConsole console) {
    return new PrintStream(console, true, StandardCharsets.UTF_8) {
      @Override
      public void close() {
        flush();
      }
    };
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Process p = Process.current();
    synchronized (this) {
      if (p == null) {
        sink.print(new String(b, off, len, StandardCharsets.UTF_8));
        sink.flush();
        return;
      }
      ByteArrayOutputStream line = partial.computeIfAbsent(p, k -> new ByteArrayOutputStream());
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          emit(p, line);
        } else {
          line.write(b[i]);
        }
      }
    }
  }

  /** Prints what processes wrote without ending the line. */
  @Override
  public synchronized void flush() {
    sink.flush();
  }

  /** Prints every unfinished line, as if it had ended. */
  synchronized void finish() {
    for (Map.Entry<Process, ByteArrayOutputStream> e : partial.entrySet()) {
      if (e.getValue().size() > 0) {
        emit(e.getKey(), e.getValue());
      }
    }
    sink.flush();
  }

  private void emit(Process p, ByteArrayOutputStream line) {
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    sink.print("[" + p.name() + "] " + text + "\n");
    sink.flush();
    line.reset();
  }
}
