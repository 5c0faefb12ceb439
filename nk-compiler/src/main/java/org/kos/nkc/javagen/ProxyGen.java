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
    for (Method m : iface.methods()) {
      t.addMethod(method(p, m, codec));
    }
    return t.build();
  }

  private static FieldSpec buffer(ClassName type, String name, String size, ClassName codec) {
    CodeBlock init = type.equals(CodecGen.ARENA)
        ? CodeBlock.of("$T.forMaxSize($T.$N)", CodecGen.ARENA, codec, size)
        : CodeBlock.of("new $T($T.$N)", type, codec, size);
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).initializer(init).build();
  }

  private MethodSpec method(IdlPackage p, Method m, ClassName codec) {
    String base = Names.upperCamel(m.name());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(Names.method(m.name())).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(methods.result(p, m)).addException(ValueCodec.NK_EXCEPTION);
    // Fields are qualified with this: a parameter may be called req or riid.
    List<CodeBlock> args = new ArrayList<>(List.of(CodeBlock.of("this.req"), CodeBlock.of("this.reqArena"),
        CodeBlock.of("this.riid")));
    Locals locals = new Locals();
    for (Parameter in : m.ins()) {
      String n = locals.claim(Names.member(in.name()));
      spec.addParameter(types.of(in.type()), n);
      args.add(CodeBlock.of("$N", n));
    }
    spec.addStatement("$T.encode$LRequest($L)", codec, base, CodeBlock.join(args, ", "));
    spec.addStatement("this.transport.call(this.req, this.reqArena, this.res, this.resArena)");
    spec.addStatement("this.res.checkReplyTo(this.riid, $T.MID_$L)", codec, Names.constant(m.name()));
    if (!m.errors().isEmpty()) {
      spec.addException(methods.error(p, m));
      spec.beginControlFlow("if (this.res.isError())");
      spec.addStatement("throw $T.decode$LError(this.res, this.resArena)", codec, base);
      spec.endControlFlow();
    }
    CodeBlock decode = CodeBlock.of("$T.decode$LResponse(this.res, this.resArena)", codec, base);
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
