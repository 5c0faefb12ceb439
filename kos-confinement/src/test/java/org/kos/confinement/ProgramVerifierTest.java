package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What the verifier looks at, and the shape of what it returns. */
class ProgramVerifierTest {
  private static final Map<String, String> SOURCES = new LinkedHashMap<>();
  private static Map<String, byte[]> classes;

  static {
    SOURCES.put("app/Inert.java", """
        package app;

        import java.io.File;

        public class Inert {
          File field;
          java.util.List<java.net.Socket> sockets;

          @Deprecated
          Object run(Object x, File parameter) throws java.nio.file.NoSuchFileException {
            File[] array = new File[3];
            Class<?> c = java.lang.reflect.Method.class;
            if (x instanceof File f) {
              return (File) x;
            }
            try {
              return array.clone();
            } catch (java.nio.file.FileSystemNotFoundException e) {
              return c;
            }
          }
        }
        """);
    SOURCES.put("app/TwoOnALine.java", """
        package app;

        public class TwoOnALine {
          void run() {
            System.exit(1); System.exit(2);
          }
        }
        """);
    SOURCES.put("app/PrintStreams.java", """
        package app;

        import java.io.*;

        public class PrintStreams {
          Object toFile() throws IOException {
            return new PrintStream("out.txt");
          }

          Object toMemory() {
            return new PrintStream(new ByteArrayOutputStream(), true);
          }
        }
        """);
    SOURCES.put("app/Formatters.java", """
        package app;

        import java.util.Formatter;

        public class Formatters {
          Object toFile() throws Exception {
            return new Formatter("out.txt");
          }

          Object toMemory() {
            return new Formatter(new StringBuilder()).format("%d", 1).toString();
          }
        }
        """);
    SOURCES.put("app/PlatformSubclass.java", """
        package app;

        public class PlatformSubclass {
          Object run(java.util.concurrent.ForkJoinWorkerThread w) {
            return w.getThreadGroup();
          }
        }
        """);
    SOURCES.put("app/UsesLibkos.java", """
        package app;

        public class UsesLibkos {
          Object run() throws Exception {
            return org.kos.libkos.TaskApi.argv();
          }
        }
        """);
  }

  @BeforeAll
  static void compile() {
    classes = InMemoryJavac.compile(SOURCES);
  }

  private static List<Violation> verify(String... classNames) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String c : classNames) {
      entries.put(c + ".class", classes.get(c + ".class"));
    }
    return new ProgramVerifier().verify(entries);
  }

  @Test
  void typesInDescriptorsCastsInstanceofArraysClassConstantsAndCatchesAreInert() {
    assertEquals(List.of(), verify("app/Inert"));
  }

  @Test
  void theSameReferenceTwiceOnALineIsOneViolation() {
    List<Violation> found = verify("app/TwoOnALine");
    assertEquals(1, found.size(), found::toString);
  }

  @Test
  void aPrintStreamOnAFileNameIsRefusedAndOneOnMemoryIsNot() {
    List<Violation> found = verify("app/PrintStreams");
    assertEquals(1, found.size(), found::toString);
    assertEquals("new java.io.PrintStream(java.lang.String)", found.get(0).reference());
    assertEquals("toFile", found.get(0).methodName());
    assertEquals(ConfinementRule.CF0001, found.get(0).rule());
  }

  @Test
  void aFormatterOnAFileNameIsRefusedAndOneOnABuilderIsNot() {
    List<Violation> found = verify("app/Formatters");
    assertEquals(List.of("toFile CF0001 new java.util.Formatter(java.lang.String)"),
        found.stream().map(v -> v.methodName() + " " + v.rule() + " " + v.reference()).toList());
  }

  @Test
  void aMemberRuleHoldsThroughAPlatformSubclass() {
    List<Violation> found = verify("app/PlatformSubclass");
    assertEquals(List.of("java.lang.Thread.getThreadGroup()"), found.stream().map(Violation::reference).toList());
  }

  @Test
  void theApiPackagesAreAParameter() {
    assertEquals(List.of(), verify("app/UsesLibkos"));
    List<Violation> found = new ProgramVerifier(Set.of("org.kos.nk"))
        .verify(Map.of("app/UsesLibkos.class", classes.get("app/UsesLibkos.class")));
    assertEquals(List.of(ConfinementRule.CF0009), found.stream().map(Violation::rule).toList());
  }

  @Test
  void theResultIsDeterministicWhateverTheEntryOrder() {
    List<Violation> first = new ProgramVerifier().verify(classes);
    List<String> names = new ArrayList<>(classes.keySet());
    Collections.reverse(names);
    Map<String, byte[]> reversed = new LinkedHashMap<>();
    names.forEach(n -> reversed.put(n, classes.get(n)));
    assertNotEquals(List.of(), first);
    assertEquals(first, new ProgramVerifier().verify(classes));
    assertEquals(first, new ProgramVerifier().verify(reversed));
    assertEquals(first.stream().sorted(Violation.ORDER).toList(), first);
  }

  @Test
  void oneClassIsCheckedAsInTheWholeProgram() {
    ProgramClasses program = ProgramClasses.of(classes);
    List<Violation> whole = new ProgramVerifier().verify(program).stream()
        .filter(v -> v.className().equals("app.PrintStreams")).toList();
    assertEquals(whole, new ProgramVerifier().verifyClass(program, classes.get("app/PrintStreams.class")));
  }

  @Test
  void aJarIsReadIntoEntries() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      jar.putNextEntry(new JarEntry("app/TwoOnALine.class"));
      jar.write(classes.get("app/TwoOnALine.class"));
      jar.putNextEntry(new JarEntry("app/notes.txt"));
      jar.write("not a class".getBytes());
    }
    Map<String, byte[]> entries = ProgramClasses.readJar(bytes.toByteArray());
    assertEquals(Set.of("app/TwoOnALine.class", "app/notes.txt"), entries.keySet());
    assertEquals(1, new ProgramVerifier().verify(entries).size());
  }

  @Test
  void aMalformedClassFileIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ProgramVerifier().verify(Map.of("app/Broken.class", new byte[] {1, 2, 3})));
    assertTrue(e.getMessage().startsWith("app/Broken.class is not a valid class file"), e.getMessage());
  }

  /** A class whose method {@code run} makes an invokedynamic through {@code app/Boot.bootstrap}. */
  private static byte[] ownBootstrap() {
    ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "app/Indy", null, "java/lang/Object", null);
    w.visitSource("Indy.java", null);
    MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "run", "()Ljava/lang/Object;", null, null);
    m.visitCode();
    org.objectweb.asm.Label l = new org.objectweb.asm.Label();
    m.visitLabel(l);
    m.visitLineNumber(42, l);
    Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, "app/Boot", "bootstrap",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
            + "Ljava/lang/invoke/CallSite;", false);
    m.visitInvokeDynamicInsn("get", "()Ljava/lang/Object;", bsm);
    m.visitInsn(Opcodes.ARETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    w.visitEnd();
    return w.toByteArray();
  }

  @Test
  void aBootstrapMethodJavacDoesNotEmitIsRefused() {
    List<Violation> found = new ProgramVerifier().verify(Map.of("app/Indy.class", ownBootstrap()));
    assertEquals(1, found.size(), found::toString);
    Violation v = found.get(0);
    assertEquals(ConfinementRule.CF0005, v.rule());
    assertEquals(42, v.line());
    assertEquals("app.Boot.bootstrap(java.lang.invoke.MethodHandles$Lookup, java.lang.String,"
        + " java.lang.invoke.MethodType)", v.reference());
  }

  /** A class named like a platform class, and a caller of it. */
  private static Map<String, byte[]> shadowingUnsafe() {
    ClassWriter fake = new ClassWriter(0);
    fake.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "sun/misc/Unsafe", null, "java/lang/Object", null);
    fake.visitEnd();
    ClassWriter caller = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    caller.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "app/Caller", null, "java/lang/Object", null);
    MethodVisitor m = caller.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null, null);
    m.visitCode();
    m.visitMethodInsn(Opcodes.INVOKESTATIC, "sun/misc/Unsafe", "getUnsafe", "()Lsun/misc/Unsafe;", false);
    m.visitInsn(Opcodes.POP);
    m.visitInsn(Opcodes.RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    caller.visitEnd();
    return Map.of("sun/misc/Unsafe.class", fake.toByteArray(), "app/Caller.class", caller.toByteArray());
  }

  @Test
  void aProgramCannotShadowAPlatformClass() {
    List<Violation> found = new ProgramVerifier().verify(shadowingUnsafe());
    assertEquals(List.of("app.Caller CF0008 sun.misc.Unsafe"),
        found.stream().map(v -> v.className() + " " + v.rule() + " " + v.reference()).toList());
  }
}
