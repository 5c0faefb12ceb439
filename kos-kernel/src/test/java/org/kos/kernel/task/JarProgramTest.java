package org.kos.kernel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kos.kernel.Kernel;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JarProgramTest {
  @TempDir
  Path dir;

  /**
   * A program that exits with 10 + (1 if it can see libkos) + (2 if it can see the kernel's
   * classes) + (4 if its argument came through).
   */
  static final String PROBE = """
      package probe;
      public class Main {
        public static void main(String[] args) throws Exception {
          int status = 10;
          if (org.kos.libkos.TaskApi.KnTaskGetName().equals("probe")) status += 1;
          try {
            Class.forName("org.kos.kernel.Kernel");
            status += 2;
          } catch (ClassNotFoundException expected) {
          }
          if (args.length == 1 && args[0].equals("hello")) status += 4;
          org.kos.libkos.TaskApi.KnTaskExit(status);
        }
      }
      """;

  byte[] jar(String mainClass, String source) throws IOException {
    Path src = dir.resolve("Main.java");
    Files.writeString(src, source);
    Path out = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-g", "-d", out.toString(), "-cp", System.getProperty("java.class.path"),
        src.toString());
    assertEquals(0, rc, "the probe compiles");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (mainClass != null) {
      mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
      jar.putNextEntry(new JarEntry("probe/Main.class"));
      jar.write(Files.readAllBytes(out.resolve("probe/Main.class")));
      jar.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aJarRunsItsMainClassSeeingTheApiButNotTheKernel() throws Exception {
    Kernel kernel = new Kernel(ProgramSource.ofJars(Map.of("probe", jar("probe.Main", PROBE))));
    Process p = kernel.createProcess(org.kos.libkos.EntityInfo.of("probe.Probe"), "probe", "probe");
    p.setArgs(List.of("probe", "hello"));
    p.start();
    ExitInfo exit = p.awaitExit(20, TimeUnit.SECONDS);
    assertEquals(new ExitInfo(ExitInfo.Reason.EXITED, 15, ""), exit);
  }

  @Test
  void aJarWithoutMainClassIsRefused() throws Exception {
    byte[] jar = jar(null, PROBE);
    RetcodeException e = assertThrows(RetcodeException.class, () -> JarProgram.load("probe", jar));
    assertEquals(Retcode.rcInvalidArgument, e.rc());
  }

  @Test
  void bytesThatAreNoJarAreRefused() {
    RetcodeException e = assertThrows(RetcodeException.class,
        () -> JarProgram.load("junk", "not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(Retcode.rcInvalidArgument, e.rc());
  }

  /** Submits 10 blocking tasks to a cached pool and exits with how many it accepted. */
  static final String POOL = """
      package probe;
      public class Main {
        public static void main(String[] args) throws Exception {
          java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
          java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
          int accepted = 0;
          for (int i = 0; i < 10; i++) {
            try {
              pool.execute(() -> {
                try {
                  never.await();
                } catch (InterruptedException e) {
                  // the process ends
                }
              });
              accepted++;
            } catch (java.util.concurrent.RejectedExecutionException e) {
              // past the thread quota
            }
          }
          org.kos.libkos.TaskApi.KnTaskExit(accepted);
        }
      }
      """;

  @Test
  void anExecutorGetsNoThreadPastTheProcessThreadQuota() throws Exception {
    Kernel kernel = new Kernel(ProgramSource.ofJars(Map.of("probe", jar("probe.Main", POOL))));
    Process p = kernel.createProcess(org.kos.libkos.EntityInfo.of("probe.Probe"), "probe", "probe");
    p.setThreadQuota(4);
    p.start();
    ExitInfo exit = p.awaitExit(20, TimeUnit.SECONDS);
    assertEquals(new ExitInfo(ExitInfo.Reason.EXITED, 3, ""), exit, "the main thread and 3 pool threads");
  }

  @Test
  void aJarThatEndsTheJvmIsNotLoadedAndTheRefusalNamesTheRuleAndLine() throws Exception {
    byte[] jar = jar("probe.Main", """
        package probe;
        public class Main {
          public static void main(String[] args) {
            Runtime.getRuntime().halt(5);
          }
        }
        """);
    RetcodeException e = assertThrows(RetcodeException.class, () -> JarProgram.load("probe", jar));
    assertEquals(Retcode.rcInvalidArgument, e.rc());
    assertEquals("probe is not loaded: it uses what programs may not use\n  probe/Main.java:4: error[CF0004]: "
        + "java.lang.Runtime.halt(int) is not available to programs; return from main or call TaskApi.KnTaskExit(code)",
        e.getMessage().substring(e.getMessage().indexOf("probe is")));
  }
}
