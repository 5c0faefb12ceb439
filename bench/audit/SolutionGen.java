import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the solution of the audit benchmark (bench/solution-audit.sh) to OUT: {@code classes} task
 * classes (default 50) with their EDLs and the IDLs they serve under OUT/nk, an init.yaml that runs
 * one task of each class and connects each to the next two (the last ones to fewer: no cycle), and a least-privilege-style
 * security.psl of about 40 lines per class (about 2,000 lines for 50 classes): for each connection,
 * per endpoint and method, a {@code grant ()}, an {@code assert}/{@code deny} on a message field, or a
 * Flow state check; responses mirrored; a few kernel methods per class (some of them dangerous ones),
 * and, for every tenth class, one call to a class it is not connected to. Deterministic: the output
 * depends only on the count.
 *
 * <pre>
 *   java SolutionGen.java OUT [classes]
 * </pre>
 */
public final class SolutionGen {
  static final int INTERFACES = 20;
  static final int METHODS = 6;
  static final int LINKS = 2;
  static final String[][] KERNEL = {
      {"thread.Thread", "Sleep"}, {"time.Time", "SetSystemTime"}, {"vmm.VMM", "Allocate"}, {"task.Task", "Exit"},
      {"sync.Sync", "Wait"}, {"task.Task", "Create"}, {"handle.Handle", "Copy"}};

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java SolutionGen.java OUT [classes]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path nk = out.resolve("nk/bench");
    Files.createDirectories(nk);
    for (int i = 0; i < INTERFACES; i++) {
      StringBuilder b = new StringBuilder("package bench.I" + i + "\n\ninterface {\n");
      for (int m = 0; m < METHODS; m++) {
        b.append("    M").append(m).append("(in UInt32 a, in UInt32 b, out UInt32 r);\n");
      }
      write(nk.resolve("I" + i + ".idl"), b.append("}\n").toString());
    }
    for (int k = 0; k < n; k++) {
      write(nk.resolve(cls(k) + ".edl"), "entity bench." + cls(k) + "\n\nendpoints {\n    a : bench.I" + ifaceA(k)
          + "\n    b : bench.I" + ifaceB(k) + "\n}\n");
    }
    StringBuilder init = new StringBuilder("# The audit benchmark's solution: one task per class, each connected to the next "
        + LINKS + " (no cycle).\nentities:\n");
    for (int k = 0; k < n; k++) {
      init.append("- name: bench.").append(cls(k)).append("\n  task: ").append(task(k)).append('\n');
      if (k + 1 < n) {
        init.append("  connections:\n");
      }
      for (int l = 1; l <= LINKS && k + l < n; l++) {
        int s = k + l;
        init.append("  - {target: ").append(task(s)).append(", id: c").append(l).append("}\n");
      }
    }
    write(out.resolve("init.yaml"), init.toString());
    write(out.resolve("security.psl"), policy(n));
  }

  static String policy(int n) {
    List<String> p = new ArrayList<>();
    p.add("/* The audit benchmark's policy (bench/audit/SolutionGen.java): " + n + " classes. */");
    p.add("execute: kl.core.Execute");
    p.add("use nk.base._");
    p.add("use nk.flow._");
    p.add("use EDL Einit");
    p.add("use EDL kl.core.Core");
    for (int k = 0; k < n; k++) {
      p.add("use EDL bench." + cls(k));
    }
    p.add("");
    p.add("policy object session : Flow {");
    p.add("    type State = \"idle\" | \"open\" | \"closed\"");
    p.add("    config = { states : [\"idle\", \"open\", \"closed\"], initial : \"idle\",");
    p.add("               transitions : { \"idle\" : [\"open\"], \"open\" : [\"closed\"], \"closed\" : [\"idle\"] } }");
    p.add("}");
    p.add("");
    p.add("execute {");
    p.add("    match src=kl.core.Core { match dst=kl.core.Core { grant () }  match dst=Einit { grant () } }");
    p.add("    match src=Einit {");
    for (int k = 0; k < n; k++) {
      p.add("        match dst=bench." + cls(k) + (k % 5 == 0 ? " { session.init {sid : dst_sid} }" : " { grant () }"));
    }
    p.add("    }");
    p.add("}");
    p.add("");
    p.add("request {");
    for (int k = 0; k < n; k++) {
      p.add("    match src=bench." + cls(k) + " {");
      for (int l = 1; l <= LINKS && k + l < n; l++) {
        int s = k + l;
        for (String ep : List.of("a", "b")) {
          p.add("        match dst=bench." + cls(s) + ", endpoint=" + ep + " {");
          for (int m = 0; m < METHODS; m++) {
            int shape = (k + l + m + (ep.equals("a") ? 0 : 3)) % 6;
            String body = switch (shape) {
              case 0, 1 -> "grant ()";
              case 2 -> "assert (message.a < " + (100 + k) + ")";
              case 3 -> "deny (message.b > " + (1000 + m) + ")";
              case 4 -> "choice (session.query {sid : src_sid}) { \"open\" : grant ()  _ : deny () }";
              default -> "grant ()  assert (message.a != message.b)";
            };
            if (m == METHODS - 1 && k % 7 == 0) {
              body = "deny ()"; // never: not listed
            }
            p.add("            match method=M" + m + " { " + body + " }");
          }
          p.add("        }");
        }
      }
      if (k % 10 == 9) {
        int far = (k + n / 2) % n;
        p.add("        match dst=bench." + cls(far) + ", endpoint=a, method=M0 { grant () }   // over-granted");
      }
      p.add("        match dst=kl.core.Core {");
      for (int j = 0; j < 3; j++) {
        String[] km = KERNEL[(k + j) % KERNEL.length];
        String body = j == 2 && k % 3 == 0 ? "assert (message.mdelay < 1000)" : "grant ()";
        if (!km[1].equals("Sleep")) {
          body = "grant ()";
        }
        p.add("            match endpoint=" + km[0] + ", method=" + km[1] + " { " + body + " }");
      }
      p.add("        }");
      p.add("    }");
    }
    p.add("}");
    p.add("");
    p.add("response {");
    for (int k = 0; k < n; k++) {
      p.add("    match src=bench." + cls(k) + " { grant () }");
    }
    p.add("    match src=kl.core.Core { grant () }");
    p.add("}");
    p.add("");
    p.add("error { grant () }");
    return String.join("\n", p) + "\n";
  }

  static int ifaceA(int k) {
    return k % INTERFACES;
  }

  static int ifaceB(int k) {
    return (k * 7 + 3) % INTERFACES;
  }

  static String cls(int k) {
    return String.format(Locale.ROOT, "C%02d", k);
  }

  static String task(int k) {
    return String.format(Locale.ROOT, "t%02d", k);
  }

  static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
