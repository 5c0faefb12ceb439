package org.kos.nkc.ir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.kos.io.AtomicFiles;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;

/**
 * Renders a model and its layout as IR JSON: object keys in a fixed order, maps sorted by name,
 * lists in declaration order, two-space indentation, {@code \n} line ends and a final newline, so
 * the same model always gives the same bytes. File paths are left out on purpose: the IR depends
 * on what the files say, not on where they were read from.
 */
public final class Ir {
  /**
   * The IR format version. Bump it when a consumer written for the previous version could
   * misread the new output (a field removed, renamed or given another meaning); adding fields does
   * not need a bump.
   */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private Ir() {}

  /** The IR document as a tree. */
  public static ObjectNode tree(Model model, Layout layout) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("irVersion", VERSION);
    new ModelJson(root).add(model);
    root.set("layout", new LayoutJson(MAPPER).of(layout));
    return root;
  }

  /** The IR document as text. */
  public static String render(Model model, Layout layout) {
    try {
      return WRITER.writeValueAsString(tree(model, layout)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an IR tree always serialises", e);
    }
  }

  /** Writes the IR atomically (see {@link AtomicFiles}). */
  public static void write(Path target, String text) throws IOException {
    AtomicFiles.write(target, text);
  }

  /**
   * The JSON writer of every kos IR (this one, the PSL IR): two-space indentation, {@code \n} line
   * ends, {@code "key": value}, empty objects and arrays as {@code {}} and {@code []}.
   */
  public static ObjectWriter jsonWriter() {
    return WRITER;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
