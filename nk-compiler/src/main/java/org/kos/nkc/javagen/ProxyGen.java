package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.kos.nk.Transport;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;

/**
 * The client proxy of an interface ({@code a.b.IProxy implements I}): each method encodes its
 * request into buffers the proxy owns and reuses, calls the transport, and decodes the reply (a
 * status reply becomes an NkException, an error response the method's error exception). No
 * allocation per call beyond what the values themselves need; one proxy per thread.
 */
final class ProxyGen {
  private final JavaTypes types;
  private final MethodTypes methods;

  ProxyGen(JavaTypes types, MethodTypes methods) {
    this.types = types;
    this.methods = methods;
  }

  TypeSpec generate(IdlPackage p, Interface iface, ClassName name, ClassName api, ClassName codec) {
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(api)
        .addJavadoc("Client proxy of {@code $L}: calls an endpoint through a {@link $T}. Not thread-safe.\n",
            p.name(), Transport.class)
        .addField(Transport.class, "transport", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TypeName.INT, "riid", Modifier.PRIVATE, Modifier.FINAL)
        .addField(buffer(CodecGen.NK_MESSAGE, "req", "MAX_REQUEST_FIXED_SIZE", codec))
        .addField(buffer(CodecGen.ARENA, "reqArena", "MAX_REQUEST_ARENA", codec))
        .addField(buffer(CodecGen.NK_MESSAGE, "res", "MAX_RESPONSE_FIXED_SIZE", codec))
        .addField(buffer(CodecGen.ARENA, "resArena", "MAX_RESPONSE_ARENA", codec))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("A proxy for the endpoint {@code riid} reached through {@code transport}.\n")
            .addParameter(Transport.class, "transport").addParameter(TypeName.INT, "riid")
            .addStatement("this.transport = $T.requireNonNull(transport)", Objects.class)
            .addStatement("this.riid = riid").build());
    if (!Parts.split(iface)) {
      for (Method m : iface.methods()) {
        t.addMethod(method(p, m, codec, name, null));
      }
      return t.build();
    }
    // Split: each method calls a static twin in its part, which reaches the fields as a nestmate.
    TypeSpec.Builder part = null;
    for (int mid = 0; mid < iface.methods().size(); mid++) {
      Method m = iface.methods().get(mid);
      if (mid % Parts.METHODS_PER_PART == 0) {
        if (part != null) {
          t.addType(part.build());
        }
        part = Parts.part(mid / Parts.METHODS_PER_PART, Modifier.PRIVATE, "Calls of methods $L and on.\n", mid);
      }
      MethodSpec twin = method(p, m, Parts.codecOf(codec, iface, mid), name, "proxy");
      part.addMethod(twin);
      t.addMethod(delegate(twin, name.nestedClass(Parts.name(mid / Parts.METHODS_PER_PART))));
    }
    return t.addType(part.build()).build();
  }

  /** The interface method: the twin's signature without its first parameter, calling it with this. */
  private static MethodSpec delegate(MethodSpec twin, ClassName part) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(twin.name()).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(twin.returnType()).addExceptions(twin.exceptions());
    List<CodeBlock> args = new ArrayList<>(List.of(CodeBlock.of("this")));
    twin.parameters().stream().skip(1).forEach(param -> {
      spec.addParameter(param);
      args.add(CodeBlock.of("$N", param));
    });
    CodeBlock call = CodeBlock.of("$T.$N($L)", part, twin.name(), CodeBlock.join(args, ", "));
    return spec.addStatement(twin.returnType().equals(TypeName.VOID) ? "$L" : "return $L", call).build();
  }

  private static FieldSpec buffer(ClassName type, String name, String size, ClassName codec) {
    CodeBlock init = type.equals(CodecGen.ARENA)
        ? CodeBlock.of("$T.forMaxSize($T.$N)", CodecGen.ARENA, codec, size)
        : CodeBlock.of("new $T($T.$N)", type, codec, size);
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).initializer(init).build();
  }

  /**
   * A proxy method; with {@code self} non-null, its static twin for a part, taking the proxy as
   * {@code self} (a fresh name) before the method's parameters.
   */
  private MethodSpec method(IdlPackage p, Method m, ClassName codec, ClassName proxy, String self) {
    String base = Names.upperCamel(m.name());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(Names.method(m.name()))
        .returns(methods.result(p, m)).addException(ValueCodec.NK_EXCEPTION);
    Locals locals = new Locals();
    List<String> ins = new ArrayList<>();
    for (Parameter in : m.ins()) {
      ins.add(locals.claim(Names.member(in.name())));
    }
    String me = self == null ? "this" : locals.fresh(self);
    if (self == null) {
      spec.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    } else {
      spec.addModifiers(Modifier.STATIC).addParameter(proxy, me);
    }
    // Fields are qualified with this: a parameter may be called req or riid.
    List<CodeBlock> args = new ArrayList<>(List.of(CodeBlock.of(me + ".req"), CodeBlock.of(me + ".reqArena"),
        CodeBlock.of(me + ".riid")));
    for (int i = 0; i < m.ins().size(); i++) {
      spec.addParameter(types.of(m.ins().get(i).type()), ins.get(i));
      args.add(CodeBlock.of("$N", ins.get(i)));
    }
    spec.addStatement("$T.encode$LRequest($L)", codec, base, CodeBlock.join(args, ", "));
    spec.addStatement("$L.transport.call($L.req, $L.reqArena, $L.res, $L.resArena)", me, me, me, me, me);
    spec.addStatement("$L.res.checkReplyTo($L.riid, $T.MID_$L)", me, me, codec, Names.constant(m.name()));
    if (!m.errors().isEmpty()) {
      spec.addException(methods.error(p, m));
      spec.beginControlFlow("if ($L.res.isError())", me);
      spec.addStatement("throw $T.decode$LError($L.res, $L.resArena)", codec, base, me, me);
      spec.endControlFlow();
    }
    CodeBlock decode = CodeBlock.of("$T.decode$LResponse($L.res, $L.resArena)", codec, base, me, me);
    List<Parameter> outs = m.outs();
    if (outs.isEmpty()) {
      spec.addStatement("$L", decode);
    } else if (outs.size() == 1) {
      spec.addStatement("return $L.$N()", decode, Names.member(outs.get(0).name()));
    } else {
      String r = locals.fresh("response");
      spec.addStatement("$T.$LResponse $N = $L", codec, base, r, decode);
      List<CodeBlock> values = new ArrayList<>();
      for (Parameter out : outs) {
        values.add(CodeBlock.of("$N.$N()", r, Names.member(out.name())));
      }
      spec.addStatement("return new $T($L)", methods.out(p, m), CodeBlock.join(values, ", "));
    }
    return spec.build();
  }
}
