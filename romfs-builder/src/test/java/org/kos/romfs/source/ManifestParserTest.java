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
  void unknownTypeIsReportedAtItsColumn() {
    ManifestException e = errors("# c", "/x  fil  0644 tree/a");
    assertEquals(2, e.problems().get(0).line());
    assertEquals(5, e.problems().get(0).column());
    assertTrue(e.render().startsWith("m.txt:2:5: error: unknown entry type 'fil'"), e.render());
  }

  @Test
  void everyBadLineIsReportedNotOnlyTheFirst() {
    ManifestException e = errors("/a file 0999 tree/a", "/b file 0644 no/such/file", "/../c dir 0755");
    assertEquals(3, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("octal"));
    assertTrue(e.problems().get(1).message().contains("not a readable regular file"));
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
