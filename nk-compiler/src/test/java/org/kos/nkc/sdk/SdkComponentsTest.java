package org.kos.nkc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.nkc.CompileResult;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.InterfaceLayout;
import org.kos.nkc.layout.Layout;

/**
 * The SDK's standard programs and components bundled with the compiler (sdk-components.md): they
 * check, give the sizes the vendor's headers publish, and docs/nk-sdk.md's table lists each of them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SdkComponentsTest {
  private static final Path DOC = Path.of("..", "docs", "nk-sdk.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([\\w.]+)` \\| (class|component|interface|types) \\| `([\\w/.]+)` \\| (.*) \\| (.*) \\| ([\\d.]+) \\|$");
  private static final Set<String> STATUSES = Set.of("published", "partly published", "methods named",
      "declared, interface not published", "inferred");

  private static CompileResult compiled;
  private static Layout layout;

  @BeforeAll
  static void compile() throws IOException {
    compiled = SdkComponents.compile();
    layout = compiled.model().map(Layout::of).orElse(null);
  }

  /** A row of the table: the file, its kind, what it declares, its status. */
  private record Row(String name, String kind, String file, String what, String status) {}

  private static List<Row> table() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int from = lines.indexOf("## The SDK's standard components");
    assertTrue(from >= 0, "docs/nk-sdk.md has no section \"The SDK's standard components\"");
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(from, lines.size())) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
      }
    }
    return rows;
  }

  @Test
  void everyBundledComponentChecksWithoutDiagnostics() {
    assertEquals(List.of(), compiled.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void theVfsComponentHasTheVendorsArenaSize() {
    ComponentLayout vfs = layout.component("kl.Vfs");
    assertEquals(657_488, vfs.bounds().reqArena());
    assertEquals(657_488, vfs.bounds().resArena());
  }

  @Test
  void envReadHasTheVendorsArenaSizes() {
    InterfaceLayout env = layout.iface("kl.Env");
    assertEquals(128, env.bounds().reqArena());
    assertEquals(135_168, env.bounds().resArena());
  }

  @Test
  void klogStorageEntryHasTheSize13Asserts() {
    assertEquals(4_128, layout.struct("kl.KlogStorage.Entry").size());
  }

  @Test
  void interfaceAddressHasTheVendorsFixedSize() {
    assertEquals(36, layout.struct("kl.VfsTypes.VfsIfAddrT").size());
  }

  @Test
  void vfsFilesystemMethodsHaveTheMidsOfSdk12() {
    InterfaceLayout fs = layout.iface("kl.VfsFilesystem");
    assertEquals(92, fs.methods().size());
    assertEquals(List.of(28, 30, 33, 44, 50, 61, 89, 91), Stream.of("Open", "Read", "Write", "Close", "Socket",
        "Poll", "Ioctl", "Utimensat").map(m -> fs.method(m).mid()).toList());
    assertEquals(41, layout.iface("kl.VfsNetConfig").method("DnetIo").mid());
  }

  @Test
  void aClassAndAComponentOfOneNameKeepTheirOwnEndpoints() {
    assertEquals("WpaSupplicant.WpaSupplicant", layout.taskClass("wpa.WpaSupplicant").endpoints().get(0).name());
    assertEquals("WpaSupplicant", layout.component("wpa.WpaSupplicant").endpoints().get(0).name());
  }

  @Test
  void theDocsTableListsEveryBundledFileOnce() throws IOException {
    assertEquals(SdkComponents.files(), table().stream().map(Row::file).toList());
  }

  @Test
  void eachTableRowNamesItsFilesDeclaration() throws IOException {
    for (Row r : table()) {
      String ext = r.file().substring(r.file().length() - 3);
      String kind = switch (ext) {
        case "edl" -> "class";
        case "cdl" -> "component";
        default -> r.kind().equals("types") ? "types" : "interface";
      };
      assertEquals(kind, r.kind(), r.file());
      assertEquals(r.file().substring(0, r.file().length() - 4).replace('/', '.'), r.name(), r.file());
    }
  }

  @Test
  void eachTableRowShowsWhatItsFileDeclares() throws IOException {
    for (Row r : table()) {
      String expected = switch (r.kind()) {
        case "class" -> endpoints(layout.taskClass(r.name()));
        case "component" -> endpoints(layout.component(r.name()));
        case "interface" -> methods(layout.iface(r.name()));
        default -> "structures";
      };
      assertEquals(expected, r.what(), r.file());
    }
  }

  @Test
  void eachTableRowHasAKnownStatusAndOnlyEmptyDeclarationsAreUnpublished() throws IOException {
    for (Row r : table()) {
      assertTrue(STATUSES.contains(r.status()), r.file() + ": status " + r.status());
      if (r.status().equals("declared, interface not published")) {
        assertEquals("none", r.what(), r.file());
      }
    }
  }

  private static String endpoints(ComponentLayout c) {
    return c.endpoints().isEmpty() ? "none"
        : c.endpoints().stream().map(e -> "`" + e.name() + ": " + e.iface() + "`").collect(Collectors.joining(", "));
  }

  private static String methods(InterfaceLayout i) {
    int n = i.methods().size();
    return n == 0 ? "none" : n == 1 ? "1 method" : n + " methods";
  }
}
