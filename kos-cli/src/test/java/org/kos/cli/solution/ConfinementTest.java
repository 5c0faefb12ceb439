package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kos.cli.ExitCodes;

/**
 * Programs reach the world only through the kernel (docs/confinement.md): every escape a program's
 * source tries is refused by {@code kos solution build} at its line with its CF id; one smuggled
 * into an image by other means is refused when the kernel loads it, and {@code kos run} keeps its
 * documented exit codes; a thread bomb ends at the process's thread quota while the rest of the
 * solution runs on; ordinary Java passes.
 */
class ConfinementTest extends SolutionCliTest {
  private static final String CLIENT = "programs/Client/echo/client/PingClient.java";
  private static final String ANCHOR = "    int count = Integer.parseInt(args[0]);\n";

  /** Puts {@code code} into the echo client's main, after the line that reads the count. */
  private Path echoClientWith(String code) throws IOException {
    Path echo = copyOf("echo");
    Path client = echo.resolve(CLIENT);
    String text = Files.readString(client);
    assertTrue(text.contains(ANCHOR), "the echo client changed: " + text);
    Files.writeString(client, text.replace(ANCHOR, ANCHOR + code + "\n"));
    return echo;
  }

  /** The 1-based line of the echo client's source where code put after the anchor starts. */
  private int lineAfterAnchor(Path echo) throws IOException {
    String text = Files.readString(echo.resolve(CLIENT));
    return text.substring(0, text.indexOf(ANCHOR)).split("\n", -1).length + 1;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      host file write            | new java.io.FileOutputStream("/tmp/kos-escape").close();                               | CF0001
      host file read             | java.nio.file.Files.readString(java.nio.file.Path.of("/etc/passwd"));                   | CF0001
      server socket              | new java.net.ServerSocket(0).close();                                                    | CF0002
      client socket              | new java.net.Socket("localhost", 22).close();                                            | CF0002
      host command               | Runtime.getRuntime().exec("id");                                                         | CF0003
      System.exit                | System.exit(3);                                                                          | CF0004
      Runtime.halt               | Runtime.getRuntime().halt(5);                                                            | CF0004
      system class loader        | ClassLoader.getSystemClassLoader().loadClass("org.kos.kernel.Kernel");                  | CF0005
      reflection, computed name  | Class.forName("org.kos." + "kernel.Kernel").getMethod("current").invoke(null);          | CF0005
      method handle              | java.lang.invoke.MethodHandles.lookup().findStatic(System.class, "exit", java.lang.invoke.MethodType.methodType(void.class, int.class)); | CF0005
      host environment           | System.out.println(System.getenv("HOME"));                                               | CF0006
      thread group               | Thread.currentThread().getThreadGroup().getParent().interrupt();                         | CF0007
      """)
  void anEscapeInAProgramsSourceIsRefusedByTheBuildAtItsLineWithItsId(String what, String code, String id)
      throws IOException {
    Path echo = echoClientWith("    if (count < 0) {\n      " + code + "\n    }");
    int line = lineAfterAnchor(echo) + 1;

    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", echo.toString(), "-o", dir.resolve("x.img").toString()));

    assertTrue(err.toString().contains("PingClient.java:" + line + ":7: error[" + id + "]: "), err.toString());
    assertTrue(err.toString().contains("is not available to programs"), err.toString());
    assertFalse(Files.exists(dir.resolve("x.img")), "no image is written");
  }

  @Test
  void aJarSmuggledIntoAnImageIsRefusedWhenTheKernelLoadsItAndRunKeepsItsExitCodes() throws IOException {
    Path image = dir.resolve("echo.img");
    assertEquals(ExitCodes.OK, run("solution", "build", copyOf("echo").toString(), "-o", image.toString()), err.toString());
    Path root = dir.resolve("root");
    assertEquals(ExitCodes.OK, run("romfs", "extract", image.toString(), "-o", root.toString()), err.toString());
    Files.write(root.resolve("Client"), jar("echo.client.PingClient", """
        package echo.client;
        public final class PingClient {
          public static void main(String[] args) {
            System.out.println("escaping");
            System.exit(3);
          }
        }
        """));
    Path smuggled = dir.resolve("smuggled.img");
    assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-d", root.toString(), "-o", smuggled.toString()), err.toString());
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);

    int status = run("run", "--timeout", "30s", smuggled.toString());

    assertEquals(ExitCodes.INPUT_ERROR, status, "a process that did not end well, not the program's 3: " + err);
    assertTrue(err.toString().contains("Client is not loaded: it uses what programs may not use\n"), err.toString());
    assertTrue(err.toString().contains("echo/client/PingClient.java:5: error[CF0004]: java.lang.System.exit(int) is not "
        + "available to programs"), err.toString());
    assertFalse(out.toString().contains("escaping"), out.toString());
  }

  @Test
  void aThreadBombEndsAtTheProcessThreadQuotaAndTheSolutionRunsOn() throws IOException {
    Path echo = echoClientWith("""
            int started = 0;
            try {
              while (true) {
                new Thread(() -> {
                  try {
                    Thread.sleep(60_000);
                  } catch (InterruptedException e) {
                    // the process ends
                  }
                }).start();
                started++;
              }
            } catch (Exception e) {
              System.out.println("started " + started + " threads, then: " + e.getMessage());
            }""");

    assertEquals(ExitCodes.OK, buildAndRun(echo), out + "\n" + err);

    assertTrue(out.toString().contains("[client] started 255 threads, then: rcQuotaExceeded: process client already has 256 threads "
        + "(its thread quota)\n"), out.toString());
    assertTrue(out.toString().contains("[client] Ping(3) = 4\n"), "the client's calls still work: " + out);
  }

  @Test
  void ordinaryJavaBuildsAndRuns() throws IOException {
    Path echo = echoClientWith("""
            record Pair(String name, int value) {}
            java.util.List<Pair> pairs = java.util.stream.IntStream.rangeClosed(1, 3)
                .mapToObj(i -> new Pair("p" + i, i * i)).toList();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.atomic.AtomicInteger sum = new java.util.concurrent.atomic.AtomicInteger();
            for (Pair p : pairs) {
              pool.submit(() -> sum.addAndGet(p.value()));
            }
            pool.shutdown();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            java.util.Map<String, Integer> byName = new java.util.TreeMap<>();
            pairs.forEach(p -> byName.put(p.name(), p.value()));
            System.out.println(String.format("%s sum=%d at %s", byName, sum.get(),
                java.time.Duration.ofMillis(1500)) + " " + new java.math.BigInteger("2").pow(70)
                + " " + "a,b".split(",").length + " " + java.util.Optional.of(pairs.get(0)).map(Pair::name).orElse("-"));""");

    assertEquals(ExitCodes.OK, buildAndRun(echo), out + "\n" + err);

    assertTrue(out.toString().contains("[client] {p1=1, p2=4, p3=9} sum=14 at PT1.5S 1180591620717411303424 2 p1\n"),
        out.toString());
  }

  /** An executable jar of one class compiled from {@code source}, made outside kos. */
  private byte[] jar(String mainClass, String source) throws IOException {
    Path src = dir.resolve("smuggle/" + mainClass.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    Path classes = Files.createDirectories(dir.resolve("smuggle-classes"));
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", classes.toString(),
        src.toString()), "the smuggled program compiles");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, mf)) {
      String entry = mainClass.replace('.', '/') + ".class";
      out.putNextEntry(new JarEntry(entry));
      out.write(Files.readAllBytes(classes.resolve(entry)));
      out.closeEntry();
    }
    return bytes.toByteArray();
  }
}
