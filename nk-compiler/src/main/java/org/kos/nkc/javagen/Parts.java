package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.kos.nkc.model.Interface;

/**
 * How a large interface's codec, proxy and dispatcher are split: a class file holds at most 65535
 * constants, and each method costs its codec some forty (names, records, constants) and its proxy
 * and dispatcher about a dozen, so one class stops compiling at a few thousand methods (javac:
 * "too many constants"). Above {@link #SPLIT_ABOVE} methods the per-method members go to nested
 * classes {@code Part<k>} of {@link #METHODS_PER_PART} methods each (method ids
 * {@code k*128 .. k*128+127}); smaller interfaces keep the one-class form byte for byte.
 */
final class Parts {
  /** Interfaces with more methods than this are split. */
  static final int SPLIT_ABOVE = 1024;
  /** One part per dispatcher switch block, so a part's switch is the block's. */
  static final int METHODS_PER_PART = DispatcherGen.METHODS_PER_SWITCH;

  private Parts() {}

  static boolean split(Interface i) {
    return i.methods().size() > SPLIT_ABOVE;
  }

  static int count(Interface i) {
    return (i.methods().size() + METHODS_PER_PART - 1) / METHODS_PER_PART;
  }

  static String name(int part) {
    return "Part" + part;
  }

  /** The class holding the codec members of method {@code mid}: the codec, or its part. */
  static ClassName codecOf(ClassName codec, Interface i, int mid) {
    return split(i) ? codec.nestedClass(name(mid / METHODS_PER_PART)) : codec;
  }

  /** An empty part: static, final, not instantiable; public in the codec, private elsewhere. */
  static TypeSpec.Builder part(int part, Modifier access, String doc, Object... args) {
    return TypeSpec.classBuilder(name(part)).addModifiers(access, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc, args).addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }
}
