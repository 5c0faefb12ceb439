package org.kos.nkc.vendor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kos.nkc.template.MacroExpander;
import org.kos.nkc.vendor.SdkPrograms.Program;

/**
 * The macros the vendor's CMake defines for {@code init.yaml.in} and {@code security.psl.in}
 * (sdk-components.md 3.1), with the values a plain build gives them when the user passes none:
 *
 * <ul>
 *   <li>{@code @INIT_EXTERNAL_ENTITIES@}: an entity block (init.yaml) or a {@code use <class>._} line
 *       (policy) per SDK program the project uses, and the programs those need. Computed by the
 *       caller from what the file names ({@link #initEntities}, {@link #policyUses}).
 *   <li>{@code @ROOTFS_ENTITY@}: {@code kl.VfsRamFs}, the root file system that needs no hardware.
 *   <li>{@code @INIT_<X>_PATH@}: {@code X}, the program's target name.
 *   <li>{@code @INIT_<X>_ENTITY_CONNECTIONS@}, {@code ..._CONNECTIONS+@}, {@code ..._ARGS@},
 *       {@code ..._ENV@}, {@code ..._ENV+@} and any other macro: empty, as for a target that links
 *       no SDK client library and a CMake variable that is not set.
 * </ul>
 * A value given with {@code -D} always wins, an empty one too.
 */
public final class VendorMacros {
  public static final String EXTERNAL_ENTITIES = "INIT_EXTERNAL_ENTITIES";
  public static final String ROOTFS_ENTITY = "ROOTFS_ENTITY";
  public static final String DEFAULT_ROOTFS = "kl.VfsRamFs";
  private static final Pattern PROGRAM_PATH = Pattern.compile("INIT_(.+)_PATH");

  private VendorMacros() {}

  /**
   * A value for every macro of {@code text}: the given one, else the plain build's default; the
   * given values for macros the text does not use are kept too. {@link #EXTERNAL_ENTITIES} defaults
   * to empty here: the caller computes it.
   */
  public static Map<String, String> values(String text, Map<String, String> given) {
    Map<String, String> values = new HashMap<>(given);
    for (String name : MacroExpander.names(text)) {
      values.putIfAbsent(name, defaultOf(name));
    }
    return values;
  }

  /** The plain build's value of one macro. */
  public static String defaultOf(String name) {
    if (name.equals(ROOTFS_ENTITY)) {
      return DEFAULT_ROOTFS;
    }
    Matcher m = PROGRAM_PATH.matcher(name);
    return m.matches() ? m.group(1) : "";
  }

  /**
   * The init.yaml entity blocks of these programs, as the vendor writes them (each followed by a
   * blank line); lines after the first are indented to {@code column}, where the macro stands.
   */
  public static String initEntities(List<Program> programs, int column) {
    String indent = " ".repeat(column);
    List<String> lines = new ArrayList<>();
    for (Program p : programs) {
      lines.add("- name: " + p.className());
      lines.add("  path: " + p.path());
      if (!p.clientOf().isEmpty()) {
        lines.add("  connections:");
        for (String server : p.clientOf()) {
          lines.add("  - target: " + server);
          lines.add("    id: " + server);
        }
      }
      if (!p.env().isEmpty()) {
        lines.add("  env:");
        p.env().forEach((k, v) -> lines.add("    " + k + ": \"" + v + "\""));
      }
      lines.add("");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append('\n').append(lines.get(i).isEmpty() ? "" : indent);
      }
      out.append(lines.get(i));
    }
    return out.toString();
  }

  /** The policy lines: {@code use <class>._} per program, one a line. */
  public static String policyUses(List<Program> programs) {
    StringBuilder out = new StringBuilder();
    for (Program p : programs) {
      out.append(out.length() == 0 ? "" : "\n").append("use ").append(p.className()).append("._");
    }
    return out.toString();
  }

  /** The SDK programs whose class names {@code text} mentions, in the order first mentioned. */
  public static List<String> programsNamedIn(String text) {
    Map<String, Integer> at = new HashMap<>();
    for (Program p : SdkPrograms.all()) {
      Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(p.className()) + "(?!\\w)").matcher(text);
      if (m.find()) {
        at.put(p.className(), m.start());
      }
    }
    return at.keySet().stream().sorted(Comparator.comparing(at::get)).toList();
  }
}
