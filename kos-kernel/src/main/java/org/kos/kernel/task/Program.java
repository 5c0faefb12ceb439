package org.kos.kernel.task;

/** The code of an executable: a jar's {@code main} or, in tests and embedders, a Java lambda. */
@FunctionalInterface
public interface Program {
  /** Runs the program's main thread with {@code argv[1..]}. */
  void main(String[] args) throws Exception;

  /** The class loader of the program's code, made the context loader of its threads. */
  default ClassLoader classLoader() {
    return Program.class.getClassLoader();
  }
}
