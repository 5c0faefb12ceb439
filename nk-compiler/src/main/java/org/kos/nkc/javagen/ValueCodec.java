package org.kos.nkc.javagen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import org.kos.nk.ChunkDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.nkc.layout.Sizes;
import org.kos.nkc.layout.TypeLayout;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;

/**
 * The statements that write and read one value of one type at an offset, by the rules of
 * {@code docs/wire-format.md}: integers at their width, handles as containers (fixed part only),
 * strings and bytes as arena chunks, arrays inline, sequences as a chunk of elements in the fixed
 * layout of their type, structs and unions through their codec methods. Readers rely on the bounds
 * checked once per region: the exact fixed size of the message, or the arena chunk taken.
 */
final class ValueCodec {
  static final ClassName NK_EXCEPTION = ClassName.get(NkException.class);
  static final ClassName NK_ERRORS = ClassName.get(NkErrors.class);
  private static final ClassName CHUNK_DESC = ClassName.get(ChunkDesc.class);

  /**
   * Where a value lies: buffer variable, offset ({@code base} expression, null for none, plus a
   * constant), arena variable, and a name for error messages.
   */
  record Place(String buf, CodeBlock base, long offset, String arena, String what) {
    CodeBlock at() {
      if (base == null) {
        return CodeBlock.of("$L", offset);
      }
      return offset == 0 ? base : CodeBlock.of("$L + $L", base, offset);
    }

    /** A member {@code name} at {@code delta} bytes from here. */
    Place member(String name, long delta) {
      return new Place(buf, base, offset + delta, arena, what + "." + name);
    }

    /** Element {@code i} of {@code size} bytes, starting here, in {@code buffer}. */
    Place element(String buffer, String i, long size) {
      return new Place(buffer, CodeBlock.of("$L + $N * $L", at(), i, size), 0, arena, what + "[]");
    }
  }

  private final JavaTypes types;
  private final StructCodecs structs;

  ValueCodec(JavaTypes types, StructCodecs structs) {
    this.types = types;
    this.structs = structs;
  }

  /** Statements writing {@code value} (an expression evaluated once) of {@code type} at {@code p}. */
  void encode(CodeBlock.Builder c, Type type, TypeLayout l, Place p, CodeBlock value, Locals locals) {
    Type t = type.resolved();
    switch (l.kind()) {
      case INTEGER -> c.addStatement("$N.put$L($L, $L)", p.buf(), width(l), p.at(), value);
      case HANDLE -> c.addStatement("$N.putHandle($L, $L)", p.buf(), p.at(), value);
      case STRING -> c.addStatement("$N.putChunk($L, $N.storeString($L, $LL))", p.buf(), p.at(), p.arena(), value,
          ((Type.Str) t).bound());
      case BYTES -> c.addStatement("$N.putChunk($L, $N.storeBytes($L, $LL))", p.buf(), p.at(), p.arena(), value,
          ((Type.Bytes) t).bound());
      case ARRAY -> encodeArray(c, (Type.Array) t, l, p, value, locals);
      case SEQUENCE -> encodeSequence(c, (Type.Sequence) t, l, p, value, locals);
      case STRUCT, UNION -> c.addStatement("$T.$L($N, $L, $N, $L)", structs.codecOf((StructType) t),
          StructCodecs.writer((StructType) t), p.buf(), p.at(), p.arena(), value);
    }
  }

  private void encodeArray(CodeBlock.Builder c, Type.Array t, TypeLayout l, Place p, CodeBlock value,
      Locals locals) {
    String a = locals.fresh("array");
    c.addStatement("$T $N = $L", types.of(t), a, value);
    CodeBlock length = length(t, a);
    rejectLength(c, CodeBlock.of("$L != $L", length, t.length()), p.what() + ": array<" + t.length() + "> given ",
        length);
    eachElement(c, t.element(), l.element(), p, a, CodeBlock.of("$L", t.length()), locals);
  }

  private void encodeSequence(CodeBlock.Builder c, Type.Sequence t, TypeLayout l, Place p, CodeBlock value,
      Locals locals) {
    if (l.element().kind() == TypeLayout.Kind.INTEGER && l.element().size() == 1) {
      c.addStatement("$N.putChunk($L, $N.storeBytes($L, $LL))", p.buf(), p.at(), p.arena(), value, t.bound());
      return;
    }
    String s = locals.fresh("sequence");
    c.addStatement("$T $N = $L", types.of(t), s, value);
    CodeBlock length = length(t, s);
    rejectLength(c, CodeBlock.of("$L > $L", length, t.bound()), p.what() + ": sequence<" + t.bound() + "> given ",
        length);
    String chunk = locals.fresh("chunk");
    // In long: length (up to 2^31-1) times the element size overflows int; alloc refuses what does not fit.
    c.addStatement("$T $N = $N.alloc($L * $LL)", CHUNK_DESC, chunk, p.arena(), length, l.element().size());
    c.addStatement("$N.putChunk($L, $N)", p.buf(), p.at(), chunk);
    Place elements = new Place(p.arena(), CodeBlock.of("$N.offset()", chunk), 0, p.arena(), p.what());
    eachElement(c, t.element(), l.element(), elements, s, length, locals);
  }

  /** {@code if (condition) throw new NkException(NK_EINVAL, message + length);} */
  private static void rejectLength(CodeBlock.Builder c, CodeBlock condition, String message, CodeBlock length) {
    c.beginControlFlow("if ($L)", condition);
    c.addStatement("throw new $T($T.NK_EINVAL, $S + $L)", NK_EXCEPTION, NK_ERRORS, message, length);
    c.endControlFlow();
  }

  private void eachElement(CodeBlock.Builder c, Type element, TypeLayout el, Place p, String values,
      CodeBlock count, Locals locals) {
    String i = locals.fresh("i");
    c.beginControlFlow("for (int $N = 0; $N < $L; $N++)", i, i, count, i);
    CodeBlock item = JavaTypes.isListElement(element) ? CodeBlock.of("$N.get($N)", values, i)
        : CodeBlock.of("$N[$N]", values, i);
    Place at = p.element(p.buf(), i, el.size());
    encode(c, element, el, at, item, locals);
    c.endControlFlow();
  }

  /**
   * Statements reading a value of {@code type} at {@code p}; returns the expression holding it,
   * to be assigned to a local at once (handles must be taken in order).
   */
  CodeBlock decode(CodeBlock.Builder c, Type type, TypeLayout l, Place p, Locals locals) {
    Type t = type.resolved();
    return switch (l.kind()) {
      case INTEGER -> CodeBlock.of("$N.get$L($L)", p.buf(), width(l), p.at());
      case HANDLE -> CodeBlock.of("$N.takeHandle($L)", p.buf(), p.at());
      case STRING -> CodeBlock.of("$N.string($N.getChunk($L), $LL, $S)", p.arena(), p.buf(), p.at(),
          ((Type.Str) t).bound(), p.what());
      case BYTES -> CodeBlock.of("$N.bytes($N.getChunk($L), $LL, $S)", p.arena(), p.buf(), p.at(),
          ((Type.Bytes) t).bound(), p.what());
      case ARRAY -> decodeArray(c, (Type.Array) t, l, p, locals);
      case SEQUENCE -> decodeSequence(c, (Type.Sequence) t, l, p, locals);
      case STRUCT, UNION -> CodeBlock.of("$T.$L($N, $L, $N)", structs.codecOf((StructType) t),
          StructCodecs.reader((StructType) t), p.buf(), p.at(), p.arena());
    };
  }

  private CodeBlock decodeArray(CodeBlock.Builder c, Type.Array t, TypeLayout l, Place p, Locals locals) {
    String a = locals.fresh("array");
    readElements(c, t.element(), l.element(), p, a, CodeBlock.of("$L", t.length()), locals);
    return CodeBlock.of("$N", a);
  }

  private CodeBlock decodeSequence(CodeBlock.Builder c, Type.Sequence t, TypeLayout l, Place p, Locals locals) {
    if (l.element().kind() == TypeLayout.Kind.INTEGER && l.element().size() == 1) {
      return CodeBlock.of("$N.bytes($N.getChunk($L), $LL, $S)", p.arena(), p.buf(), p.at(), t.bound(), p.what());
    }
    long size = l.element().size();
    String chunk = locals.fresh("chunk");
    String offset = locals.fresh("offset");
    c.addStatement("$T $N = $N.getChunk($L)", CHUNK_DESC, chunk, p.buf(), p.at());
    c.addStatement("int $N = $N.take($N, $L, $LL, $S)", offset, p.arena(), chunk, size, Sizes.times(t.bound(), size), p.what());
    String s = locals.fresh("sequence");
    Place elements = new Place(p.arena(), CodeBlock.of("$N", offset), 0, p.arena(), p.what());
    readElements(c, t.element(), l.element(), elements, s, CodeBlock.of("$N.size() / $L", chunk, size), locals);
    return CodeBlock.of("$N", s);
  }

  private void readElements(CodeBlock.Builder c, Type element, TypeLayout el, Place p, String into,
      CodeBlock count, Locals locals) {
    boolean list = JavaTypes.isListElement(element);
    String n = locals.fresh("count");
    c.addStatement("int $N = $L", n, count);
    TypeName elementType = types.of(element);
    if (list) {
      c.addStatement("$T $N = new $T<>($N)", ParameterizedTypeName.get(JavaTypes.LIST, elementType.box()), into,
          ArrayList.class, n);
    } else {
      c.addStatement("$T $N = new $T[$N]", ArrayTypeName.of(elementType), into, elementType, n);
    }
    String i = locals.fresh("i");
    c.beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, n, i);
    Place at = p.element(p.buf(), i, el.size());
    CodeBlock item = decode(c, element, el, at, locals);
    if (list) {
      c.addStatement("$N.add($L)", into, item);
    } else {
      c.addStatement("$N[$N] = $L", into, i, item);
    }
    c.endControlFlow();
  }

  private static CodeBlock length(Type t, String var) {
    return JavaTypes.isList(t) ? CodeBlock.of("$N.size()", var) : CodeBlock.of("$N.length", var);
  }

  /** The accessor suffix for an integer: S8, S16, S32 or S64. */
  private static String width(TypeLayout l) {
    return "S" + l.size() * 8;
  }
}
