package org.kos.nkc.javagen;

/**
 * How to generate: {@code javaPackagePrefix} (nullable) is put in front of every Java package
 * ({@code --java-package P}: IDL package {@code a.b.C} goes to Java package {@code P.a.b}).
 */
public record JavaOptions(String javaPackagePrefix) {
  public static final JavaOptions DEFAULT = new JavaOptions(null);
}
