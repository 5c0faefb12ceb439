package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * NK names to Java names, as {@code docs/java-stubs.md} lists them: IDL package {@code a.b.Name}
 * is type {@code Name} in Java package {@code a.b} (after the optional prefix), components and
 * classes get a {@code Component}/{@code Entity} suffix, methods are lower camel case, and any
 * identifier that is a Java keyword or clashes with a generated name gets a trailing {@code _}.
 */
final class Names {
  /** Methods every object has; an IDL method called so would override or overload them. */
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString",
      "clone", "finalize", "notify", "notifyAll", "wait");

  private final String prefix;

  Names(JavaOptions options) {
    this.prefix = options.javaPackagePrefix() == null || options.javaPackagePrefix().isBlank()
        ? null : options.javaPackagePrefix();
  }

  /** The Java package of an NK name {@code a.b.Name}: {@code a.b} (prefixed), see the class comment. */
  String javaPackage(String nkName) {
    int dot = nkName.lastIndexOf('.');
    String own = dot < 0 ? null : nkName.substring(0, dot);
    String pkg;
    if (prefix == null) {
      pkg = own != null ? own : nkName.toLowerCase(Locale.ROOT);
    } else {
      pkg = own != null ? prefix + "." + own : prefix;
    }
    StringBuilder b = new StringBuilder();
    for (String part : pkg.split("\\.")) {
      b.append(b.length() == 0 ? "" : ".").append(identifier(part));
    }
    return b.toString();
  }

  static String simpleName(String nkName) {
    return identifier(nkName.substring(nkName.lastIndexOf('.') + 1));
  }

  /** The type of an IDL package: {@code a.b.Name}. */
  ClassName packageType(String idlPackage) {
    return ClassName.get(javaPackage(idlPackage), simpleName(idlPackage));
  }

  /** A sibling of the package type with a suffix: {@code a.b.NameCodec}, {@code NameProxy}, ... */
  ClassName packageClass(String idlPackage, String suffix) {
    return ClassName.get(javaPackage(idlPackage), simpleName(idlPackage) + suffix);
  }

  /** {@code a.b.CComponent} or {@code a.b.EEntity}. */
  ClassName componentClass(String name, boolean isClass) {
    return ClassName.get(javaPackage(name), simpleName(name) + (isClass ? "Entity" : "Component"));
  }

  /** A Java identifier for an NK identifier: keywords and reserved words get a trailing '_'. */
  static String identifier(String name) {
    return SourceVersion.isName(name) ? name : name + "_";
  }

  /** {@code DoThing} → {@code doThing}. */
  static String method(String nkName) {
    return member(Character.toLowerCase(nkName.charAt(0)) + nkName.substring(1));
  }

  /**
   * A record component, parameter or method name: an identifier that does not collide with the
   * methods of {@code Object} (a record component {@code toString} would).
   */
  static String member(String name) {
    return OBJECT_METHODS.contains(name) ? name + "_" : identifier(name);
  }

  /** {@code doThing} or {@code do_thing} → {@code DoThing}. */
  static String upperCamel(String name) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** {@code DoThing} → {@code DO_THING}; {@code cserver.ping} → {@code CSERVER_PING}. */
  static String constant(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.' || c == '_') {
        b.append('_');
        continue;
      }
      boolean boundary = i > 0 && Character.isUpperCase(c)
          && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
              || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                  && Character.isUpperCase(name.charAt(i - 1))));
      if (boundary) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }
}
