package org.kos.confinement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;

/**
 * Checks a program's bytecode against the allow-list: every reference that executes (a call, a
 * field access, {@code new}, a bootstrap method and the method handles it is given, a superclass
 * or interface) and every {@code native} method. Types that only appear in descriptors,
 * signatures, casts, {@code instanceof}, array creation, class constants and annotations are inert
 * and not checked. Immutable and thread-safe.
 */
public final class ProgramVerifier {
  /** The packages of the API a program sees besides the platform. */
  public static final Set<String> DEFAULT_API_PACKAGES = Set.of("org.kos.nk", "org.kos.rc", "org.kos.libkos", "kl.core");

  private final Set<String> apiPackages;
  private final AllowList allowList;

  /** With the default API packages and the platform's allow-list. */
  public ProgramVerifier() {
    this(DEFAULT_API_PACKAGES, AllowList.platform());
  }

  /** With {@code apiPackages} (dotted, whole packages) and the platform's allow-list. */
  public ProgramVerifier(Set<String> apiPackages) {
    this(apiPackages, AllowList.platform());
  }

  public ProgramVerifier(Set<String> apiPackages, AllowList allowList) {
    this.apiPackages = Set.copyOf(apiPackages);
    this.allowList = allowList;
  }

  /**
   * Every refused reference of the program whose jar holds {@code entries} (entry name → bytes;
   * entries other than class files are ignored), one per class, method, line and reference, in
   * {@link Violation#ORDER}.
   */
  public List<Violation> verify(Map<String, byte[]> entries) {
    return verify(ProgramClasses.of(entries));
  }

  /** As {@link #verify(Map)}, for classes already read. */
  public List<Violation> verify(ProgramClasses program) {
    ReferenceChecker checker = new ReferenceChecker(allowList, apiPackages, program);
    TreeSet<Violation> found = new TreeSet<>(Violation.ORDER);
    for (byte[] classFile : program.classFiles().values()) {
      scan(classFile, checker, found);
    }
    return List.copyOf(found);
  }

  /**
   * The violations of one class file of {@code program} (a loader that defines classes one at a
   * time checks each as it comes), in {@link Violation#ORDER}.
   */
  public List<Violation> verifyClass(ProgramClasses program, byte[] classFile) {
    TreeSet<Violation> found = new TreeSet<>(Violation.ORDER);
    scan(classFile, new ReferenceChecker(allowList, apiPackages, program), found);
    return List.copyOf(found);
  }

  private static void scan(byte[] classFile, ReferenceChecker checker, TreeSet<Violation> found) {
    new ClassReader(classFile).accept(new ClassScanner(checker, found::add), ClassReader.SKIP_FRAMES);
  }
}
