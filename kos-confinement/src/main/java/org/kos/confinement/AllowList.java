package org.kos.confinement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a program may use of the Java platform: the rules of {@code platform-allow-list.txt} (its
 * header describes the format), looked up most specific first. Class names here are dotted, nested
 * classes with '$' ({@code java.lang.Thread$Builder}).
 */
public final class AllowList {
  /** The resource every check reads; docs/confinement.md shows it as a table. */
  public static final String RESOURCE = "platform-allow-list.txt";

  private static final class Platform {
    static final AllowList INSTANCE = load();

    private static AllowList load() {
      try (InputStream in = AllowList.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final List<AllowListEntry> entries;
  private final Map<String, AllowListEntry> classes = new HashMap<>();
  private final Map<String, AllowListEntry> packages = new HashMap<>();
  private final Map<String, AllowListEntry> packageTrees = new HashMap<>();
  private final Map<String, List<AllowListEntry>> membersByName = new HashMap<>();
  private final Set<String> bootstraps = new HashSet<>();

  private AllowList(List<AllowListEntry> entries) {
    this.entries = List.copyOf(entries);
    for (AllowListEntry e : entries) {
      switch (e.kind()) {
        case ALLOW_CLASS, DENY_CLASS -> put(classes, e.subject(), e);
        case ALLOW_PACKAGE, DENY_PACKAGE -> {
          if (e.subject().endsWith(".*")) {
            put(packageTrees, e.subject().substring(0, e.subject().length() - 2), e);
          } else {
            put(packages, e.subject(), e);
          }
        }
        case DENY_MEMBER -> membersByName.computeIfAbsent(e.member().name(), n -> new ArrayList<>()).add(e);
        case BOOTSTRAP -> bootstraps.add(e.subject());
      }
    }
  }

  private static void put(Map<String, AllowListEntry> map, String key, AllowListEntry e) {
    AllowListEntry old = map.putIfAbsent(key, e);
    if (old != null) {
      throw new IllegalArgumentException("line " + e.line() + ": " + key + " already has a rule on line " + old.line());
    }
  }

  /** The platform's allow-list, from {@link #RESOURCE}. */
  public static AllowList platform() {
    return Platform.INSTANCE;
  }

  /** Reads an allow-list in the format of {@link #RESOURCE}; a malformed line is an IllegalArgumentException. */
  public static AllowList parse(String text) {
    List<AllowListEntry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        AllowListEntry e = AllowListEntry.parse(line, n);
        if (e != null) {
          entries.add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AllowList(entries);
  }

  /** Every rule, in the order of the file. */
  public List<AllowListEntry> entries() {
    return entries;
  }

  /**
   * The class or package rule that decides {@code className} (an allow or a deny), or null when
   * no rule covers it.
   */
  AllowListEntry classRule(String className) {
    for (String c = className; ; ) {
      AllowListEntry e = classes.get(c);
      if (e != null) {
        return e;
      }
      int nest = c.lastIndexOf('$');
      if (nest <= c.lastIndexOf('.')) {
        break;
      }
      c = c.substring(0, nest);
    }
    int dot = className.lastIndexOf('.');
    String pkg = dot < 0 ? "" : className.substring(0, dot);
    AllowListEntry e = packages.get(pkg);
    for (String p = pkg; e == null && !p.isEmpty(); ) {
      e = packageTrees.get(p);
      int d = p.lastIndexOf('.');
      p = d < 0 ? "" : p.substring(0, d);
    }
    return e;
  }

  /** Whether some member rule names {@code name}: only then is a class's hierarchy worth walking. */
  boolean mayDenyMember(String name) {
    return membersByName.containsKey(name);
  }

  /**
   * The member rule of class {@code owner} (dotted) that refuses {@code name}, a method with the
   * descriptor {@code desc} or, with {@code desc} null, a field; null when none does.
   */
  AllowListEntry memberRule(String owner, String name, String desc) {
    List<AllowListEntry> candidates = membersByName.get(name);
    if (candidates == null) {
      return null;
    }
    for (AllowListEntry e : candidates) {
      if (e.member().owner().equals(owner) && e.member().matches(desc)) {
        return e;
      }
    }
    return null;
  }

  /** Whether invokedynamic may bootstrap through {@code owner} (dotted). */
  boolean isBootstrap(String owner) {
    return bootstraps.contains(owner);
  }
}
