package org.kos.audit.danger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The danger notes of every kl.core method, one source of truth: {@code dangers.tsv}, bundled by
 * nk-compiler next to the kl.core IDL it annotates ({@code org/kos/nkc/sdk/kl/core/}), so that a
 * method and its note change together. docs/kernel.md's table is kept in step with it by a test.
 */
public final class KernelDangers {
  /** The resource, on the class path through nk-compiler. */
  public static final String RESOURCE = "org/kos/nkc/sdk/kl/core/dangers.tsv";
  /** The categories a row may carry (docs/audit.md says what each means). */
  public static final Set<String> CATEGORIES = Set.of(Danger.NONE, "denial-of-service", "covert-channel",
      "device-access", "code-execution", "information-leak", "system-state", "privilege", Danger.HANDLE_TRANSFER);

  private static volatile KernelDangers bundled;

  private final List<Danger> rows;
  private final Map<String, Danger> byKey = new LinkedHashMap<>();

  private KernelDangers(List<Danger> rows) {
    this.rows = List.copyOf(rows);
    rows.forEach(d -> byKey.put(d.iface() + "." + d.method(), d));
  }

  /** The bundled table. */
  public static KernelDangers bundled() {
    KernelDangers k = bundled;
    if (k == null) {
      try (InputStream in = KernelDangers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the class path (nk-compiler bundles it)");
        }
        k = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = k;
    }
    return k;
  }

  /** Reads the TSV: comment lines start with '#'; five tab-separated columns; {@code \n} and {@code \\} escaped. */
  public static KernelDangers parse(String text) {
    List<Danger> rows = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": 5 tab-separated columns expected, not " + f.length);
        }
        List<String> categories = Arrays.asList(f[2].split(","));
        for (String c : categories) {
          if (!CATEGORIES.contains(c)) {
            throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": unknown category '" + c + "'");
          }
        }
        rows.add(new Danger(f[0], f[1], categories, f[3], unescape(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KernelDangers(rows);
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Every row, in the seed's order. */
  public List<Danger> rows() {
    return rows;
  }

  /**
   * The danger of a method of a kl.core interface, by the interface's full name ({@code kl.core.Task})
   * or short one ({@code Task}); a {@code *} row answers for every method of its interface.
   */
  public Optional<Danger> of(String iface, String method) {
    String shortName = iface.startsWith("kl.core.") ? iface.substring("kl.core.".length()) : iface;
    Danger d = byKey.get(shortName + "." + method);
    return Optional.ofNullable(d != null ? d : byKey.get(shortName + ".*"));
  }
}
