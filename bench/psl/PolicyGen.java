import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the policy corpus of the psl-check benchmark: {@code count} top-level policies
 * OUT/psl/policyK.psl (K = 0 … count-1) over the IDL/CDL/EDL corpus that {@code CorpusGen} wrote to
 * OUT/nk, a shared fragment OUT/psl/common.psl that a third of them include ({@code use common._}),
 * and OUT/psl/Einit.edl ({@code entity Einit}: the EDL that the vendor build generates into the
 * kss directory, which is on the policy compiler's search path). Run with the JDK's source
 * launcher after CorpusGen:
 *
 * <pre>
 *   java PolicyGen.java OUT [count] [--sdk DIR]      generate (count defaults to 500)
 *   java PolicyGen.java --verify OUT [--sdk DIR]     re-read OUT/psl and check it, print statistics
 * </pre>
 *
 * {@code --sdk} is the bundled SDK directory holding kl/core/Core.edl and its CDL/IDL (default:
 * nk-compiler/src/main/resources/org/kos/nkc/sdk below the current directory). Output is
 * deterministic: it depends only on the NK corpus and the count.
 *
 * <p>The generator reads the EDL/CDL/IDL files with a few regular expressions (class names,
 * component instances, endpoints, interfaces, methods, parameters and typedefs), and every name it
 * writes goes through a lookup in what it read, which throws if the name does not exist: a
 * selector always names a declared class, an endpoint path of the server class, an interface that
 * class serves, a method of that endpoint's interface; {@code message.<field>} always names an
 * {@code in} parameter of integer type of the pinned method. Sizes follow spec §14 (typical real
 * policies: 30–300 lines): target lengths spread deterministically over 40–400 lines, median about
 * 130. Shapes follow §13/§14: a modern style (one {@code request} binding with nested
 * {@code match} sections, {@code response}/{@code error} grants) and a classic one (a
 * {@code request src=A, dst=B} binding plus its mirrored {@code response} per pair); parameter
 * checks with {@code assert}/{@code deny} (Pred, Bool, Math from nk/basic.psl); in a fraction of
 * policies a Flow object, a HashSet object, an audit profile, a {@code security} grant, a
 * {@code component=} selector. Endpoints are picked round-robin per class across policies, so the
 * corpus together names every class and (nearly) every endpoint, and checking it does the NK work
 * of the same interfaces that {@code kos nk check} does.
 *
 * <p>{@code --verify} is independent of the writer: it lexes and parses each file with the grammar
 * of spec §3/§6 (declarations, bindings, match, choice, applications, records, lists, the
 * expression precedence levels, policy objects, audit profiles), resolves {@code use} includes,
 * and checks every selector, model call, state text, audit object and {@code message} field
 * against the NK corpus; then prints the size distribution and what the corpus covers.
 */
public final class PolicyGen {
  static final String DEFAULT_SDK = "nk-compiler/src/main/resources/org/kos/nkc/sdk";

  public static void main(String[] args) throws IOException {
    boolean verify = false;
    Path sdk = Path.of(DEFAULT_SDK);
    List<String> pos = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--verify" -> verify = true;
        case "--sdk" -> sdk = Path.of(args[++i]);
        default -> pos.add(args[i]);
      }
    }
    if (pos.isEmpty()) {
      System.err.println("usage: java PolicyGen.java [--verify] OUT [count] [--sdk DIR]");
      System.exit(2);
    }
    Path out = Path.of(pos.get(0));
    if (!Files.isRegularFile(sdk.resolve("kl/core/Core.edl"))) {
      System.err.println("PolicyGen: no kl/core/Core.edl below " + sdk + " (give --sdk DIR)");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Model model = Model.load(out.resolve("nk"), sdk);
    if (verify) {
      int errors = new Verifier(model, out.resolve("psl")).run();
      System.out.printf("verify: %d error(s) in %.2f s%n", errors, (System.nanoTime() - t0) / 1e9);
      System.exit(errors == 0 ? 0 : 1);
    }
    int count = pos.size() > 1 ? Integer.parseInt(pos.get(1)) : 500;
    Path psl = out.resolve("psl");
    Files.createDirectories(psl);
    write(psl.resolve("Einit.edl"), "// The EDL that the build generates for the initializing program.\nentity Einit\n");
    write(psl.resolve("common.psl"), Gen.common());
    Gen gen = new Gen(model);
    int[] lines = new int[count];
    for (int k = 0; k < count; k++) {
      String text = gen.policy(k);
      lines[k] = (int) text.chars().filter(c -> c == '\n').count();
      write(psl.resolve("policy" + k + ".psl"), text);
    }
    int[] sorted = lines.clone();
    Arrays.sort(sorted);
    System.out.printf("PolicyGen: %d policies + common.psl + Einit.edl in %s (%d classes, %d endpoints read); "
            + "lines min %d, median %d, max %d, total %d; %.2f s%n",
        count, psl, model.corpusClasses().size(), model.corpusEndpointCount(),
        count == 0 ? 0 : sorted[0], count == 0 ? 0 : median(sorted), count == 0 ? 0 : sorted[count - 1],
        Arrays.stream(lines).sum(), (System.nanoTime() - t0) / 1e9);
  }

  static int median(int[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The NK model: just enough of the IDL/CDL/EDL files, read with regular expressions.
  // ---------------------------------------------------------------------------------------------

  record Param(String dir, String type, String name) {}

  record Method(String name, List<Param> params) {}

  /** One IDL file: its package, imports, typedefs and interface methods (empty if none). */
  record Idl(String pkg, List<String> imports, Map<String, String> typedefs, Map<String, Method> methods) {}

  /** A CDL component or an EDL class as read: endpoints and component instances, in order. */
  record Unit(String name, LinkedHashMap<String, String> endpoints, LinkedHashMap<String, String> components) {}

  /** An endpoint of a class: its path from the class, its interface, the components on the path. */
  record Ep(String path, String iface, List<String> components) {}

  static final class Klass {
    final String name;
    final boolean corpus;
    final List<Ep> eps = new ArrayList<>();
    final Map<String, Ep> byPath = new LinkedHashMap<>();

    Klass(String name, boolean corpus) {
      this.name = name;
      this.corpus = corpus;
    }
  }

  static final Set<String> INTS =
      Set.of("UInt8", "UInt16", "UInt32", "UInt64", "SInt8", "SInt16", "SInt32", "SInt64");

  static final class Model {
    final Map<String, Idl> idls = new HashMap<>();
    final Map<String, Unit> cdls = new HashMap<>();
    final Map<String, Klass> classes = new TreeMap<>();

    static final Pattern PKG = Pattern.compile("\\bpackage\\s+([\\w.]+)");
    static final Pattern IMPORT = Pattern.compile("\\bimport\\s+([\\w.]+)");
    static final Pattern TYPEDEF = Pattern.compile("\\btypedef\\s+([^;]+?)\\s+(\\w+)\\s*;");
    static final Pattern IFACE = Pattern.compile("\\binterface\\s*\\{([^}]*)\\}");
    static final Pattern METHOD = Pattern.compile("(\\w+)\\s*\\(([^)]*)\\)\\s*;");
    static final Pattern PARAM = Pattern.compile("(in|out|error)\\s+(.+?)\\s+(\\w+)", Pattern.DOTALL);
    static final Pattern CDL = Pattern.compile("\\bcomponent\\s+([\\w.]+)");
    static final Pattern EDL = Pattern.compile("\\b(?:entity|task\\s+class)\\s+([\\w.]+)");
    static final Pattern SECTION = Pattern.compile("\\b(endpoints|interfaces|components)\\s*\\{([^}]*)\\}");
    static final Pattern ENTRY = Pattern.compile("(\\w+)\\s*:\\s*([\\w.]+)");

    static Model load(Path nk, Path sdk) throws IOException {
      Model m = new Model();
      List<Unit> edls = new ArrayList<>();
      List<Boolean> edlCorpus = new ArrayList<>();
      for (Path root : List.of(sdk, nk)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
          files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
          String name = f.getFileName().toString();
          if (name.endsWith(".idl")) {
            Idl idl = parseIdl(stripComments(read(f)));
            m.idls.put(idl.pkg(), idl);
          } else if (name.endsWith(".cdl")) {
            Unit u = parseUnit(stripComments(read(f)), CDL);
            m.cdls.put(u.name(), u);
          } else if (name.endsWith(".edl")) {
            edls.add(parseUnit(stripComments(read(f)), EDL));
            edlCorpus.add(root == nk);
          }
        }
      }
      for (int i = 0; i < edls.size(); i++) {
        Unit e = edls.get(i);
        Klass k = new Klass(e.name(), edlCorpus.get(i));
        m.expand(k, "", e, List.of());
        m.classes.put(k.name, k);
      }
      m.classes.put("Einit", new Klass("Einit", false)); // generated by the build: no endpoints
      return m;
    }

    void expand(Klass k, String prefix, Unit u, List<String> chain) {
      u.endpoints().forEach((ep, iface) -> {
        if (!idls.containsKey(iface)) {
          throw new IllegalStateException(u.name() + ": endpoint " + ep + " names unknown interface " + iface);
        }
        Ep e = new Ep(prefix + ep, iface, chain);
        k.eps.add(e);
        k.byPath.put(e.path(), e);
      });
      u.components().forEach((inst, comp) -> {
        Unit c = cdls.get(comp);
        if (c == null) {
          throw new IllegalStateException(u.name() + ": instance " + inst + " of unknown component " + comp);
        }
        List<String> sub = new ArrayList<>(chain);
        sub.add(comp);
        expand(k, prefix + inst + ".", c, sub);
      });
    }

    static String stripComments(String s) {
      return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", "");
    }

    static Idl parseIdl(String s) {
      Matcher pm = PKG.matcher(s);
      if (!pm.find()) {
        throw new IllegalStateException("IDL without package");
      }
      List<String> imports = new ArrayList<>();
      for (Matcher im = IMPORT.matcher(s); im.find(); ) {
        imports.add(im.group(1));
      }
      Map<String, String> typedefs = new HashMap<>();
      for (Matcher tm = TYPEDEF.matcher(s); tm.find(); ) {
        typedefs.put(tm.group(2), tm.group(1).trim());
      }
      Map<String, Method> methods = new LinkedHashMap<>();
      Matcher ifm = IFACE.matcher(s);
      if (ifm.find()) {
        for (Matcher mm = METHOD.matcher(ifm.group(1)); mm.find(); ) {
          List<Param> params = new ArrayList<>();
          for (String p : splitTop(mm.group(2))) {
            Matcher pp = PARAM.matcher(p.trim());
            if (!pp.matches()) {
              throw new IllegalStateException(pm.group(1) + "." + mm.group(1) + ": cannot read parameter '" + p + "'");
            }
            params.add(new Param(pp.group(1), pp.group(2).replaceAll("\\s+", " "), pp.group(3)));
          }
          methods.put(mm.group(1), new Method(mm.group(1), params));
        }
      }
      return new Idl(pm.group(1), imports, typedefs, methods);
    }

    /** Splits a parameter list at commas outside angle brackets. */
    static List<String> splitTop(String s) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '<') {
          depth++;
        } else if (c == '>') {
          depth--;
        } else if (c == ',' && depth == 0) {
          out.add(s.substring(start, i));
          start = i + 1;
        }
      }
      if (!s.substring(start).isBlank()) {
        out.add(s.substring(start));
      }
      return out;
    }

    static Unit parseUnit(String s, Pattern head) {
      Matcher hm = head.matcher(s);
      if (!hm.find()) {
        throw new IllegalStateException("CDL/EDL without a name: " + s);
      }
      LinkedHashMap<String, String> eps = new LinkedHashMap<>();
      LinkedHashMap<String, String> comps = new LinkedHashMap<>();
      for (Matcher sm = SECTION.matcher(s); sm.find(); ) {
        var into = sm.group(1).equals("components") ? comps : eps;
        for (Matcher em = ENTRY.matcher(sm.group(2)); em.find(); ) {
          into.put(em.group(1), em.group(2));
        }
      }
      return new Unit(hm.group(1), eps, comps);
    }

    /** The integer type a parameter type resolves to through typedefs, or null. */
    String intType(String pkg, String type) {
      return intType(pkg, type, new HashSet<>());
    }

    private String intType(String pkg, String type, Set<String> seen) {
      if (INTS.contains(type)) {
        return type;
      }
      Idl idl = idls.get(pkg);
      if (idl == null || !seen.add(pkg + ":" + type)) {
        return null;
      }
      String t = idl.typedefs().get(type);
      if (t != null) {
        return intType(pkg, t, seen);
      }
      for (String imp : idl.imports()) {
        String r = intType(imp, type, seen);
        if (r != null) {
          return r;
        }
      }
      return null;
    }

    /** The in parameters of integer type of a method: name → integer type. */
    Map<String, String> intIns(String iface, String method) {
      Map<String, String> out = new LinkedHashMap<>();
      for (Param p : method(iface, method).params()) {
        String t = p.dir().equals("in") ? intType(iface, p.type()) : null;
        if (t != null) {
          out.put(p.name(), t);
        }
      }
      return out;
    }

    Method method(String iface, String method) {
      Method m = idls.get(iface).methods().get(method);
      if (m == null) {
        throw new IllegalStateException("no method " + method + " in " + iface);
      }
      return m;
    }

    List<Klass> corpusClasses() {
      List<Klass> out = new ArrayList<>();
      for (Klass k : classes.values()) {
        if (k.corpus) {
          out.add(k);
        }
      }
      // Numeric order of the trailing number (Task2 before Task10), then by name.
      out.sort((a, b) -> {
        int c = Long.compare(trailingNumber(a.name), trailingNumber(b.name));
        return c != 0 ? c : a.name.compareTo(b.name);
      });
      return out;
    }

    int corpusEndpointCount() {
      return corpusClasses().stream().mapToInt(k -> k.eps.size()).sum();
    }

    static long trailingNumber(String s) {
      Matcher m = Pattern.compile("(\\d+)$").matcher(s);
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The writer. Every name goes through a checked lookup (cls, ep, iface, method, field).
  // ---------------------------------------------------------------------------------------------

  static final class Gen {
    static final String CORE = "kl.core.Core";
    static final String EINIT = "Einit";
    /** Kernel endpoints a program typically needs, in the order they are handed out. */
    static final List<String> KERNEL_EPS =
        List.of("vmm.VMM", "sync.Sync", "thread.Thread", "handle.Handle", "task.Task", "time.Time", "notice.Notice");

    final Model m;
    final List<Klass> tasks;
    final Klass core;
    final List<Ep> kernelEps = new ArrayList<>();
    final Map<String, Integer> epCursor = new HashMap<>();
    int kernelCursor;

    // Per policy.
    Set<String> declared;
    Random r;
    String sep;
    String grant;
    boolean checks;

    Gen(Model m) {
      this.m = m;
      this.tasks = m.corpusClasses();
      if (tasks.size() < 3) {
        throw new IllegalStateException("the NK corpus has " + tasks.size() + " EDL classes; need at least 3");
      }
      this.core = m.classes.get(CORE);
      for (String p : KERNEL_EPS) {
        if (core.byPath.containsKey(p)) {
          kernelEps.add(core.byPath.get(p));
        }
      }
      if (kernelEps.isEmpty()) {
        throw new IllegalStateException("kl.core.Core has none of the endpoints " + KERNEL_EPS);
      }
    }

    static String common() {
      return """
          // Shared fragment of the benchmark policies (included with `use common._`): the kernel and
          // Einit are trusted, replies and errors always pass.
          use nk.base._

          use EDL Einit
          use EDL kl.core.Core

          execute src=kl.core.Core {
              match dst=kl.core.Core { grant () }
              match dst=Einit { grant () }
          }

          request src=Einit, dst=kl.core.Core { grant () }

          response { grant () }
          error { grant () }
          """;
    }

    // --- checked lookups ---

    String cls(Klass k) {
      if (!declared.contains(k.name) || !m.classes.containsKey(k.name)) {
        throw new IllegalStateException("class " + k.name + " is not declared in this policy");
      }
      return k.name;
    }

    String ep(Klass server, Ep e) {
      if (server.byPath.get(e.path()) != e) {
        throw new IllegalStateException(server.name + " has no endpoint " + e.path());
      }
      return e.path();
    }

    String iface(Klass server, String iface) {
      if (server.eps.stream().noneMatch(e -> e.iface().equals(iface))) {
        throw new IllegalStateException(server.name + " serves no interface " + iface);
      }
      return iface;
    }

    String method(Ep e, String method) {
      m.method(e.iface(), method);
      return method;
    }

    String field(Ep e, String method, String field) {
      if (!m.intIns(e.iface(), method).containsKey(field)) {
        throw new IllegalStateException(e.iface() + "." + method + " has no integer in parameter " + field);
      }
      return "message." + field;
    }

    String component(Klass server, String comp) {
      if (server.eps.stream().noneMatch(e -> e.components().contains(comp))) {
        throw new IllegalStateException(server.name + " has no instance of " + comp);
      }
      return comp;
    }

    Ep nextEp(Klass server) {
      int i = epCursor.merge(server.name, 1, Integer::sum) - 1;
      return server.eps.get(i % server.eps.size());
    }

    String nextMethod(Ep e) {
      List<String> names = new ArrayList<>(m.idls.get(e.iface()).methods().keySet());
      return method(e, names.get(r.nextInt(names.size())));
    }

    /** A method of e with an integer in parameter (rotating), or null. */
    String nextCheckedMethod(Ep e) {
      List<String> names = new ArrayList<>();
      for (String n : m.idls.get(e.iface()).methods().keySet()) {
        if (!m.intIns(e.iface(), n).isEmpty()) {
          names.add(n);
        }
      }
      if (names.isEmpty()) {
        return null;
      }
      return method(e, names.get(r.nextInt(names.size())));
    }

    String intField(Ep e, String method) {
      List<String> fs = new ArrayList<>(m.intIns(e.iface(), method).keySet());
      return field(e, method, fs.get(r.nextInt(fs.size())));
    }

    String sel(String... kv) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < kv.length; i += 2) {
        if (i > 0) {
          s.append(sep);
        }
        s.append(kv[i]).append('=').append(kv[i + 1]);
      }
      return s.toString();
    }

    static final int[] LIMITS = {16, 64, 100, 256, 1000, 4096, 0x10000};

    int limit() {
      return LIMITS[r.nextInt(LIMITS.length)];
    }

    String hex(int n) {
      return n >= 256 && r.nextBoolean() ? "0x" + Integer.toHexString(n).toUpperCase() : Integer.toString(n);
    }

    /** A Boolean check on an integer in parameter of e.method. */
    String check(Ep e, String method) {
      String f = intField(e, method);
      int n = limit();
      return switch (r.nextInt(7)) {
        case 0 -> f + " < " + hex(n);
        case 1 -> f + " >= 1 && " + f + " <= " + hex(n);
        case 2 -> f + " != 0";
        case 3 -> "bool.any [" + f + " == 1, " + f + " == 2, " + f + " == 4]";
        case 4 -> "(" + f + " < 10) || (" + f + " > " + hex(n) + ")";
        case 5 -> f + " * 2 + 1 < " + hex(n);
        default -> "!(" + f + " == " + (n - 1) + ")";
      };
    }

    String denial(Ep e, String method) {
      String f = intField(e, method);
      return switch (r.nextInt(3)) {
        case 0 -> f + " == 7";
        case 1 -> f + " > " + hex(limit() * 16);
        default -> "bool.all [" + f + " > 100, " + f + " < 200]";
      };
    }

    // --- one policy ---

    String policy(int k) {
      r = new Random(mix(0x5eed_0000L + k)); // scrambled: Random's first draws of adjacent seeds correlate
      double u = (k * 0.6180339887498949 + 0.5) % 1.0; // golden-ratio sequence: spread evenly in [0,1)
      int target = 40 + (int) Math.round(360 * u * u);
      boolean modern = k % 10 < 7;
      boolean common = k % 3 == 1;
      checks = k % 3 != 0;
      boolean flow = k % 8 == 3;
      boolean hash = k % 12 == 5;
      boolean audit = k % 7 == 2;
      boolean security = k % 5 == 0;
      boolean component = k % 50 == 14;
      sep = modern && r.nextInt(3) == 0 ? " " : ", ";
      grant = r.nextInt(4) == 0 ? "grant()" : "grant ()";
      int nc = Math.max(3, Math.min(tasks.size(), 2 + target / 16));
      int start = (k * 7) % tasks.size();
      List<Klass> cs = new ArrayList<>();
      for (int i = 0; i < nc; i++) {
        cs.add(tasks.get((start + i) % tasks.size()));
      }
      declared = new LinkedHashSet<>();
      declared.add(EINIT);
      declared.add(CORE);
      cs.forEach(c -> declared.add(c.name));

      List<String> head = new ArrayList<>();
      head.add("// Policy " + k + " of the psl-check benchmark: " + nc + " program classes, "
          + (modern ? "nested match sections" : "one binding per pair") + ".");
      head.add("execute: kl.core.Execute");
      head.add("");
      if (!common || r.nextBoolean()) {
        head.add("use nk.base._");
      }
      if (checks) {
        head.add("use nk.basic._");
      }
      if (flow) {
        head.add("use nk.flow._");
      }
      if (hash) {
        head.add("use nk.hashmap._");
      }
      if (common) {
        head.add("use common._");
      }
      head.add("");
      if (!common) {
        head.add("use EDL " + EINIT);
        head.add("use EDL " + CORE);
      }
      for (Klass c : cs) {
        head.add("use EDL " + cls(c));
      }

      List<String> objects = new ArrayList<>();
      List<String> bindings = new ArrayList<>(); // model bindings after the main ones
      String flowName = null;
      List<String> flowStates = null;
      String hashName = null;
      if (flow) {
        flowName = List.of("phase", "life", "f").get(k % 3);
        flowStates = k % 2 == 0 ? List.of("boot", "ready", "halted") : List.of("a", "b");
        flow(flowName, flowStates, cs.get(r.nextInt(nc)), objects, bindings);
      }
      if (hash) {
        hashName = List.of("ids", "seen").get(k % 2);
        hash(hashName, cs.get(r.nextInt(nc)), cs.get(r.nextInt(nc)), objects, bindings);
      }
      if (audit) {
        objects.add("");
        objects.add("audit profile trace = {");
        objects.add("    0 : {},");
        objects.add("    1 : { base : { kss : [\"denied\"] } },");
        StringBuilder l2 = new StringBuilder("    2 : { base : { kss : [\"granted\", \"denied\"] }");
        if (flowName != null) {
          l2.append(", ").append(flowName).append(" : { kss : [\"granted\", \"denied\"], omit : [\"")
              .append(flowStates.get(0)).append("\"] }");
        }
        if (hashName != null) {
          l2.append(", ").append(hashName).append(" : { kss : [\"denied\"] }");
        }
        objects.add(l2.append(" }").toString());
        objects.add("}");
        objects.add("audit default = trace " + (k % 2));
      }

      // execute
      List<String> exec = new ArrayList<>();
      if (modern) {
        exec.add("execute {");
        if (!common) {
          exec.add("    match " + sel("src", cls(core)) + " {");
          exec.add("        match " + sel("dst", CORE) + " { " + grant + " }");
          exec.add("        match " + sel("dst", EINIT) + " { " + grant + " }");
          exec.add("    }");
        }
        exec.add("    match " + sel("src", EINIT) + " {");
        for (Klass c : cs) {
          exec.add("        match " + sel("dst", cls(c)) + " { " + grant + " }");
        }
        exec.add("    }");
        exec.add("}");
      } else {
        if (!common) {
          exec.add("execute " + sel("src", CORE, "dst", CORE) + " { " + grant + " }");
          exec.add("execute " + sel("src", CORE, "dst", EINIT) + " { " + grant + " }");
        }
        for (Klass c : cs) {
          exec.add("execute " + sel("src", EINIT, "dst", cls(c)) + " { " + grant + " }");
        }
      }

      // requests to the kernel
      List<String> kernel = new ArrayList<>();
      if (modern) {
        kernel.add("    match " + sel("dst", CORE) + " {");
        if (!common) {
          kernel.add("        match " + sel("src", EINIT) + " { " + grant + " }");
        }
        for (Klass c : cs) {
          kernel.add("        " + kernelEntry(c, "match ", null));
        }
        kernel.add("    }");
      } else {
        if (!common) {
          kernel.add("request " + sel("src", EINIT, "dst", CORE) + " { " + grant + " }");
        }
        for (Klass c : cs) {
          kernel.add(kernelEntry(c, "request ", CORE));
        }
      }

      List<String> tail = new ArrayList<>();
      if (!common) {
        if (modern) {
          tail.add("response { " + grant + " }");
        } else {
          tail.add("response " + sel("src", CORE) + " { " + grant + " }");
        }
        tail.add("error { " + grant + " }");
      }
      if (security) {
        tail.add("security { " + grant + " }");
      }

      // Pairs until the target length is reached: first a ring over the classes, then random pairs.
      List<String> pairs = new ArrayList<>();
      List<String> standalone = new ArrayList<>();
      int fixed = head.size() + (objects.isEmpty() ? 0 : objects.size() + 1) + 1 + exec.size() + 1
          + (modern ? kernel.size() + 2 : kernel.size()) + (bindings.isEmpty() ? 0 : bindings.size() + 1)
          + (tail.isEmpty() ? 0 : tail.size() + 1);
      int p = 0;
      boolean componentDone = !component;
      while (fixed + pairs.size() + standalone.size() < target) {
        Klass a;
        Klass b;
        if (p < nc) {
          a = cs.get(p);
          b = cs.get((p + 1) % nc);
        } else {
          a = cs.get(r.nextInt(nc));
          do {
            b = cs.get(r.nextInt(nc));
          } while (b == a);
        }
        p++;
        if (checks && r.nextInt(10) < 3) {
          standalone.addAll(checkedBinding(a, b));
        } else if (modern) {
          pairs.addAll(pairBlock(a, b, !componentDone));
          componentDone = true;
        } else {
          pairs.addAll(pairBindings(a, b));
        }
      }

      List<String> all = new ArrayList<>(head);
      if (!objects.isEmpty()) {
        all.add("");
        all.addAll(objects);
      }
      all.add("");
      all.addAll(exec);
      all.add("");
      if (modern) {
        all.add("request {");
        all.addAll(kernel);
        all.addAll(pairs);
        all.add("}");
      } else {
        all.addAll(kernel);
        all.addAll(pairs);
      }
      if (!standalone.isEmpty()) {
        all.addAll(standalone);
      }
      if (!bindings.isEmpty()) {
        all.add("");
        all.addAll(bindings);
      }
      if (!tail.isEmpty()) {
        all.add("");
        all.addAll(tail);
      }
      return String.join("\n", all) + "\n";
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }

    /** A grant for class c on a kernel endpoint: whole endpoint, its interface, or one method. */
    String kernelEntry(Klass c, String kw, String dst) {
      Ep e = kernelEps.get(kernelCursor++ % kernelEps.size());
      String[] head = dst == null ? new String[] {"src", cls(c)} : new String[] {"src", cls(c), "dst", cls(core)};
      List<String> s = new ArrayList<>(List.of(head));
      switch (r.nextInt(4)) {
        case 0 -> s.addAll(List.of("interface", iface(core, e.iface())));
        case 1 -> s.addAll(List.of("endpoint", ep(core, e), "method", nextMethod(e)));
        default -> s.addAll(List.of("endpoint", ep(core, e)));
      }
      return kw + sel(s.toArray(String[]::new)) + " { " + grant + " }";
    }

    /** Modern style: one match section for the pair a → b with one to three items inside. */
    List<String> pairBlock(Klass a, Klass b, boolean withComponent) {
      List<String> out = new ArrayList<>();
      int items = 1 + r.nextInt(3);
      if (items == 1 && !withComponent && r.nextBoolean()) {
        Ep e = nextEp(b);
        out.add("    match " + sel("src", cls(a), "dst", cls(b), "endpoint", ep(b, e)) + " { " + grant + " }");
        return out;
      }
      out.add("    match " + sel("src", cls(a), "dst", cls(b)) + " {");
      if (withComponent) {
        Ep e = nextEp(b);
        String comp = e.components().isEmpty() ? null : e.components().get(0);
        if (comp != null) {
          out.add("        match " + sel("component", component(b, comp)) + " { " + grant + " }");
        }
      }
      for (int i = 0; i < items; i++) {
        Ep e = nextEp(b);
        switch (r.nextInt(8)) {
          case 0, 1, 2 -> out.add("        match " + sel("endpoint", ep(b, e)) + " { " + grant + " }");
          case 3 -> out.add("        match " + sel("interface", iface(b, e.iface())) + " { " + grant + " }");
          case 4 -> out.add("        match " + sel("endpoint", ep(b, e), "method", nextMethod(e)) + " { " + grant + " }");
          default -> {
            out.add("        match " + sel("endpoint", ep(b, e)) + " {");
            int n = 2 + r.nextInt(3);
            Set<String> used = new HashSet<>();
            for (int j = 0; j < n; j++) {
              String meth = checks && r.nextBoolean() ? nextCheckedMethod(e) : nextMethod(e);
              if (meth == null || !used.add(meth)) {
                continue;
              }
              if (checks && !m.intIns(e.iface(), meth).isEmpty() && r.nextBoolean()) {
                out.add("            match " + sel("method", meth) + " { assert (" + check(e, meth) + ") }");
              } else {
                out.add("            match " + sel("method", meth) + " { " + grant + " }");
              }
            }
            out.add("        }");
          }
        }
      }
      out.add("    }");
      return out;
    }

    /** Classic style: request a → b and the mirrored response b → a, for one endpoint. */
    List<String> pairBindings(Klass a, Klass b) {
      List<String> out = new ArrayList<>();
      Ep e = nextEp(b);
      if (r.nextInt(3) == 0) {
        String meth = nextMethod(e);
        out.add("request " + sel("src", cls(a), "dst", cls(b), "endpoint", ep(b, e), "method", meth) + " { " + grant + " }");
        out.add("response " + sel("src", cls(b), "dst", cls(a), "endpoint", ep(b, e), "method", meth) + " { " + grant + " }");
      } else {
        out.add("request " + sel("src", cls(a), "dst", cls(b), "endpoint", ep(b, e)) + " { " + grant + " }");
        out.add("response " + sel("src", cls(b), "dst", cls(a), "endpoint", ep(b, e)) + " { " + grant + " }");
      }
      return out;
    }

    /** A binding for one method with parameter checks (assert, and sometimes deny). */
    List<String> checkedBinding(Klass a, Klass b) {
      Ep e = nextEp(b);
      String meth = nextCheckedMethod(e);
      List<String> out = new ArrayList<>();
      if (meth == null) {
        out.add("request " + sel("src", cls(a), "dst", cls(b), "endpoint", ep(b, e)) + " { " + grant + " }");
        return out;
      }
      if (r.nextInt(6) == 0) { // header spread over two lines
        out.add("request " + sel("src", cls(a), "dst", cls(b)) + (sep.equals(" ") ? "" : ","));
        out.add("        " + sel("endpoint", ep(b, e), "method", meth) + " {");
      } else {
        out.add("request " + sel("src", cls(a), "dst", cls(b), "endpoint", ep(b, e), "method", meth) + " {");
      }
      out.add("    assert (" + check(e, meth) + ")");
      if (r.nextBoolean()) {
        out.add("    deny (" + denial(e, meth) + ")");
      }
      out.add("}");
      return out;
    }

    void flow(String name, List<String> states, Klass c, List<String> objects, List<String> bindings) {
      String q = states.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
      objects.add("policy object " + name + " : Flow {");
      objects.add("    type State = " + q.replace(", ", " | "));
      objects.add("    config = {");
      objects.add("        states : [" + q + "],");
      objects.add("        initial : \"" + states.get(0) + "\",");
      String first = states.get(0);
      String second = states.get(1);
      if (states.size() == 3) {
        String third = states.get(2);
        objects.add("        transitions : { \"" + first + "\" : [\"" + second + "\"], \"" + second + "\" : [\""
            + second + "\", \"" + third + "\"] }");
      } else {
        objects.add("        transitions : { \"" + first + "\" : [\"" + second + "\"], \"" + second + "\" : [\""
            + first + "\"] }");
      }
      objects.add("    }");
      objects.add("}");
      Ep control = c.byPath.get("control");
      Ep served = nextEp(c);
      String after = states.get(states.size() == 3 ? 2 : 0); // a transition the config allows from `second`
      bindings.add("execute " + sel("dst", cls(c)) + " { " + name + ".init {sid : dst_sid} }");
      if (control != null) {
        Ep e = control;
        String enter = nextMethod(e);
        String query = nextMethod(e);
        bindings.add("request " + sel("dst", cls(c), "endpoint", ep(c, e), "method", enter) + " { " + name
            + ".enter {sid : dst_sid, state : \"" + second + "\"} }");
        if (!query.equals(enter)) {
          bindings.add("request " + sel("dst", cls(c), "endpoint", ep(c, e), "method", query) + " {");
          bindings.add("    choice (" + name + ".query {sid : dst_sid}) {");
          bindings.add("        \"" + second + "\" : { " + name + ".enter {sid : dst_sid, state : \"" + after + "\"} }");
          bindings.add("        _ : " + grant);
          bindings.add("    }");
          bindings.add("}");
        }
      }
      bindings.add("request " + sel("dst", cls(c), "endpoint", ep(c, served)) + " { " + name
          + ".allow {sid : dst_sid, states : [\"" + second + "\"]} }");
    }

    void hash(String name, Klass owner, Klass server, List<String> objects, List<String> bindings) {
      // Two methods (on endpoints of server) with an integer in parameter of one type: add, then contains.
      Ep e1 = nextEp(server);
      String m1 = nextCheckedMethod(e1);
      Ep e2 = nextEp(server);
      String m2 = nextCheckedMethod(e2);
      if (m1 == null || m2 == null) {
        return;
      }
      String f1 = m.intIns(e1.iface(), m1).keySet().iterator().next();
      String type = m.intIns(e1.iface(), m1).get(f1);
      String f2 = null;
      for (var en : m.intIns(e2.iface(), m2).entrySet()) {
        if (en.getValue().equals(type)) {
          f2 = en.getKey();
        }
      }
      if (f2 == null) {
        return;
      }
      objects.add("policy object " + name + " : HashSet {");
      objects.add("    type Entry = " + type);
      objects.add("    config = { set_size : 32, pool_size : 8 }");
      objects.add("}");
      bindings.add("execute " + sel("dst", cls(owner)) + " { " + name + ".init {sid : dst_sid} }");
      bindings.add("request " + sel("src", cls(owner), "dst", cls(server), "endpoint", ep(server, e1), "method", m1)
          + " { " + name + ".add {sid : src_sid, entry : " + field(e1, m1, f1) + "} }");
      bindings.add("request " + sel("src", cls(owner), "dst", cls(server), "endpoint", ep(server, e2), "method", m2)
          + " {");
      bindings.add("    assert (" + name + ".contains {sid : src_sid, entry : " + field(e2, m2, f2) + "})");
      bindings.add("}");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The verifier: lexer, parser (spec §3/§6) and name checks, independent of the writer.
  // ---------------------------------------------------------------------------------------------

  record Tok(String kind, String text, int line) {}

  static final class VerifyError extends RuntimeException {
    VerifyError(String msg) {
      super(msg);
    }
  }

  static final String[] OPS = {"==>", "==", "!=", "<=", ">=", "&&", "||", ".[", "<-", "~>",
    "{", "}", "[", "]", "(", ")", ":", ",", "=", "|", ".", "!", "~", "<", ">", "+", "-", "*", "&"};

  static List<Tok> lex(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int line = 1;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        if (end < 0) {
          throw new VerifyError(line + ": unterminated comment");
        }
        line += (int) s.substring(i, end).chars().filter(ch -> ch == '\n').count();
        i = end + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(new Tok("id", s.substring(i, j), line));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
          j += 2;
          while (j < n && Character.digit(s.charAt(j), 16) >= 0) {
            j++;
          }
        } else {
          while (j < n && Character.isDigit(s.charAt(j))) {
            j++;
          }
        }
        out.add(new Tok("int", s.substring(i, j), line));
        i = j;
      } else if (c == '"') {
        StringBuilder t = new StringBuilder();
        int j = i + 1;
        while (j < n && s.charAt(j) != '"') {
          if (s.charAt(j) == '\\') {
            j++;
          }
          if (j < n && s.charAt(j) == '\n') {
            throw new VerifyError(line + ": newline in text literal");
          }
          t.append(s.charAt(j++));
        }
        if (j >= n) {
          throw new VerifyError(line + ": unterminated text");
        }
        out.add(new Tok("text", t.toString(), line));
        i = j + 1;
      } else {
        String op = null;
        for (String o : OPS) {
          if (s.startsWith(o, i)) {
            op = o;
            break;
          }
        }
        if (op == null) {
          throw new VerifyError(line + ": unexpected character '" + c + "'");
        }
        out.add(new Tok("op", op, line));
        i += op.length();
      }
    }
    out.add(new Tok("eof", "", line));
    return out;
  }

  // AST
  interface Expr {}

  record PathE(List<String> segs, int line) implements Expr {}

  record AppE(String callee, Expr arg, int line) implements Expr {}

  record LitE(String kind, String text) implements Expr {}

  record UnitE() implements Expr {}

  record OpE(String op, Expr a, Expr b) implements Expr {}

  record NotE(String op, Expr a) implements Expr {}

  record RecE(LinkedHashMap<String, Expr> fields) implements Expr {}

  record ListE(List<Expr> items) implements Expr {}

  record ParenE(Expr e) implements Expr {}

  record Sel(String key, String value, int line) {}

  interface Stmt {}

  record Body(String audit, List<Stmt> stmts) {}

  record MatchS(List<Sel> sels, Body body) implements Stmt {}

  record Alt(String text, Body body, AppE app) {}

  record ChoiceS(Expr head, List<Alt> alts, int line) implements Stmt {}

  record AppS(AppE app) implements Stmt {}

  record Binding(String kind, List<Sel> sels, Body body, int line) {}

  record PObject(String name, String model, Map<String, List<String>> types, Expr config, int line) {}

  static final class PslFile {
    final Path path;
    String execIface;
    final List<String> usesPsl = new ArrayList<>();
    final List<String> usesEdl = new ArrayList<>();
    final List<PObject> objects = new ArrayList<>();
    final List<Binding> bindings = new ArrayList<>();
    final Map<String, Map<String, Set<String>>> profiles = new LinkedHashMap<>(); // profile → object → conds
    final Map<String, Map<String, List<String>>> omits = new LinkedHashMap<>(); // profile → object → omit
    String auditDefault;
    int lines;

    PslFile(Path path) {
      this.path = path;
    }
  }

  static final Set<String> SEL_KEYS = Set.of("src", "dst", "endpoint", "interface", "component", "method");
  static final Set<String> KINDS = Set.of("execute", "request", "response", "error", "security");

  static final class Parser {
    final List<Tok> t;
    int i;

    Parser(List<Tok> t) {
      this.t = t;
    }

    Tok peek() {
      return t.get(i);
    }

    Tok peek(int d) {
      return t.get(Math.min(i + d, t.size() - 1));
    }

    boolean is(String text) {
      Tok k = peek();
      return !k.kind().equals("text") && !k.kind().equals("eof") && k.text().equals(text);
    }

    boolean isOp(String op) {
      return peek().kind().equals("op") && peek().text().equals(op);
    }

    Tok next() {
      return t.get(i++);
    }

    VerifyError err(String what) {
      Tok k = peek();
      return new VerifyError(k.line() + ": expected " + what + ", found " + (k.kind().equals("eof") ? "end of file"
          : "'" + k.text() + "'"));
    }

    void expect(String op) {
      if (!isOp(op)) {
        throw err("'" + op + "'");
      }
      i++;
    }

    String ident() {
      if (!peek().kind().equals("id")) {
        throw err("a name");
      }
      return next().text();
    }

    String qname() {
      StringBuilder s = new StringBuilder(ident());
      while (isOp(".") && peek(1).kind().equals("id")) {
        i++;
        s.append('.').append(next().text());
      }
      return s.toString();
    }

    PslFile file(PslFile f) {
      while (!peek().kind().equals("eof")) {
        decl(f);
      }
      return f;
    }

    void decl(PslFile f) {
      Tok k = peek();
      if (!k.kind().equals("id")) {
        throw err("a declaration");
      }
      switch (k.text()) {
        case "execute" -> {
          if (peek(1).kind().equals("op") && peek(1).text().equals(":")) {
            i += 2;
            String q = qname();
            if (f.execIface != null && !f.execIface.equals(q)) {
              throw new VerifyError(k.line() + ": second execute interface");
            }
            f.execIface = q;
          } else {
            f.bindings.add(binding());
          }
        }
        case "use" -> {
          i++;
          if (is("EDL") && peek(1).kind().equals("id")) {
            i++;
            f.usesEdl.add(qname());
          } else {
            String q = qname();
            if (!q.endsWith("._") && isOp(".") && peek(1).text().equals("_")) {
              i += 2;
              q += "._";
            }
            if (!q.endsWith("._")) {
              throw new VerifyError(k.line() + ": use without '._': " + q);
            }
            f.usesPsl.add(q.substring(0, q.length() - 2));
          }
        }
        case "policy" -> f.objects.add(policyObject());
        case "audit" -> audit(f);
        default -> {
          if (KINDS.contains(k.text())) {
            f.bindings.add(binding());
          } else {
            throw err("a declaration");
          }
        }
      }
    }

    Binding binding() {
      Tok k = next();
      List<Sel> sels = selectors();
      return new Binding(k.text(), sels, body(), k.line());
    }

    List<Sel> selectors() {
      List<Sel> out = new ArrayList<>();
      while (peek().kind().equals("id") && SEL_KEYS.contains(peek().text()) && peek(1).text().equals("=")
          && peek(1).kind().equals("op")) {
        Tok k = next();
        i++;
        out.add(new Sel(k.text(), qname(), k.line()));
        if (isOp(",")) {
          i++;
          if (!(peek().kind().equals("id") && SEL_KEYS.contains(peek().text()))) {
            throw err("a selector after ','");
          }
        }
      }
      return out;
    }

    Body body() {
      expect("{");
      String audit = null;
      if (is("audit") && peek(1).kind().equals("id")) {
        i++;
        audit = ident();
      }
      List<Stmt> stmts = new ArrayList<>();
      while (!isOp("}")) {
        stmts.add(stmt());
      }
      i++;
      return new Body(audit, stmts);
    }

    Stmt stmt() {
      if (is("match") && peek(1).kind().equals("id") && SEL_KEYS.contains(peek(1).text())) {
        i++;
        List<Sel> sels = selectors();
        if (sels.isEmpty()) {
          throw err("selectors after match");
        }
        return new MatchS(sels, body());
      }
      if (is("choice") && !peek(1).text().equals(".")) {
        int line = next().line();
        Expr head = expr();
        expect("{");
        List<Alt> alts = new ArrayList<>();
        while (!isOp("}")) {
          String text;
          if (peek().kind().equals("text")) {
            text = next().text();
          } else if (is("_")) {
            i++;
            text = null;
          } else {
            throw err("a choice alternative");
          }
          expect(":");
          if (isOp("{")) {
            alts.add(new Alt(text, body(), null));
          } else {
            alts.add(new Alt(text, null, app()));
          }
        }
        i++;
        return new ChoiceS(head, alts, line);
      }
      return new AppS(app());
    }

    AppE app() {
      int line = peek().line();
      String callee = qname();
      if (!(isOp("(") || isOp("{") || isOp("["))) {
        throw err("an argument of " + callee);
      }
      return new AppE(callee, arg(), line);
    }

    Expr arg() {
      if (isOp("(")) {
        i++;
        if (isOp(")")) {
          i++;
          return new UnitE();
        }
        Expr e = expr();
        expect(")");
        return new ParenE(e);
      }
      if (isOp("{")) {
        return record();
      }
      return list();
    }

    RecE record() {
      expect("{");
      LinkedHashMap<String, Expr> fields = new LinkedHashMap<>();
      while (!isOp("}")) {
        String name = peek().kind().equals("text") ? next().text() : ident();
        if (!(isOp(":") || isOp("="))) {
          throw err("':' after record field " + name);
        }
        i++;
        if (fields.put(name, expr()) != null) {
          throw new VerifyError(peek().line() + ": duplicate record field " + name);
        }
        if (!isOp("}")) {
          expect(",");
        }
      }
      i++;
      return new RecE(fields);
    }

    ListE list() {
      expect("[");
      List<Expr> items = new ArrayList<>();
      while (!isOp("]")) {
        items.add(expr());
        if (!isOp("]")) {
          expect(",");
        }
      }
      i++;
      return new ListE(items);
    }

    // §6 precedence: ==> (right) < || < && < comparisons (non-assoc) < + - < * < | < & < prefix < atom.
    Expr expr() {
      Expr a = disj();
      if (isOp("==>")) {
        i++;
        return new OpE("==>", a, expr());
      }
      return a;
    }

    Expr disj() {
      Expr a = conj();
      while (isOp("||")) {
        i++;
        a = new OpE("||", a, conj());
      }
      return a;
    }

    Expr conj() {
      Expr a = cmp();
      while (isOp("&&")) {
        i++;
        a = new OpE("&&", a, cmp());
      }
      return a;
    }

    static final Set<String> CMP = Set.of("==", "!=", "<", "<=", ">", ">=");

    Expr cmp() {
      Expr a = sum();
      if (peek().kind().equals("op") && CMP.contains(peek().text())) {
        String op = next().text();
        Expr b = sum();
        if (peek().kind().equals("op") && CMP.contains(peek().text())) {
          throw new VerifyError(peek().line() + ": comparisons do not chain");
        }
        return new OpE(op, bitwiseOperand(a), bitwiseOperand(b));
      }
      return a;
    }

    Expr sum() {
      Expr a = prod();
      while (isOp("+") || isOp("-")) {
        String op = next().text();
        a = new OpE(op, bitwiseOperand(a), bitwiseOperand(prod()));
      }
      return a;
    }

    Expr prod() {
      Expr a = bor();
      while (isOp("*")) {
        i++;
        a = new OpE("*", bitwiseOperand(a), bitwiseOperand(bor()));
      }
      return a;
    }

    Expr bor() {
      Expr a = band();
      while (isOp("|")) {
        i++;
        a = new OpE("|", a, band());
      }
      return a;
    }

    Expr band() {
      Expr a = pre();
      while (isOp("&")) {
        i++;
        a = new OpE("&", a, pre());
      }
      return a;
    }

    Expr bitwiseOperand(Expr e) {
      if (e instanceof OpE o && (o.op().equals("&") || o.op().equals("|"))) {
        throw new VerifyError(peek().line() + ": parenthesise bitwise expression");
      }
      return e;
    }

    Expr pre() {
      if (isOp("!") || isOp("~")) {
        String op = next().text();
        return new NotE(op, pre());
      }
      return atom();
    }

    Expr atom() {
      Tok k = peek();
      if (isOp("(")) {
        i++;
        if (isOp(")")) {
          i++;
          return new UnitE();
        }
        Expr e = expr();
        expect(")");
        return new ParenE(e);
      }
      if (isOp("{")) {
        return record();
      }
      if (isOp("[")) {
        return list();
      }
      if (k.kind().equals("text") || k.kind().equals("int")) {
        i++;
        return new LitE(k.kind(), k.text());
      }
      if (isOp("-") && peek(1).kind().equals("int")) {
        i++;
        return new LitE("int", "-" + next().text());
      }
      if (k.kind().equals("id")) {
        if (k.text().equals("true") || k.text().equals("false")) {
          i++;
          return new LitE("bool", k.text());
        }
        int save = i;
        String q = qname();
        if (isOp("(") || isOp("{") || isOp("[")) {
          return new AppE(q, arg(), k.line());
        }
        i = save;
        List<String> segs = new ArrayList<>(List.of(qname().split("\\.")));
        while (isOp(".[")) {
          i++;
          expr();
          expect("]");
          segs.add("[]");
        }
        return new PathE(segs, k.line());
      }
      throw err("an expression");
    }

    PObject policyObject() {
      int line = next().line();
      if (!is("object")) {
        throw err("'object'");
      }
      i++;
      String name = ident();
      expect(":");
      String model = ident();
      expect("{");
      Map<String, List<String>> types = new LinkedHashMap<>();
      Expr config = null;
      while (!isOp("}")) {
        if (is("type")) {
          i++;
          String tn = ident();
          expect("=");
          types.put(tn, typeExpr());
        } else if (is("config")) {
          i++;
          expect("=");
          config = expr();
        } else {
          throw err("'type' or 'config'");
        }
      }
      i++;
      return new PObject(name, model, types, config, line);
    }

    /** A type expression as its alternatives (text literals keep their quotes). */
    List<String> typeExpr() {
      List<String> alts = new ArrayList<>();
      do {
        if (!alts.isEmpty()) {
          i++;
        }
        Tok k = peek();
        if (k.kind().equals("text")) {
          i++;
          alts.add("\"" + k.text() + "\"");
        } else if (k.kind().equals("int")) {
          i++;
          alts.add(k.text());
        } else if (k.kind().equals("id")) {
          String q = qname();
          if (isOp("<")) {
            i++;
            typeExpr();
            while (isOp(",")) {
              i++;
              typeExpr();
            }
            expect(">");
          }
          alts.add(q);
        } else {
          throw err("a type");
        }
      } while (isOp("|"));
      return alts;
    }

    void audit(PslFile f) {
      int line = next().line();
      if (is("default")) {
        i++;
        expect("=");
        f.auditDefault = ident();
        if (!peek().kind().equals("int")) {
          throw err("a runtime level");
        }
        i++;
        return;
      }
      if (!is("profile")) {
        throw err("'profile' or 'default'");
      }
      i++;
      String name = ident();
      expect("=");
      expect("{");
      Map<String, Set<String>> objs = new LinkedHashMap<>();
      Map<String, List<String>> omit = new LinkedHashMap<>();
      while (!isOp("}")) {
        if (!peek().kind().equals("int")) {
          throw err("a level number");
        }
        i++;
        expect(":");
        expect("{");
        while (!isOp("}")) {
          String obj = ident();
          expect(":");
          expect("{");
          Set<String> conds = objs.computeIfAbsent(obj, x -> new LinkedHashSet<>());
          while (!isOp("}")) {
            String cond = ident();
            if (!Set.of("kss", "omit", "emit").contains(cond)) {
              throw new VerifyError(line + ": unknown audit condition " + cond);
            }
            conds.add(cond);
            expect(":");
            expect("[");
            List<String> vals = new ArrayList<>();
            while (!isOp("]")) {
              if (!peek().kind().equals("text")) {
                throw err("a text");
              }
              vals.add(next().text());
              if (!isOp("]")) {
                expect(",");
              }
            }
            i++;
            if (cond.equals("kss") && !Set.of("granted", "denied").containsAll(vals)) {
              throw new VerifyError(line + ": kss values must be \"granted\"/\"denied\": " + vals);
            }
            if (cond.equals("omit")) {
              omit.computeIfAbsent(obj, x -> new ArrayList<>()).addAll(vals);
            }
            if (!isOp("}")) {
              expect(",");
            }
          }
          i++;
          if (!isOp("}")) {
            expect(",");
          }
        }
        i++;
        if (!isOp("}")) {
          expect(",");
        }
      }
      i++;
      f.profiles.put(name, objs);
      f.omits.put(name, omit);
    }
  }

  static final class Verifier {
    static final Set<String> SDK_PSL = Set.of("nk.base", "nk.basic", "nk.flow", "nk.hashmap", "nk.regex",
        "nk.staticmap", "nk.mic");
    static final Map<String, Set<String>> RULES = Map.of(
        "Base", Set.of("grant", "assert", "deny"),
        "Bool", Set.of("assert"),
        "Flow", Set.of("init", "fini", "enter", "allow"),
        "HashSet", Set.of("init", "fini", "add", "remove"));
    static final Map<String, Set<String>> EXPRS = Map.of(
        "Base", Set.of(),
        "Bool", Set.of("all", "any", "cond"),
        "Pred", Set.of("empty"),
        "Math", Set.of("neg", "abs", "sum", "product"),
        "Flow", Set.of("query"),
        "HashSet", Set.of("contains"));

    final Model m;
    final Path dir;
    final Map<Path, PslFile> files = new TreeMap<>();
    int errors;
    // Coverage over all roots.
    final Set<String> classesUsed = new TreeSet<>();
    final Set<String> classesDeclared = new TreeSet<>();
    final Set<String> endpointsUsed = new HashSet<>();
    final Set<String> methodsUsed = new HashSet<>();
    final Set<String> interfacesUsed = new HashSet<>();
    int messageChecks;

    Verifier(Model m, Path dir) {
      this.m = m;
      this.dir = dir;
    }

    int run() throws IOException {
      List<Path> paths;
      try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
        paths = s.filter(p -> p.toString().endsWith(".psl") || p.toString().endsWith(".psl.in")).sorted()
            .collect(Collectors.toList());
      }
      for (Path p : paths) {
        String text = read(p);
        PslFile f = new PslFile(p);
        f.lines = (int) text.chars().filter(c -> c == '\n').count();
        try {
          new Parser(lex(text)).file(f);
          files.put(p, f);
        } catch (VerifyError e) {
          error(p, e.getMessage());
        }
      }
      // Roots: files that no other file includes.
      Set<Path> included = new HashSet<>();
      for (PslFile f : files.values()) {
        for (String u : f.usesPsl) {
          Path inc = local(u);
          if (inc != null) {
            included.add(inc);
          } else if (!SDK_PSL.contains(u)) {
            error(f.path, "use " + u + "._: no such file in " + dir + " nor in the SDK");
          }
        }
      }
      List<PslFile> roots = new ArrayList<>();
      for (PslFile f : files.values()) {
        if (!included.contains(f.path)) {
          roots.add(f);
        }
      }
      for (PslFile root : roots) {
        try {
          checkRoot(root);
        } catch (VerifyError e) {
          error(root.path, e.getMessage());
        }
      }
      stats(roots);
      return errors;
    }

    Path local(String use) {
      Path p = dir.resolve(use.replace('.', '/') + ".psl");
      return files.containsKey(p) ? p : null;
    }

    void error(Path p, String msg) {
      errors++;
      if (errors <= 50) {
        System.out.println(dir.relativize(p) + ":" + msg);
      }
    }

    // --- per root ---

    Set<String> sdkUses;
    Set<String> classes;
    Map<String, PObject> objects;
    Path current;

    void checkRoot(PslFile root) {
      List<PslFile> closure = new ArrayList<>();
      collect(root, closure, new HashSet<>());
      sdkUses = new HashSet<>();
      classes = new HashSet<>();
      objects = new HashMap<>();
      Map<String, Map<String, Set<String>>> profiles = new HashMap<>();
      Map<String, Map<String, List<String>>> omits = new HashMap<>();
      String auditDefault = null;
      for (PslFile f : closure) {
        for (String u : f.usesPsl) {
          if (SDK_PSL.contains(u)) {
            sdkUses.add(u);
          }
        }
        if (f.execIface != null && !f.execIface.equals("kl.core.Execute")) {
          throw new VerifyError("execute interface " + f.execIface);
        }
        for (String c : f.usesEdl) {
          if (!m.classes.containsKey(c)) {
            throw new VerifyError("use EDL " + c + ": no such EDL");
          }
          classes.add(c);
        }
        for (PObject o : f.objects) {
          if (objects.put(o.name(), o) != null) {
            throw new VerifyError(o.line() + ": duplicate policy object " + o.name());
          }
        }
        profiles.putAll(f.profiles);
        omits.putAll(f.omits);
        if (f.auditDefault != null) {
          auditDefault = f.auditDefault;
        }
      }
      if (sdkUses.contains("nk.basic")) {
        sdkUses.add("nk.base");
      }
      for (PObject o : objects.values()) {
        checkObject(o);
      }
      for (var pe : profiles.entrySet()) {
        for (var oe : pe.getValue().entrySet()) {
          String obj = oe.getKey();
          PObject o = objects.get(obj);
          if (!(obj.equals("base") && sdkUses.contains("nk.base")) && o == null) {
            throw new VerifyError("audit profile " + pe.getKey() + " names unknown object " + obj);
          }
          List<String> om = omits.get(pe.getKey()).getOrDefault(obj, List.of());
          if (!om.isEmpty()) {
            if (o == null || !o.model().equals("Flow")) {
              throw new VerifyError("omit on a non-Flow object " + obj);
            }
            for (String s : om) {
              if (!flowStates(o).contains(s)) {
                throw new VerifyError("omit names unknown state " + s + " of " + obj);
              }
            }
          }
        }
      }
      if (auditDefault != null && !profiles.containsKey(auditDefault)) {
        throw new VerifyError("audit default names unknown profile " + auditDefault);
      }
      classesDeclared.addAll(classes);
      for (PslFile f : closure) {
        current = f.path;
        for (Binding b : f.bindings) {
          Ctx ctx = new Ctx(b.kind());
          apply(ctx, b.sels(), b.line());
          walk(b.body(), ctx);
        }
      }
    }

    void collect(PslFile f, List<PslFile> out, Set<Path> seen) {
      if (!seen.add(f.path)) {
        return;
      }
      out.add(f);
      for (String u : f.usesPsl) {
        Path inc = local(u);
        if (inc != null) {
          collect(files.get(inc), out, seen);
        }
      }
    }

    List<String> flowStates(PObject o) {
      List<String> t = o.types().values().iterator().next();
      return t.stream().map(s -> s.substring(1, s.length() - 1)).collect(Collectors.toList());
    }

    void checkObject(PObject o) {
      switch (o.model()) {
        case "Flow" -> {
          if (!sdkUses.contains("nk.flow")) {
            throw new VerifyError(o.line() + ": Flow object without use nk.flow._");
          }
          if (o.types().size() != 1) {
            throw new VerifyError(o.line() + ": Flow needs one type");
          }
          List<String> raw = o.types().values().iterator().next();
          if (!raw.stream().allMatch(s -> s.startsWith("\""))) {
            throw new VerifyError(o.line() + ": Flow State must be text literals");
          }
          Set<String> states = new HashSet<>(flowStates(o));
          if (!(o.config() instanceof RecE cfg) || !cfg.fields().keySet().equals(Set.of("states", "initial", "transitions"))) {
            throw new VerifyError(o.line() + ": Flow config needs states, initial, transitions");
          }
          Set<String> listed = new HashSet<>(texts(cfg.fields().get("states")));
          if (!listed.equals(states)) {
            throw new VerifyError(o.line() + ": Flow states " + listed + " differ from State " + states);
          }
          if (!(cfg.fields().get("initial") instanceof LitE l) || !states.contains(l.text())) {
            throw new VerifyError(o.line() + ": Flow initial state is not a State");
          }
          if (!(cfg.fields().get("transitions") instanceof RecE tr)) {
            throw new VerifyError(o.line() + ": Flow transitions must be a record");
          }
          for (var e : tr.fields().entrySet()) {
            if (!states.contains(e.getKey()) || !states.containsAll(texts(e.getValue()))) {
              throw new VerifyError(o.line() + ": Flow transition names an unknown state");
            }
          }
        }
        case "HashSet" -> {
          if (!sdkUses.contains("nk.hashmap")) {
            throw new VerifyError(o.line() + ": HashSet object without use nk.hashmap._");
          }
          List<String> entry = o.types().get("Entry");
          if (entry == null || entry.size() != 1 || !INTS.contains(entry.get(0))) {
            throw new VerifyError(o.line() + ": HashSet needs an integer type Entry");
          }
          if (!(o.config() instanceof RecE cfg) || !cfg.fields().keySet().equals(Set.of("set_size", "pool_size"))
              || !cfg.fields().values().stream().allMatch(v -> v instanceof LitE l && l.kind().equals("int"))) {
            throw new VerifyError(o.line() + ": HashSet config needs integer set_size and pool_size");
          }
        }
        default -> throw new VerifyError(o.line() + ": model " + o.model() + " is not expected in this corpus");
      }
    }

    List<String> texts(Expr e) {
      if (!(e instanceof ListE l)) {
        throw new VerifyError("expected a list of texts");
      }
      List<String> out = new ArrayList<>();
      for (Expr x : l.items()) {
        if (!(x instanceof LitE t) || !t.kind().equals("text")) {
          throw new VerifyError("expected a list of texts");
        }
        out.add(t.text());
      }
      return out;
    }

    /** What the enclosing selectors pin down. */
    static final class Ctx {
      final String kind;
      final Map<String, String> sel = new HashMap<>();

      Ctx(String kind) {
        this.kind = kind;
      }

      Ctx copy() {
        Ctx c = new Ctx(kind);
        c.sel.putAll(sel);
        return c;
      }
    }

    void apply(Ctx ctx, List<Sel> sels, int line) {
      for (Sel s : sels) {
        String old = ctx.sel.put(s.key(), s.value());
        if (old != null && !old.equals(s.value())) {
          throw new VerifyError(s.line() + ": " + s.key() + "=" + s.value() + " contradicts " + s.key() + "=" + old);
        }
      }
      int l = sels.isEmpty() ? line : sels.get(0).line();
      String kind = ctx.kind;
      for (String key : List.of("src", "dst")) {
        String c = ctx.sel.get(key);
        if (c != null) {
          if (!classes.contains(c)) {
            throw new VerifyError(l + ": " + key + "=" + c + " is not a declared class");
          }
          classesUsed.add(c);
        }
      }
      if (kind.equals("execute")) {
        for (String key : ctx.sel.keySet()) {
          if (!Set.of("src", "dst", "method").contains(key)) {
            throw new VerifyError(l + ": " + key + "= on execute");
          }
        }
        if (ctx.sel.containsKey("method") && !ctx.sel.get("method").equals("main")) {
          throw new VerifyError(l + ": execute method must be main");
        }
        return;
      }
      if (kind.equals("security")) {
        if (ctx.sel.containsKey("dst")) {
          throw new VerifyError(l + ": dst= on security");
        }
        if (!ctx.sel.isEmpty()) {
          throw new VerifyError(l + ": security selectors are not expected in this corpus");
        }
        return;
      }
      List<Ep> eps = candidates(ctx, l);
      if (eps == null) {
        return;
      }
      Klass server = m.classes.get(server(ctx));
      for (Ep e : eps) {
        String key = server.name + "/" + e.path();
        if (ctx.sel.containsKey("endpoint") || ctx.sel.containsKey("interface") || ctx.sel.containsKey("component")) {
          endpointsUsed.add(key);
          interfacesUsed.add(e.iface());
        }
        if (ctx.sel.containsKey("method")) {
          methodsUsed.add(key + "/" + ctx.sel.get("method"));
        }
      }
    }

    String server(Ctx ctx) {
      return ctx.kind.equals("request") ? ctx.sel.get("dst") : ctx.sel.get("src");
    }

    /** The server's endpoints the selectors leave, or null when no endpoint-level selector is given. */
    List<Ep> candidates(Ctx ctx, int l) {
      boolean any = ctx.sel.containsKey("endpoint") || ctx.sel.containsKey("interface")
          || ctx.sel.containsKey("component") || ctx.sel.containsKey("method");
      if (!any) {
        return null;
      }
      String sname = server(ctx);
      if (sname == null) {
        throw new VerifyError(l + ": endpoint/interface/component/method selector without the server class "
            + "(this corpus always pins it)");
      }
      Klass server = m.classes.get(sname);
      List<Ep> eps = new ArrayList<>(server.eps);
      String ep = ctx.sel.get("endpoint");
      if (ep != null) {
        eps.removeIf(e -> !e.path().equals(ep));
        if (eps.isEmpty()) {
          throw new VerifyError(l + ": " + sname + " has no endpoint " + ep);
        }
      }
      String iface = ctx.sel.get("interface");
      if (iface != null) {
        if (!m.idls.containsKey(iface)) {
          throw new VerifyError(l + ": no interface " + iface);
        }
        eps.removeIf(e -> !e.iface().equals(iface));
        if (eps.isEmpty()) {
          throw new VerifyError(l + ": " + sname + (ep != null ? " endpoint " + ep : "") + " serves no " + iface);
        }
      }
      String comp = ctx.sel.get("component");
      if (comp != null) {
        eps.removeIf(e -> !e.components().contains(comp));
        if (eps.isEmpty()) {
          throw new VerifyError(l + ": " + sname + " has no endpoint in an instance of " + comp);
        }
      }
      String meth = ctx.sel.get("method");
      if (meth != null) {
        eps.removeIf(e -> !m.idls.get(e.iface()).methods().containsKey(meth));
        if (eps.isEmpty()) {
          throw new VerifyError(l + ": no method " + meth + " on the selected endpoints of " + sname);
        }
      }
      return eps;
    }

    void walk(Body body, Ctx ctx) {
      if (body.audit() != null) {
        throw new VerifyError("audit inside a body is not expected in this corpus");
      }
      for (Stmt s : body.stmts()) {
        if (s instanceof MatchS ms) {
          Ctx c = ctx.copy();
          apply(c, ms.sels(), 0);
          walk(ms.body(), c);
        } else if (s instanceof ChoiceS cs) {
          AppE head = cs.head() instanceof ParenE p && p.e() instanceof AppE a ? a
              : cs.head() instanceof AppE a2 ? a2 : null;
          if (head == null) {
            throw new VerifyError(cs.line() + ": choice head must be a model call");
          }
          expr(head, ctx);
          int dot = head.callee().lastIndexOf('.');
          PObject o = objects.get(head.callee().substring(0, Math.max(dot, 0)));
          if (o == null || !o.model().equals("Flow") || !head.callee().endsWith(".query")) {
            throw new VerifyError(cs.line() + ": choice head is not a Flow query");
          }
          for (Alt a : cs.alts()) {
            if (a.text() != null && !flowStates(o).contains(a.text())) {
              throw new VerifyError(cs.line() + ": alternative \"" + a.text() + "\" is not a state of " + o.name());
            }
            if (a.body() != null) {
              walk(a.body(), ctx);
            } else {
              rule(a.app(), ctx);
            }
          }
        } else {
          rule(((AppS) s).app(), ctx);
        }
      }
    }

    /** The model and object of a callee, as [model, method]. */
    String[] callee(String callee, int line) {
      int dot = callee.lastIndexOf('.');
      String obj = dot < 0 ? "base" : callee.substring(0, dot);
      String meth = callee.substring(dot + 1);
      String model = switch (obj) {
        case "base" -> "Base";
        case "bool" -> "Bool";
        case "pred" -> "Pred";
        case "math" -> "Math";
        default -> {
          PObject o = objects.get(obj);
          if (o == null) {
            throw new VerifyError(line + ": unknown object " + obj);
          }
          yield o.model();
        }
      };
      if (model.equals("Base") && !sdkUses.contains("nk.base")) {
        throw new VerifyError(line + ": " + callee + " without use nk.base._");
      }
      if (Set.of("Bool", "Pred", "Math").contains(model) && !sdkUses.contains("nk.basic")) {
        throw new VerifyError(line + ": " + callee + " without use nk.basic._");
      }
      return new String[] {model, meth, obj};
    }

    void rule(AppE app, Ctx ctx) {
      String[] c = callee(app.callee(), app.line());
      if (!RULES.getOrDefault(c[0], Set.of()).contains(c[1])) {
        throw new VerifyError(app.line() + ": " + app.callee() + " is not a rule");
      }
      args(app, c, ctx);
    }

    void args(AppE app, String[] c, Ctx ctx) {
      String model = c[0];
      String meth = c[1];
      Expr arg = app.arg();
      switch (model) {
        case "Base", "Bool" -> {
          if (meth.equals("grant")) {
            if (!(arg instanceof UnitE)) {
              throw new VerifyError(app.line() + ": grant takes ()");
            }
          } else if (Set.of("assert", "deny").contains(meth)) {
            if (!(arg instanceof ParenE p)) {
              throw new VerifyError(app.line() + ": " + meth + " takes (Boolean)");
            }
            bool(p.e(), ctx);
          } else {
            if (!(arg instanceof ListE l)) {
              throw new VerifyError(app.line() + ": bool." + meth + " takes a list");
            }
            l.items().forEach(x -> bool(x, ctx));
          }
        }
        case "Flow", "HashSet" -> {
          if (!(arg instanceof RecE r)) {
            throw new VerifyError(app.line() + ": " + app.callee() + " takes a record");
          }
          Set<String> want = switch (meth) {
            case "init", "fini", "query" -> Set.of("sid");
            case "enter" -> Set.of("sid", "state");
            case "allow" -> Set.of("sid", "states");
            default -> Set.of("sid", "entry");
          };
          if (!r.fields().keySet().equals(want)) {
            throw new VerifyError(app.line() + ": " + app.callee() + " takes " + want + ", not " + r.fields().keySet());
          }
          Expr sid = r.fields().get("sid");
          if (!(sid instanceof PathE p && p.segs().size() == 1 && Set.of("src_sid", "dst_sid").contains(p.segs().get(0)))) {
            throw new VerifyError(app.line() + ": sid must be src_sid or dst_sid");
          }
          PObject o = objects.get(c[2]);
          if (want.contains("state")) {
            if (!(r.fields().get("state") instanceof LitE l && flowStates(o).contains(l.text()))) {
              throw new VerifyError(app.line() + ": state is not a State of " + o.name());
            }
          }
          if (want.contains("states") && !flowStates(o).containsAll(texts(r.fields().get("states")))) {
            throw new VerifyError(app.line() + ": states are not States of " + o.name());
          }
          if (want.contains("entry")) {
            String t = intOf(r.fields().get("entry"), ctx);
            if (!o.types().get("Entry").get(0).equals(t)) {
              throw new VerifyError(app.line() + ": entry of type " + t + " is not an Entry of " + o.name());
            }
          }
        }
        default -> throw new VerifyError(app.line() + ": unexpected call " + app.callee());
      }
    }

    void bool(Expr e, Ctx ctx) {
      if (e instanceof ParenE p) {
        bool(p.e(), ctx);
      } else if (e instanceof NotE n && n.op().equals("!")) {
        needBasic();
        bool(n.a(), ctx);
      } else if (e instanceof OpE o && Set.of("&&", "||", "==>").contains(o.op())) {
        needBasic();
        bool(o.a(), ctx);
        bool(o.b(), ctx);
      } else if (e instanceof OpE o && Parser.CMP.contains(o.op())) {
        needBasic();
        intOf(o.a(), ctx);
        intOf(o.b(), ctx);
      } else if (e instanceof AppE a) {
        String[] c = callee(a.callee(), a.line());
        if (c[0].equals("HashSet") && c[1].equals("contains") || c[0].equals("Bool") && !c[1].equals("cond")) {
          args(a, c, ctx);
        } else {
          throw new VerifyError(a.line() + ": " + a.callee() + " is not a Boolean expression");
        }
      } else if (e instanceof LitE l && l.kind().equals("bool")) {
        return;
      } else {
        throw new VerifyError("not a Boolean expression: " + e);
      }
    }

    void needBasic() {
      if (!sdkUses.contains("nk.basic")) {
        throw new VerifyError("operators need use nk.basic._");
      }
    }

    /** Type of an integer expression: the message field's type, or "int" for literals/arithmetic. */
    String intOf(Expr e, Ctx ctx) {
      if (e instanceof ParenE p) {
        return intOf(p.e(), ctx);
      }
      if (e instanceof LitE l && l.kind().equals("int")) {
        return "int";
      }
      if (e instanceof OpE o && Set.of("+", "-", "*").contains(o.op())) {
        needBasic();
        intOf(o.a(), ctx);
        intOf(o.b(), ctx);
        return "int";
      }
      if (e instanceof PathE p && p.segs().get(0).equals("message")) {
        return messageField(p, ctx);
      }
      throw new VerifyError("not an integer expression: " + e);
    }

    String messageField(PathE p, Ctx ctx) {
      if (!ctx.kind.equals("request")) {
        throw new VerifyError(p.line() + ": message on " + ctx.kind + " is not expected in this corpus");
      }
      String meth = ctx.sel.get("method");
      if (meth == null) {
        throw new VerifyError(p.line() + ": message without method=");
      }
      List<Ep> eps = candidates(ctx, p.line());
      Set<String> ifaces = eps.stream().map(Ep::iface).collect(Collectors.toSet());
      if (ifaces.size() != 1) {
        throw new VerifyError(p.line() + ": message type not fixed (" + ifaces.size() + " interfaces)");
      }
      if (p.segs().size() != 2) {
        throw new VerifyError(p.line() + ": only message.<param> is expected in this corpus");
      }
      String iface = ifaces.iterator().next();
      String t = m.intIns(iface, meth).get(p.segs().get(1));
      if (t == null) {
        throw new VerifyError(p.line() + ": " + iface + "." + meth + " has no integer in parameter " + p.segs().get(1));
      }
      messageChecks++;
      return t;
    }

    void expr(AppE head, Ctx ctx) {
      String[] c = callee(head.callee(), head.line());
      if (!EXPRS.getOrDefault(c[0], Set.of()).contains(c[1])) {
        throw new VerifyError(head.line() + ": " + head.callee() + " is not an expression");
      }
      args(head, c, ctx);
    }

    void stats(List<PslFile> roots) {
      int[] lines = roots.stream().mapToInt(f -> f.lines).sorted().toArray();
      List<Klass> corpus = m.corpusClasses();
      Set<String> corpusNames = corpus.stream().map(k -> k.name).collect(Collectors.toSet());
      long cu = classesUsed.stream().filter(corpusNames::contains).count();
      long cd = classesDeclared.stream().filter(corpusNames::contains).count();
      int epsTotal = 0;
      int methodsTotal = 0;
      Set<String> ifacesTotal = new HashSet<>();
      for (Klass k : corpus) {
        epsTotal += k.eps.size();
        for (Ep e : k.eps) {
          methodsTotal += m.idls.get(e.iface()).methods().size();
          ifacesTotal.add(e.iface());
        }
      }
      long eu = endpointsUsed.stream().filter(s -> corpusNames.contains(s.substring(0, s.indexOf('/')))).count();
      long mu = methodsUsed.stream().filter(s -> corpusNames.contains(s.substring(0, s.indexOf('/')))).count();
      long iu = interfacesUsed.stream().filter(ifacesTotal::contains).count();
      System.out.printf("files: %d (%d roots, %d fragments)%n", files.size(), roots.size(), files.size() - roots.size());
      if (lines.length > 0) {
        int[] buckets = new int[5];
        for (int l : lines) {
          buckets[l < 60 ? 0 : l < 100 ? 1 : l < 200 ? 2 : l < 300 ? 3 : 4]++;
        }
        System.out.printf("root lines: min %d, median %d, max %d, total %d; <60: %d, 60-99: %d, 100-199: %d, "
                + "200-299: %d, >=300: %d%n", lines[0], median(lines), lines[lines.length - 1],
            Arrays.stream(lines).sum(), buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
      }
      System.out.printf("corpus classes: %d of %d declared (use EDL), %d of %d in selectors%n",
          cd, corpus.size(), cu, corpus.size());
      System.out.printf("corpus endpoints in endpoint=/interface=/component= selectors: %d of %d (%.1f %%), "
              + "their interfaces: %d of %d%n", eu, epsTotal, 100.0 * eu / Math.max(1, epsTotal), iu, ifacesTotal.size());
      System.out.printf("corpus (endpoint, method) pairs in method= selectors: %d of %d (%.1f %%); "
          + "message field uses: %d%n", mu, methodsTotal, 100.0 * mu / Math.max(1, methodsTotal), messageChecks);
    }
  }
}
