package org.kos.kernel.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.kos.confinement.ProgramClasses;
import org.kos.confinement.ProgramVerifier;
import org.kos.confinement.ThreadAccounting;
import org.kos.confinement.Violation;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * An executable jar: its classes are defined by a loader of its own whose parent shows only the
 * public API, and running it calls the {@code public static void main(String[])} of its
 * {@code Main-Class}.
 */
public final class JarProgram implements Program {
  private final Loader loader;
  private final Method main;

  private JarProgram(Loader loader, Method main) {
    this.loader = loader;
    this.main = main;
  }

  /** Reads the jar; rcInvalidArgument when it is no jar or has no usable Main-Class. */
  public static JarProgram load(String path, byte[] jar) throws RetcodeException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new RetcodeException(Retcode.rcInvalidArgument, path + " is not a readable jar: " + e.getMessage());
    }
    byte[] mf = entries.get("META-INF/MANIFEST.MF");
    String mainClass = null;
    if (mf != null) {
      try {
        mainClass = new Manifest(new ByteArrayInputStream(mf)).getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
      } catch (IOException e) {
        throw new RetcodeException(Retcode.rcInvalidArgument, path + ": unreadable manifest: " + e.getMessage());
      }
    }
    if (mainClass == null) {
      throw new RetcodeException(Retcode.rcInvalidArgument, path + " has no Main-Class in its manifest");
    }
    ProgramClasses classes = confined(path, entries);
    Loader loader = new Loader(path, entries, new ThreadAccounting(classes),
        new ApiOnlyClassLoader(JarProgram.class.getClassLoader()));
    try {
      Method m = loader.loadClass(mainClass).getMethod("main", String[].class);
      if (!Modifier.isStatic(m.getModifiers())) {
        throw new RetcodeException(Retcode.rcInvalidArgument, path + ": " + mainClass + ".main is not static");
      }
      return new JarProgram(loader, m);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      throw new RetcodeException(Retcode.rcInvalidArgument,
          path + ": cannot load " + mainClass + ".main(String[]): " + e);
    }
  }

  @Override
  public void main(String[] args) throws Exception {
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Most refusals a message lists; the build's check lists them all. */
  private static final int LISTED = 20;

  /**
   * The jar's classes, checked against what programs may use (docs/confinement.md) as the build
   * checked them: an image can be made by other means, so the kernel checks again and refuses to
   * link a program with any forbidden reference (rcInvalidArgument naming each).
   */
  private static ProgramClasses confined(String path, Map<String, byte[]> entries) throws RetcodeException {
    ProgramClasses classes;
    try {
      classes = ProgramClasses.of(entries);
    } catch (IllegalArgumentException e) {
      throw new RetcodeException(Retcode.rcInvalidArgument, path + ": " + e.getMessage());
    }
    List<Violation> refused = VERIFIER.verify(classes);
    if (refused.isEmpty()) {
      return classes;
    }
    StringBuilder why = new StringBuilder(path).append(" is not loaded: it uses what programs may not use");
    for (Violation v : refused.subList(0, Math.min(LISTED, refused.size()))) {
      why.append("\n  ").append(v.format());
    }
    if (refused.size() > LISTED) {
      why.append("\n  ... and ").append(refused.size() - LISTED).append(" more");
    }
    throw new RetcodeException(Retcode.rcInvalidArgument, why.toString());
  }

  private static final ProgramVerifier VERIFIER = new ProgramVerifier(ApiOnlyClassLoader.API_PACKAGES);

  @Override
  public ClassLoader classLoader() {
    return loader;
  }

  /** Defines the jar's classes on demand and serves its other files as resources. */
  private static final class Loader extends ClassLoader {
    private final Map<String, byte[]> entries;
    private final ThreadAccounting threads;

    Loader(String name, Map<String, byte[]> entries, ThreadAccounting threads, ClassLoader parent) {
      super(name, parent);
      this.entries = entries;
      this.threads = threads;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = entries.get(name.replace('.', '/') + ".class");
      if (b == null || ApiOnlyClassLoader.isApi(name) || name.startsWith("org.kos.kernel.")) {
        throw new ClassNotFoundException(name);
      }
      byte[] counted = threads.rewrite(b);
      return defineClass(name, counted, 0, counted.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      byte[] b = entries.get(name);
      return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
    }
  }
}
