package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ordinary Java, including what javac generates for it, passes with no violation. */
class OrdinaryJavaPassesTest {
  private static final Map<String, String> SOURCES = new LinkedHashMap<>();
  private static List<Violation> violations;

  private static void program(String simpleName, String body) {
    SOURCES.put("app/" + simpleName + ".java", """
        package app;

        import java.math.BigInteger;
        import java.time.*;
        import java.util.*;
        import java.util.concurrent.*;
        import java.util.concurrent.atomic.*;
        import java.util.function.*;
        import java.util.regex.*;
        import java.util.stream.*;

        public class %s {
        %s
        }
        """.formatted(simpleName, body));
  }

  static {
    program("Collections", """
          Object run() {
            List<String> l = new ArrayList<>(List.of("b", "a"));
            Map<String, Integer> m = new HashMap<>(Map.of("a", 1));
            Deque<Integer> d = new ArrayDeque<>();
            d.push(1);
            java.util.Collections.sort(l);
            return new TreeSet<>(l).first() + m.get("a") + d.pop();
          }""");
    program("Streams", """
          Object run() {
            return IntStream.range(0, 10).boxed().filter(i -> i % 2 == 0).map(String::valueOf)
                .collect(Collectors.joining(","));
          }""");
    program("Records", """
          record Point(int x, int y) {}
          Object run() {
            Point p = new Point(1, 2);
            return p.equals(new Point(1, 2)) + p.toString() + p.hashCode();
          }""");
    program("Lambdas", """
          int field = 3;
          Object run() {
            Supplier<String> s = () -> "x" + field;
            Function<String, Integer> f = String::length;
            BiFunction<Integer, Integer, Integer> add = Integer::sum;
            Runnable r = this::toString;
            r.run();
            return f.apply(s.get()) + add.apply(1, 2);
          }""");
    program("EnumsAndSwitches", """
          enum Color { RED, GREEN }
          int run(Color c, String s) {
            int a = switch (c) { case RED -> 1; case GREEN -> 2; };
            switch (s) { case "x": a++; break; case "y": a--; break; default: break; }
            return a + Color.valueOf("RED").ordinal() + Color.values().length;
          }""");
    program("StringConcatAndFormat", """
          Object run(int i, Object o) {
            return "i=" + i + ", o=" + o + String.format("%d%n", i) + "%s".formatted(o);
          }""");
    program("ExecutorsAndAtomics", """
          Object run() throws Exception {
            ExecutorService e = Executors.newFixedThreadPool(2);
            AtomicInteger n = new AtomicInteger();
            Future<Integer> f = e.submit(n::incrementAndGet);
            CompletableFuture<String> c = CompletableFuture.supplyAsync(() -> "x", e);
            ConcurrentHashMap<String, LongAdder> m = new ConcurrentHashMap<>();
            m.computeIfAbsent("a", k -> new LongAdder()).increment();
            e.shutdown();
            e.awaitTermination(1, TimeUnit.SECONDS);
            return f.get() + c.get() + m;
          }""");
    program("StringBuilders", """
          Object run() {
            StringBuilder b = new StringBuilder();
            b.append(1).append('c').append("s").reverse();
            return b.toString();
          }""");
    program("TextBlocks", """
          Object run() {
            return \"""
                a text block
                \""".strip();
          }""");
    program("Optionals", """
          Object run(String s) {
            return Optional.ofNullable(s).map(String::trim).orElse("none");
          }""");
    program("Time", """
          Object run() {
            return Instant.now().plus(Duration.ofSeconds(1)) + LocalDate.of(2026, 1, 1).toString()
                + java.time.format.DateTimeFormatter.ISO_DATE.format(LocalDate.now());
          }""");
    program("BigIntegers", """
          Object run() {
            return BigInteger.ONE.shiftLeft(100).add(BigInteger.TWO).mod(BigInteger.valueOf(7));
          }""");
    program("SystemOut", """
          void run() {
            System.out.println("hello");
            System.err.printf("%s%n", "err");
          }""");
    program("SystemUtilities", """
          long run(int[] a) {
            int[] b = new int[a.length];
            System.arraycopy(a, 0, b, 0, a.length);
            return System.currentTimeMillis() + System.nanoTime() + System.lineSeparator().length()
                + System.identityHashCode(b);
          }""");
    program("RuntimeInformation", """
          long run() {
            Runtime r = Runtime.getRuntime();
            return r.availableProcessors() + r.freeMemory() + r.totalMemory() + r.maxMemory();
          }""");
    program("OwnThreads", """
          void run() throws InterruptedException {
            Thread t = new Thread(() -> System.out.println("hi"), "worker");
            t.setDaemon(true);
            t.start();
            Thread.sleep(1);
            t.join();
            Thread.currentThread().getName();
          }""");
    program("TryWithResources", """
          Object run() throws java.io.IOException {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.StringReader("a\\nb"))) {
              return r.readLine();
            }
          }""");
    program("ForNameOfOwnClass", """
          Object run() throws ClassNotFoundException {
            return Class.forName("app.Other").getName();
          }""");
    SOURCES.put("app/Other.java", "package app;\nclass Other {}\n");
    program("ClassNames", """
          Object run() {
            return getClass().getName() + getClass().getSimpleName() + String.class.getName();
          }""");
    program("Exceptions", """
          void run() {
            try {
              throw new IllegalStateException("x");
            } catch (RuntimeException e) {
              e.printStackTrace();
              StackTraceElement[] t = e.getStackTrace();
              throw new UnsupportedOperationException(e.getMessage() + t.length, e);
            }
          }""");
    program("Utilities", """
          Object run(int[] a, String[] s) {
            Arrays.sort(a);
            Arrays.sort(s, Comparator.reverseOrder());
            return Objects.hash(a[0], s[0]) + Objects.requireNonNull(s[0]);
          }""");
    program("Regexes", """
          boolean run(String s) {
            Matcher m = Pattern.compile("a(b+)").matcher(s);
            return m.find() && s.matches("[a-z]+") && s.replaceAll("b", "c").split(",").length > 0;
          }""");
  }

  @BeforeAll
  static void verify() {
    violations = new ProgramVerifier().verify(InMemoryJavac.compile(SOURCES));
  }

  private static void assertPasses(String simpleName) {
    String c = "app." + simpleName;
    List<Violation> found = violations.stream()
        .filter(v -> v.className().equals(c) || v.className().startsWith(c + "$")).toList();
    assertEquals(List.of(), found.stream().map(Violation::format).toList());
  }

  @Test
  void collections() {
    assertPasses("Collections");
  }

  @Test
  void streams() {
    assertPasses("Streams");
  }

  @Test
  void recordsWithTheirObjectMethodsBootstrap() {
    assertPasses("Records");
  }

  @Test
  void lambdasAndMethodReferences() {
    assertPasses("Lambdas");
  }

  @Test
  void enumsAndSwitchesOnEnumsAndStrings() {
    assertPasses("EnumsAndSwitches");
  }

  @Test
  void stringConcatenationAndFormat() {
    assertPasses("StringConcatAndFormat");
  }

  @Test
  void executorsAndAtomics() {
    assertPasses("ExecutorsAndAtomics");
  }

  @Test
  void stringBuilders() {
    assertPasses("StringBuilders");
  }

  @Test
  void textBlocks() {
    assertPasses("TextBlocks");
  }

  @Test
  void optionals() {
    assertPasses("Optionals");
  }

  @Test
  void javaTime() {
    assertPasses("Time");
  }

  @Test
  void bigIntegers() {
    assertPasses("BigIntegers");
  }

  @Test
  void printingToSystemOutAndErr() {
    assertPasses("SystemOut");
  }

  @Test
  void systemClockArraycopyLineSeparatorIdentityHashCode() {
    assertPasses("SystemUtilities");
  }

  @Test
  void runtimeProcessorsAndMemory() {
    assertPasses("RuntimeInformation");
  }

  @Test
  void startingAndSleepingOwnThreads() {
    assertPasses("OwnThreads");
  }

  @Test
  void tryWithResourcesOverMemoryStreams() {
    assertPasses("TryWithResources");
  }

  @Test
  void forNameOfTheProgramsOwnClass() {
    assertPasses("ForNameOfOwnClass");
  }

  @Test
  void classNames() {
    assertPasses("ClassNames");
  }

  @Test
  void exceptionsWithStackTraces() {
    assertPasses("Exceptions");
  }

  @Test
  void objectsHashAndArraysSort() {
    assertPasses("Utilities");
  }

  @Test
  void regularExpressions() {
    assertPasses("Regexes");
  }

  @Test
  void nothingAtAll() {
    assertEquals(List.of(), violations.stream().map(Violation::format).toList());
  }
}
