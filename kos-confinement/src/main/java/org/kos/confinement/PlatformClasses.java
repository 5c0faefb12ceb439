package org.kos.confinement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java platform a program's loader can see: the packages of the boot layer's modules defined
 * to the boot or platform loader, and their classes' headers, read as class files so that nothing
 * is loaded or initialized.
 */
final class PlatformClasses {
  private static final Map<String, Module> PACKAGES = packages();
  private static final Map<String, Optional<ClassHeader>> HEADERS = new ConcurrentHashMap<>();

  private PlatformClasses() {}

  private static Map<String, Module> packages() {
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    Map<String, Module> m = new HashMap<>();
    for (Module module : ModuleLayer.boot().modules()) {
      ClassLoader l = module.getClassLoader();
      if (l == null || l == platform) {
        for (String p : module.getPackages()) {
          m.put(p, module);
        }
      }
    }
    return Map.copyOf(m);
  }

  /** Whether the dotted package belongs to the platform. */
  static boolean isPlatformPackage(String pkg) {
    return PACKAGES.containsKey(pkg);
  }

  /** The header of a platform class by internal name, or null when there is no such class. */
  static ClassHeader header(String internalName) {
    return HEADERS.computeIfAbsent(internalName, PlatformClasses::read).orElse(null);
  }

  private static Optional<ClassHeader> read(String internalName) {
    int slash = internalName.lastIndexOf('/');
    Module module = slash < 0 ? null : PACKAGES.get(internalName.substring(0, slash).replace('/', '.'));
    if (module == null) {
      return Optional.empty();
    }
    try (InputStream in = module.getResourceAsStream(internalName + ".class")) {
      return in == null ? Optional.empty() : Optional.of(ClassHeader.read(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
