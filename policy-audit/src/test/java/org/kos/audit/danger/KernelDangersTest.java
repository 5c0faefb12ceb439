package org.kos.audit.danger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;

/** dangers.tsv, the kl.core IDL beside it and docs/kernel.md's table in step. */
class KernelDangersTest {
  private static final Path KL_CORE = Path.of("..", "nk-compiler", "src", "main", "resources", "org", "kos", "nkc",
      "sdk", "kl", "core");
  private static final Path KERNEL_MD = Path.of("..", "docs", "kernel.md");
  private static final Pattern ROW = Pattern.compile("^\\| (\\w+) \\| ([^|]+?) \\| ([^|]+?) \\| ([^|]+?) \\|$");

  @Test
  void docsKernelTableIsTheDataInShort() throws IOException {
    List<String> doc = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(KERNEL_MD)) {
      if (line.startsWith("## ")) {
        in = line.equals("## The kl.core endpoints");
        continue;
      }
      Matcher m = ROW.matcher(line);
      if (in && m.matches() && !m.group(1).equals("interface")) {
        String method = m.group(2).startsWith("* ") ? "*" : m.group(2);
        doc.add(m.group(1) + " | " + method + " | " + m.group(4));
      }
    }
    List<String> data = KernelDangers.bundled().rows().stream()
        .map(d -> d.iface() + " | " + d.method() + " | " + d.shortNote()).toList();
    assertEquals(String.join("\n", data), String.join("\n", doc),
        "docs/kernel.md's kl.core table and dangers.tsv differ: change both");
  }

  @Test
  void everyKlCoreMethodHasARowAndEveryRowAMethod() throws IOException {
    List<Path> idl;
    try (Stream<Path> s = Files.list(KL_CORE)) {
      idl = s.filter(p -> p.toString().endsWith(".idl")).sorted().toList();
    }
    CompileResult r = NkCompiler.compile(CompileRequest.of(idl, List.of(KL_CORE.getParent().getParent())));
    assertFalse(r.hasErrors(), r.diagnostics()::toString);
    Model model = r.model().orElseThrow();
    TreeSet<String> methods = new TreeSet<>();
    TreeSet<String> emptyInterfaces = new TreeSet<>();
    for (Path p : idl) {
      String name = p.getFileName().toString().replace(".idl", "");
      Interface i = model.iface("kl.core." + name).orElse(null);
      if (i == null) {
        continue; // Common, Types: no interface
      }
      if (i.methods().isEmpty()) {
        emptyInterfaces.add(name + ".*");
      }
      for (Method m : i.methods()) {
        methods.add(name + "." + m.name());
      }
    }
    methods.addAll(emptyInterfaces);
    TreeSet<String> rows = new TreeSet<>();
    KernelDangers.bundled().rows().forEach(d -> rows.add(d.iface() + "." + d.method()));
    assertEquals(methods, rows);
  }

  @Test
  void aMethodWithoutNoteHasNoCategoryAndNoShortNote() {
    for (Danger d : KernelDangers.bundled().rows()) {
      boolean none = d.note().equals("N/A");
      assertEquals(none, !d.dangerous(), d.iface() + "." + d.method());
      assertEquals(none, d.shortNote().equals("none"), d.iface() + "." + d.method());
    }
  }

  @Test
  void notesAreTheSeedsTextWithItsLineBreaks() {
    Danger allocate = KernelDangers.bundled().of("kl.core.VMM", "Allocate").orElseThrow();
    assertEquals("Allows the following:\n\n  • Exhaust the kernel memory by creating a multitude of objects within it.\n"
        + "  • Exhaust the RAM.", allocate.note());
    assertEquals(List.of("denial-of-service"), allocate.categories());
  }

  @Test
  void aStarRowAnswersForEveryMethodOfItsInterface() {
    assertTrue(KernelDangers.bundled().of("kl.core.Hypervisor", "Anything").orElseThrow().dangerous());
  }
}
