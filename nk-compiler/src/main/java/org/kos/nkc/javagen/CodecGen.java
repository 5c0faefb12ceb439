package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.kos.nk.WireBuffer;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.layout.TypeLayout;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.StructType;

/**
 * The codec class of an IDL package ({@code a.b.NameCodec}), the only generated code that knows
 * offsets: {@code write<S>}/{@code read<S>} for each struct and union, and for an interface the
 * message constants and codecs ({@link MessageCodecGen}).
 */
final class CodecGen {
  static final ClassName NK_MESSAGE = ClassName.get(NkMessage.class);
  static final ClassName ARENA = ClassName.get(Arena.class);
  private static final ClassName WIRE_BUFFER = ClassName.get(WireBuffer.class);

  private final JavaTypes types;
  private final ValueCodec values;
  private final MessageCodecGen messages;

  CodecGen(JavaTypes types, ValueCodec values, MessageCodecGen messages) {
    this.types = types;
    this.values = values;
    this.messages = messages;
  }

  /** Whether the package needs a codec class: it has structs, unions or an interface. */
  static boolean needed(IdlPackage p) {
    return p.iface().isPresent() || p.declarations().stream().anyMatch(StructType.class::isInstance);
  }

  TypeSpec generate(IdlPackage p, ClassName name, Layout layout) {
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Wire codecs of IDL package {@code $L} (docs/wire-format.md): the only code that knows its"
            + " offsets.\nEncoders fail with NK_EINVAL, decoders with NK_EBADMSG, always as {@link $T}.\n",
            p.name(), ValueCodec.NK_EXCEPTION)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    p.iface().ifPresent(i -> messages.addTo(t, name, p, i, layout.iface(p.name())));
    for (Declaration d : p.declarations()) {
      if (d instanceof StructType s) {
        TypeLayout l = layout.struct(s.qualifiedName());
        t.addMethod(s.union() ? writeUnion(s, l) : writeStruct(s, l));
        t.addMethod(s.union() ? readUnion(s, l) : readStruct(s, l));
      }
    }
    return t.build();
  }

  /** Structs with handles live only in the fixed part (NK0509), where handle containers are. */
  private static ClassName bufferType(TypeLayout l) {
    return l.handles() > 0 ? NK_MESSAGE : WIRE_BUFFER;
  }

  private MethodSpec.Builder writer(StructType s, TypeLayout l) {
    return MethodSpec.methodBuilder(StructCodecs.writer(s)).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Writes {@code $L} at {@code at}; its variable parts go to {@code arena}.\n", s.qualifiedName())
        .addParameter(bufferType(l), "buf").addParameter(TypeName.INT, "at").addParameter(ARENA, "arena")
        .addParameter(types.struct(s), "value").addException(ValueCodec.NK_EXCEPTION);
  }

  private MethodSpec.Builder reader(StructType s, TypeLayout l) {
    return MethodSpec.methodBuilder(StructCodecs.reader(s)).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Reads {@code $L} at {@code at}, taking its chunks from {@code arena}.\n", s.qualifiedName())
        .addParameter(bufferType(l), "buf").addParameter(TypeName.INT, "at").addParameter(ARENA, "arena")
        .returns(types.struct(s)).addException(ValueCodec.NK_EXCEPTION);
  }

  private static Locals structLocals() {
    Locals locals = new Locals();
    List.of("buf", "at", "arena", "value").forEach(locals::claim);
    return locals;
  }

  private static ValueCodec.Place at(StructType s) {
    return new ValueCodec.Place("buf", CodeBlock.of("at"), 0, "arena", s.name());
  }

  private MethodSpec writeStruct(StructType s, TypeLayout l) {
    CodeBlock.Builder c = CodeBlock.builder();
    Locals locals = structLocals();
    for (int i = 0; i < s.fields().size(); i++) {
      StructType.Field f = s.fields().get(i);
      FieldLayout fl = l.members().get(i);
      values.encode(c, f.type(), fl.type(), at(s).member(f.name(), fl.offset()),
          CodeBlock.of("value.$N()", Names.member(f.name())), locals);
    }
    return writer(s, l).addCode(c.build()).build();
  }

  private MethodSpec readStruct(StructType s, TypeLayout l) {
    CodeBlock.Builder c = CodeBlock.builder();
    Locals locals = structLocals();
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < s.fields().size(); i++) {
      StructType.Field f = s.fields().get(i);
      FieldLayout fl = l.members().get(i);
      String local = locals.fresh(Names.member(f.name()));
      CodeBlock v = values.decode(c, f.type(), fl.type(), at(s).member(f.name(), fl.offset()), locals);
      c.addStatement("$T $N = $L", types.of(f.type()), local, v);
      args.add(CodeBlock.of("$N", local));
    }
    c.addStatement("return new $T($L)", types.struct(s), CodeBlock.join(args, ", "));
    return reader(s, l).addCode(c.build()).build();
  }

  /** The tag, then the alternative's value; the last alternative needs no test (the union is sealed). */
  private MethodSpec writeUnion(StructType s, TypeLayout l) {
    CodeBlock.Builder c = CodeBlock.builder();
    Locals locals = structLocals();
    c.addStatement("buf.putS32(at, value.tag())");
    ClassName u = types.struct(s);
    int last = s.fields().size() - 1;
    for (int i = 0; i <= last; i++) {
      StructType.Field f = s.fields().get(i);
      FieldLayout fl = l.members().get(i);
      ClassName alt = u.nestedClass(PackageTypeGen.alternativeName(f.name(), u.simpleName()));
      String v = locals.fresh(Names.member(f.name()));
      if (i < last) {
        c.beginControlFlow("if (value instanceof $T $N)", alt, v);
      } else {
        c.addStatement("$T $N = ($T) value", alt, v, alt);
      }
      values.encode(c, f.type(), fl.type(), at(s).member(f.name(), fl.offset()), CodeBlock.of("$N.value()", v),
          locals);
      if (i < last) {
        c.addStatement("return");
        c.endControlFlow();
      }
    }
    return writer(s, l).addCode(c.build()).build();
  }

  private MethodSpec readUnion(StructType s, TypeLayout l) {
    CodeBlock.Builder c = CodeBlock.builder();
    Locals locals = structLocals();
    String tag = locals.fresh("tag");
    c.addStatement("int $N = buf.getS32(at)", tag);
    c.beginControlFlow("switch ($N)", tag);
    ClassName u = types.struct(s);
    for (int i = 0; i < s.fields().size(); i++) {
      StructType.Field f = s.fields().get(i);
      FieldLayout fl = l.members().get(i);
      c.beginControlFlow("case $L:", i);
      String local = locals.fresh(Names.member(f.name()));
      CodeBlock v = values.decode(c, f.type(), fl.type(), at(s).member(f.name(), fl.offset()), locals);
      c.addStatement("$T $N = $L", types.of(f.type()), local, v);
      c.addStatement("return new $T($N)", u.nestedClass(PackageTypeGen.alternativeName(f.name(), u.simpleName())),
          local);
      c.endControlFlow();
    }
    c.add("default:\n").indent();
    c.addStatement("throw $T.badMessage($S + $N)", ValueCodec.NK_EXCEPTION,
        s.name() + ": no alternative with tag ", tag);
    c.unindent();
    c.endControlFlow();
    return reader(s, l).addCode(c.build()).build();
  }
}
