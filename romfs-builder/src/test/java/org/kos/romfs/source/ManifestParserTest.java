package org.kos.romfs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.romfs.EntryType;
import org.kos.romfs.TestData;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;

class ManifestParserTest {
  private static ManifestException errors(String... lines) {
    return assertThrows(ManifestException.class,
        () -> new ManifestParser(Exclusions.NONE).parse("m.txt", List.of(lines), TestData.ROOT));
  }

  @Test
  void unknownTypeIsReportedWithItsIdLineColumnAndWidth() {
    ManifestException e = errors("# c", "/x  fil  0644 tree/a");
    ManifestException.Problem p = e.problems().get(0);
    assertEquals(List.of("RF0002", 2, 5, 3), List.of(p.id(), p.line(), p.column(), p.length()));
    assertTrue(e.getMessage().startsWith("m.txt:2:5: error[RF0002]: unknown entry type 'fil'"), e.getMessage());
  }

  @Test
  void aPathGivenTwiceNamesTheFirstLine() {
    ManifestException e = errors("/etc dir 0755", "/run dir 0755", "/etc dir 0700");
    assertEquals("RF0011", e.problems().get(0).id());
    assertTrue(e.problems().get(0).message().contains("first on line 1"), e.problems().get(0).message());
  }

  @Test
  void aDirectoryCreatedAsAParentMayBeListedLaterButNotAsAFile() throws Exception {
    ImageTree t = new ManifestParser(Exclusions.NONE).parse("m", List.of("/a/b dir 0700", "/a dir 0700"), TestData.ROOT)
        .build(EntryOrder.BYTEWISE);
    assertEquals(0700, t.get("a").orElseThrow().mode());
    assertEquals("RF0012", errors("/a/b dir 0700", "/a pipe 0600").problems().get(0).id());
    assertEquals("RF0012", errors("/a pipe 0600", "/a/b dir 0700").problems().get(0).id());
  }

  @Test
  void linesEndAtNewlineCarriageReturnOrBoth() throws Exception {
    ImageTree t = new ManifestParser(Exclusions.NONE).parse("m", "/a dir 0700\r\n/b dir 0700\r/c dir 0700\n/d dir 0700", TestData.ROOT)
        .build(EntryOrder.BYTEWISE);
    assertEquals(4, t.size());
    ManifestException e = assertThrows(ManifestException.class,
        () -> new ManifestParser(Exclusions.NONE).parse("m", "/a dir 0700\r\n/b dir 0700\r/c dir 07x0", TestData.ROOT));
    assertEquals(3, e.problems().get(0).line());
  }

  @Test
  void everyBadLineIsReportedNotOnlyTheFirst() {
    ManifestException e = errors("/a file 0999 tree/a", "/b file 0644 no/such/file", "/../c dir 0755");
    assertEquals(3, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("octal"));
    assertTrue(e.problems().get(1).message().contains("does not exist or cannot be read"));
    assertTrue(e.problems().get(2).message().contains("'..' is not allowed"));
  }

  @Test
  void hardLinkMustFollowItsTarget() {
    assertTrue(errors("/l hlink 0644 /a", "/a file 0644 tree/a").problems().get(0).message().contains("listed above"));
  }

  @Test
  void missingParentsBecomeDirectoriesAndExclusionsApply() throws Exception {
    ImageTree t = new ManifestParser(new Exclusions(List.of(new org.kos.romfs.PathPattern("*.tmp"))))
        .parse("m", List.of("/a/b/c file 0600 tree/a", "/a/junk.tmp file 0644 tree/a", "/dev/null nod 0666 c 1 3"), TestData.ROOT)
        .build(EntryOrder.BYTEWISE);
    assertEquals(EntryType.DIRECTORY, t.get("a/b").orElseThrow().type());
    assertEquals(0755, t.get("a/b").orElseThrow().mode());
    assertTrue(t.get("a/junk.tmp").isEmpty());
    assertEquals(3, t.get("dev/null").orElseThrow().minor());
  }
}
