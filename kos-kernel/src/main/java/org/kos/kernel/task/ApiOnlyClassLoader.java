package org.kos.kernel.task;

import java.util.Set;
import org.kos.confinement.ProgramVerifier;

/**
 * The parent of every program class loader: the Java platform, plus the public API of
 * kos-runtime (the NK ABI, return codes, the libkos facade, the kl.core stubs) from the kernel's own loader. The
 * kernel itself stays invisible, so a program cannot reach around the handle checks.
 */
final class ApiOnlyClassLoader extends ClassLoader {
  /** Packages of kos-runtime a program may use. */
  static final Set<String> API_PACKAGES = ProgramVerifier.DEFAULT_API_PACKAGES;

  private final ClassLoader kernel;

  ApiOnlyClassLoader(ClassLoader kernel) {
    super("kos-api", ClassLoader.getPlatformClassLoader());
    this.kernel = kernel;
  }

  static boolean isApi(String className) {
    int dot = className.lastIndexOf('.');
    return dot > 0 && API_PACKAGES.contains(className.substring(0, dot));
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isApi(name)) {
      return kernel.loadClass(name);
    }
    return super.loadClass(name, resolve);
  }
}
