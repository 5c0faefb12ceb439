package org.kos.confinement;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.objectweb.asm.Type;

/** Members as people read them: {@code java.lang.System.exit(int)}, {@code new java.io.File(java.lang.String)}. */
final class JavaNames {
  private JavaNames() {}

  static String className(String internalName) {
    return internalName.replace('/', '.');
  }

  /** A method ({@code desc} a method descriptor) or, with {@code desc} null, a field. */
  static String member(String owner, String name, String desc) {
    String cls = className(owner);
    if (desc == null) {
      return cls + "." + name;
    }
    String params = Arrays.stream(Type.getArgumentTypes(desc)).map(Type::getClassName)
        .collect(Collectors.joining(", ", "(", ")"));
    return name.equals("<init>") ? "new " + cls + params : cls + "." + name + params;
  }

  /** The dotted package of an internal name, "" for the unnamed package. */
  static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : className(internalName.substring(0, slash));
  }
}
