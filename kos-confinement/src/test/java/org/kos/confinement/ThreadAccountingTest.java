package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rewritten program runs, in a loader of its own, against a stand-in {@code
 * org.kos.libkos.ThreadApi} that counts what it is asked for.
 */
class ThreadAccountingTest {
  private static final String STAND_IN = """
      package org.kos.libkos;

      import java.util.concurrent.ThreadFactory;
      import java.util.concurrent.atomic.AtomicInteger;

      public final class ThreadApi {
        public static final AtomicInteger STARTS = new AtomicInteger();
        public static final AtomicInteger FACTORIES = new AtomicInteger();

        public static void start(Thread t) {
          STARTS.incrementAndGet();
          t.start();
        }

        public static ThreadFactory threadFactory() {
          FACTORIES.incrementAndGet();
          return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
          };
        }
      }
      """;

  private static final String STARTER = """
      package app;

      import java.util.List;
      import java.util.concurrent.*;

      public class Starter {
        static class Worker extends Thread {
          @Override public void run() {}
        }

        static class LoggingWorker extends Thread {
          @Override public synchronized void start() {
            super.start();
          }
        }

        public static void run() throws Exception {
          Thread t = new Thread(() -> {});
          t.start();
          t.join();
          Worker w = new Worker();
          w.start();
          w.join();
          LoggingWorker l = new LoggingWorker();
          l.start();
          l.join();
          List<Thread> ts = List.of(new Thread(() -> {}));
          ts.forEach(Thread::start);
          for (Thread x : ts) {
            x.join();
          }
          Thread bound = new Thread(() -> {});
          Runnable r = bound::start;
          r.run();
          bound.join();
          use(Executors.newFixedThreadPool(1));
          use(Executors.newCachedThreadPool());
          use(Executors.newSingleThreadExecutor());
          use(Executors.newScheduledThreadPool(1));
          use(Executors.newSingleThreadScheduledExecutor());
          java.lang.ref.Cleaner.create().register(new Object(), () -> {});
        }

        private static void use(ExecutorService e) throws Exception {
          e.submit(() -> {}).get();
          e.shutdown();
        }
      }
      """;

  private static Map<String, byte[]> program;
  private static Map<String, byte[]> rewritten;

  @BeforeAll
  static void compileAndRewrite() {
    program = InMemoryJavac.compile(Map.of("app/Starter.java", STARTER, "app/Plain.java",
        "package app;\nclass Plain { int twice(int x) { return 2 * x; } }\n"));
    ThreadAccounting accounting = new ThreadAccounting(ProgramClasses.of(program));
    rewritten = new HashMap<>();
    program.forEach((entry, bytes) -> rewritten.put(entry, accounting.rewrite(bytes)));
  }

  /** Defines the given classes itself; everything else comes from the platform. */
  private static final class ProgramLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    ProgramLoader(Map<String, byte[]> classes) {
      super("program", ClassLoader.getPlatformClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = classes.get(name.replace('.', '/') + ".class");
      if (b == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, b, 0, b.length);
    }
  }

  private static int counter(ClassLoader loader, String field) throws Exception {
    return ((AtomicInteger) loader.loadClass("org.kos.libkos.ThreadApi").getField(field).get(null)).get();
  }

  @Test
  void everyStartAndEveryFactoryThatStartsThreadsGoesThroughThreadApi() throws Exception {
    Map<String, byte[]> classes = new HashMap<>(rewritten);
    classes.putAll(InMemoryJavac.compile(Map.of("org/kos/libkos/ThreadApi.java", STAND_IN)));
    ClassLoader loader = new ProgramLoader(classes);
    loader.loadClass("app.Starter").getMethod("run").invoke(null);
    assertEquals(5, counter(loader, "STARTS"), "new Thread, a subclass, a subclass whose start calls super.start,"
        + " Thread::start and a bound thread::start");
    assertEquals(6, counter(loader, "FACTORIES"), "five Executors factories and Cleaner.create()");
  }

  @Test
  void aClassWithoutThreadsComesBackAsTheSameArray() {
    byte[] plain = program.get("app/Plain.class");
    assertSame(plain, new ThreadAccounting(ProgramClasses.of(program)).rewrite(plain));
  }

  @Test
  void aClassThatStartsThreadsIsRewritten() {
    assertNotSame(program.get("app/Starter.class"), rewritten.get("app/Starter.class"));
  }

  @Test
  void superStartInAnOverridingStartIsLeftAlone() {
    assertSame(program.get("app/Starter$LoggingWorker.class"), rewritten.get("app/Starter$LoggingWorker.class"));
  }

  @Test
  void aRewrittenProgramStillPassesTheVerifier() {
    assertEquals(List.of(), new ProgramVerifier().verify(rewritten));
  }

  @Test
  void programSubclassesOfThreadAreThreads() {
    ThreadAccounting accounting = new ThreadAccounting(ProgramClasses.of(program));
    assertEquals(List.of(true, true, true, false), List.of(accounting.isThread("app/Starter$Worker"),
        accounting.isThread("java/lang/Thread"), accounting.isThread("java/util/concurrent/ForkJoinWorkerThread"),
        accounting.isThread("app/Plain")));
  }
}
