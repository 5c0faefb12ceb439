package org.kos.cli.nk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.ir.Ir;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.source.MemoryRoot;

/**
 * Loads and warms the compiler on a second core while the main thread builds the command line.
 * Building picocli's model takes a few hundred milliseconds on one core; a cold compiler needs
 * about a hundred more to load its classes before it reads the first file. Doing the latter in
 * parallel with the former takes it off a short {@code kos nk check}'s critical path. The warm-up
 * compiles a tiny in-memory solution and touches nothing on disk.
 */
public final class NkWarmUp {
  private static final Map<String, String> FILES = new TreeMap<>(Map.of(
      "warm/P.idl", """
          package warm.P
          import kl.core.Types
          const UInt32 N = (1 << 4) + 0x10;
          typedef string<N> S;
          struct R { Char a; S s; sequence<UInt16, 3> q; array<UInt32, 2> v; }
          union U { R r; UInt64 n; }
          interface { M(in R r, in Handle h, out U u, error SInt32 e); }
          """,
      "warm/C.cdl", "component warm.C\nendpoints { p : warm.P }\n",
      "warm/T.edl", "task class warm.T\ncomponents { c : warm.C }\nendpoints { q : warm.P }\n"));

  private NkWarmUp() {}

  /** Starts the warm-up in a daemon thread when {@code args} run a compiling {@code kos nk} subcommand. */
  public static void startFor(String[] args) {
    if (!compiles(args) || Runtime.getRuntime().availableProcessors() < 2) {
      return; // on one core the warm-up would only compete with the real work
    }
    boolean ir = args[1].equals("ir");
    Thread t = new Thread(() -> run(ir), "nk-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** {@code kos nk check ...} or {@code kos nk ir ...}. */
  static boolean compiles(String[] args) {
    return args.length >= 2 && args[0].equals("nk") && (args[1].equals("check") || args[1].equals("ir"));
  }

  static void run(boolean ir) {
    try {
      CompileResult r = compileWarmUpSolution();
      if (ir && r.model().isPresent()) {
        Ir.render(r.model().get(), Layout.of(r.model().get()));
      }
    } catch (IOException | RuntimeException e) {
      // Only an optimisation: the real run reports whatever is wrong.
    }
  }

  static CompileResult compileWarmUpSolution() throws IOException {
    List<CompileRequest.Input> in = new ArrayList<>();
    FILES.forEach((p, t) -> in.add(CompileRequest.Input.of(new SourceFile(p, t))));
    return NkCompiler.compile(new CompileRequest(in, List.of(new MemoryRoot("warm-up", FILES)), true, false));
  }
}
