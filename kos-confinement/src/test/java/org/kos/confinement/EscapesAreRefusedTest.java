package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each way out of a program is refused with its id, at the line (marked {@code //!}) that takes
 * it. The escapes are compiled once, one class each.
 */
class EscapesAreRefusedTest {
  private static final Map<String, String> SOURCES = new LinkedHashMap<>();
  private static List<Violation> violations;

  private static void escape(String simpleName, String body) {
    SOURCES.put("app/" + simpleName + ".java", """
        package app;

        import java.io.*;
        import java.lang.invoke.*;
        import java.lang.reflect.*;
        import java.net.*;
        import java.nio.file.*;
        import java.util.function.*;

        public class %s {
        %s
        }
        """.formatted(simpleName, body));
  }

  static {
    escape("NewFileOutputStream", """
          void run() throws IOException {
            OutputStream out = new FileOutputStream("/tmp/x"); //!
            out.close();
          }""");
    escape("FilesReadString", """
          String run() throws IOException {
            return Files.readString(Path.of("/etc/passwd")); //!
          }""");
    escape("NewSocket", """
          Object run() throws IOException {
            return new Socket("localhost", 80); //!
          }""");
    escape("NewServerSocket", """
          Object run() throws IOException {
            return new ServerSocket(8080); //!
          }""");
    escape("RuntimeExec", """
          Object run() throws IOException {
            return Runtime.getRuntime().exec("id"); //!
          }""");
    escape("NewProcessBuilder", """
          Object run() {
            return new ProcessBuilder("id"); //!
          }""");
    escape("SystemExit", """
          void run() {
            System.exit(3); //!
          }""");
    escape("RuntimeHalt", """
          void run() {
            Runtime.getRuntime().halt(5); //!
          }""");
    escape("SystemClassLoader", """
          Object run() {
            return ClassLoader.getSystemClassLoader(); //!
          }""");
    escape("ForNameWithLoader", """
          Object run(ClassLoader loader) throws Exception {
            return Class.forName("x", true, loader); //!
          }""");
    escape("GetMethod", """
          Object run(Object o) throws Exception {
            return o.getClass().getMethod("toString"); //!
          }""");
    escape("MethodInvoke", """
          Object run(Object o, Method m) throws Exception {
            return m.invoke(o); //!
          }""");
    escape("MethodHandleLookup", """
          Object run(MethodType t) throws Exception {
            return MethodHandles.lookup().findStatic(String.class, "valueOf", t); //!
          }""");
    escape("ExitAsMethodReference", """
          IntConsumer run() {
            return System::exit; //!
          }""");
    escape("Getenv", """
          String run() {
            return System.getenv("HOME"); //!
          }""");
    escape("GetProperty", """
          String run() {
            return System.getProperty("user.home"); //!
          }""");
    escape("GetThreadGroup", """
          Object run() {
            return Thread.currentThread().getThreadGroup(); //!
          }""");
    escape("ThreadStop", """
          void run(Thread t) {
            t.stop(); //!
          }""");
    escape("ThreadStopThroughSubclass", """
          static class Worker extends Thread {}
          void run(Worker w) {
            w.stop(); //!
          }""");
    escape("NativeMethod", """
          static native int peek(long address);""");
    escape("UnsafeMemory", """
          long run(sun.misc.Unsafe u) {
            return u.allocateMemory(8); //!
          }""");
    escape("KernelReference", """
          Object run() {
            return org.kos.kernel.Kernel.current(); //!
          }""");
    escape("OwnClassLoader", """
          static class Loader extends ClassLoader {}
          Object run(Loader l) throws Exception {
            return l.loadClass("x"); //!
          }""");
  }

  @BeforeAll
  static void verify() {
    violations = new ProgramVerifier().verify(InMemoryJavac.compile(SOURCES, InMemoryJavac.KERNEL));
  }

  /** The violations of class {@code app.<simpleName>} and its nested classes. */
  private static List<Violation> of(String simpleName) {
    String c = "app." + simpleName;
    return violations.stream().filter(v -> v.className().equals(c) || v.className().startsWith(c + "$")).toList();
  }

  private static int markedLine(String simpleName) {
    List<String> lines = SOURCES.get("app/" + simpleName + ".java").lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("//!")) {
        return i + 1;
      }
    }
    throw new AssertionError("no //! in " + simpleName);
  }

  /** Every violation of the escape has {@code rule} and the marked line, and one names {@code reference}. */
  private static void assertRefused(String simpleName, ConfinementRule rule, String reference) {
    List<Violation> found = of(simpleName);
    assertFalse(found.isEmpty(), simpleName + " passed");
    int line = markedLine(simpleName);
    for (Violation v : found) {
      assertEquals(rule, v.rule(), v.format());
      assertEquals(line, v.line(), v.format());
      assertEquals(simpleName + ".java", v.sourceFile());
    }
    assertTrue(found.stream().anyMatch(v -> v.reference().equals(reference)), () -> found.toString());
  }

  @Test
  void newFileOutputStreamIsHostFiles() {
    assertRefused("NewFileOutputStream", ConfinementRule.CF0001, "java.io.FileOutputStream");
    assertEquals("java.io.FileOutputStream is not available to programs; use kl.core.FS or a VFS server",
        of("NewFileOutputStream").get(0).message());
  }

  @Test
  void filesReadStringIsHostFiles() {
    assertRefused("FilesReadString", ConfinementRule.CF0001, "java.nio.file.Files");
  }

  @Test
  void newSocketIsNetwork() {
    assertRefused("NewSocket", ConfinementRule.CF0002, "java.net.Socket");
    assertEquals(1, of("NewSocket").size(), "new and the constructor call are one reference");
  }

  @Test
  void newServerSocketIsNetwork() {
    assertRefused("NewServerSocket", ConfinementRule.CF0002, "java.net.ServerSocket");
  }

  @Test
  void runtimeExecIsHostProcesses() {
    assertRefused("RuntimeExec", ConfinementRule.CF0003, "java.lang.Runtime.exec(java.lang.String)");
  }

  @Test
  void newProcessBuilderIsHostProcesses() {
    assertRefused("NewProcessBuilder", ConfinementRule.CF0003, "java.lang.ProcessBuilder");
  }

  @Test
  void systemExitEndsTheJvm() {
    assertRefused("SystemExit", ConfinementRule.CF0004, "java.lang.System.exit(int)");
    assertEquals("java.lang.System.exit(int) is not available to programs; return from main or call"
        + " TaskApi.KnTaskExit(code)", of("SystemExit").get(0).message());
    assertEquals("run", of("SystemExit").get(0).methodName());
  }

  @Test
  void runtimeHaltEndsTheJvm() {
    assertRefused("RuntimeHalt", ConfinementRule.CF0004, "java.lang.Runtime.halt(int)");
  }

  @Test
  void systemClassLoaderIsAClassLoader() {
    assertRefused("SystemClassLoader", ConfinementRule.CF0005, "java.lang.ClassLoader");
  }

  @Test
  void forNameWithALoaderIsRefusedButNotTheLoaderParameter() {
    assertRefused("ForNameWithLoader", ConfinementRule.CF0005,
        "java.lang.Class.forName(java.lang.String, boolean, java.lang.ClassLoader)");
    assertEquals(1, of("ForNameWithLoader").size());
  }

  @Test
  void getMethodIsReflection() {
    assertRefused("GetMethod", ConfinementRule.CF0005, "java.lang.Class.getMethod(java.lang.String, java.lang.Class[])");
  }

  @Test
  void methodInvokeIsReflection() {
    assertRefused("MethodInvoke", ConfinementRule.CF0005, "java.lang.reflect.Method");
  }

  @Test
  void methodHandleLookupIsRefused() {
    assertRefused("MethodHandleLookup", ConfinementRule.CF0005, "java.lang.invoke.MethodHandles$Lookup");
  }

  @Test
  void exitAsAMethodReferenceIsRefused() {
    assertRefused("ExitAsMethodReference", ConfinementRule.CF0004, "java.lang.System.exit(int)");
  }

  @Test
  void getenvIsTheHostEnvironment() {
    assertRefused("Getenv", ConfinementRule.CF0006, "java.lang.System.getenv(java.lang.String)");
  }

  @Test
  void getPropertyIsTheHostEnvironment() {
    assertRefused("GetProperty", ConfinementRule.CF0006, "java.lang.System.getProperty(java.lang.String)");
  }

  @Test
  void getThreadGroupReachesOtherProcessesThreads() {
    assertRefused("GetThreadGroup", ConfinementRule.CF0007, "java.lang.Thread.getThreadGroup()");
  }

  @Test
  void threadStopIsRefused() {
    assertRefused("ThreadStop", ConfinementRule.CF0007, "java.lang.Thread.stop()");
  }

  @Test
  void threadStopThroughAProgramSubclassIsRefused() {
    assertRefused("ThreadStopThroughSubclass", ConfinementRule.CF0007, "java.lang.Thread.stop()");
  }

  @Test
  void nativeMethodIsRefusedAtItsDeclaration() {
    List<Violation> found = of("NativeMethod");
    assertEquals(1, found.size(), found::toString);
    Violation v = found.get(0);
    assertEquals(ConfinementRule.CF0008, v.rule());
    assertEquals("peek", v.methodName());
    assertEquals(-1, v.line());
    assertEquals("app.NativeMethod.peek(long)", v.reference());
    assertEquals("app.NativeMethod.peek(long) is declared native; write it in Java: programs run no native code",
        v.message());
  }

  @Test
  void unsafeIsNativeCode() {
    assertRefused("UnsafeMemory", ConfinementRule.CF0008, "sun.misc.Unsafe");
  }

  @Test
  void kernelIsOutsideTheProgramAndTheApi() {
    assertRefused("KernelReference", ConfinementRule.CF0009, "org.kos.kernel.Kernel");
    assertEquals("app/KernelReference.java:" + markedLine("KernelReference") + ": error[CF0009]:"
        + " org.kos.kernel.Kernel is not part of the program or the API; bundle it into the program's jar,"
        + " or use the API (org.kos.nk, org.kos.rc, org.kos.libkos, kl.core)", of("KernelReference").get(0).format());
  }

  @Test
  void aClassLoaderOfTheProgramIsRefusedAtItsDeclarationAndItsCalls() {
    List<Violation> found = of("OwnClassLoader");
    assertTrue(found.stream().anyMatch(v -> v.className().equals("app.OwnClassLoader$Loader")
        && v.methodName() == null && v.reference().equals("java.lang.ClassLoader")), found::toString);
    assertTrue(found.stream().anyMatch(v -> v.className().equals("app.OwnClassLoader") && v.methodName().equals("run")
        && v.line() == markedLine("OwnClassLoader") && v.rule() == ConfinementRule.CF0005), found::toString);
  }
}
