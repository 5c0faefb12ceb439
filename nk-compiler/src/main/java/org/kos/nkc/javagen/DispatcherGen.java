package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.kos.nk.Dispatcher;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;

/**
 * The server-side dispatcher of an interface ({@code a.b.IDispatcher}): switches on the MID (in
 * blocks of {@link #METHODS_PER_SWITCH}, so no method grows too large for the JIT), decodes the
 * request, calls the implementation and encodes its response, or its error exception as an error
 * response. Unknown MIDs give {@code NK_ENOENT}, malformed requests {@code NK_EBADMSG}, an
 * {@code NkException} from the implementation its code: the caller sends a status reply.
 */
final class DispatcherGen {
  static final int METHODS_PER_SWITCH = 128;
  static final List<String> PARAMETERS = List.of("req", "reqArena", "res", "resArena");

  private final JavaTypes types;
  private final MethodTypes methods;

  DispatcherGen(JavaTypes types, MethodTypes methods) {
    this.types = types;
    this.methods = methods;
  }

  /** {@code (NkMessage req, Arena reqArena, NkMessage res, Arena resArena)}. */
  static MethodSpec.Builder withDispatchParameters(MethodSpec.Builder m) {
    return m.addParameter(CodecGen.NK_MESSAGE, "req").addParameter(CodecGen.ARENA, "reqArena")
        .addParameter(CodecGen.NK_MESSAGE, "res").addParameter(CodecGen.ARENA, "resArena");
  }

  /** An NkException's code as a status: negative, as a status reply needs. */
  static CodeBlock statusOf(String exception) {
    return CodeBlock.of("$N.error() < 0 ? $N.error() : $T.NK_EPERM", exception, exception, ValueCodec.NK_ERRORS);
  }

  TypeSpec generate(IdlPackage p, Interface iface, ClassName name, ClassName api, ClassName codec) {
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Dispatcher.class)
        .addJavadoc("Server-side dispatcher of {@code $L}: decodes requests and calls an implementation.\n",
            p.name())
        .addField(api, "impl", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addParameter(api, "impl")
            .addStatement("this.impl = $T.requireNonNull(impl)", Objects.class).build());
    List<Method> all = iface.methods();
    int blocks = Math.max(1, (all.size() + METHODS_PER_SWITCH - 1) / METHODS_PER_SWITCH);
    MethodSpec.Builder dispatch = withDispatchParameters(MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.INT));
    if (all.isEmpty()) {
      // Nothing can throw: a try/catch of NkException would not compile (javac: never thrown).
      t.addMethod(dispatch.addStatement("return $T.NK_ENOENT", ValueCodec.NK_ERRORS).build());
      return t.build();
    }
    dispatch.beginControlFlow("try");
    if (Parts.split(iface)) {
      addParts(t, dispatch, p, iface, api, codec);
    } else if (blocks == 1) {
      dispatch.addCode(midSwitch(all, 0, codec, null));
    } else {
      dispatch.addStatement("int block = req.mid() / $L", METHODS_PER_SWITCH);
      for (int b = 0; b < blocks; b++) {
        dispatch.beginControlFlow(b == 0 ? "if (block == $L)" : "else if (block == $L)", b);
        dispatch.addStatement("return dispatch$L(req, reqArena, res, resArena)", b);
        dispatch.endControlFlow();
        int from = b * METHODS_PER_SWITCH;
        t.addMethod(withDispatchParameters(MethodSpec.methodBuilder("dispatch" + b).addModifiers(Modifier.PRIVATE)
                .returns(TypeName.INT).addException(ValueCodec.NK_EXCEPTION))
            .addCode(midSwitch(all.subList(from, Math.min(all.size(), from + METHODS_PER_SWITCH)), from, codec, null))
            .build());
      }
      dispatch.addStatement("return $T.NK_ENOENT", ValueCodec.NK_ERRORS);
    }
    dispatch.nextControlFlow("catch ($T e)", ValueCodec.NK_EXCEPTION);
    dispatch.addStatement("return $L", statusOf("e"));
    dispatch.endControlFlow();
    t.addMethod(dispatch.build());
    if (!Parts.split(iface)) {
      for (Method m : all) {
        t.addMethod(handler(p, m, codec, null));
      }
    }
    return t.build();
  }

  /**
   * Split: a part per switch block, holding the block's switch and its handlers as static methods
   * that take the implementation first; the dispatcher only routes by block.
   */
  private void addParts(TypeSpec.Builder t, MethodSpec.Builder dispatch, IdlPackage p, Interface iface,
      ClassName api, ClassName codec) {
    List<Method> all = iface.methods();
    dispatch.addStatement("int block = req.mid() / $L", METHODS_PER_SWITCH);
    CodeBlock.Builder route = CodeBlock.builder().beginControlFlow("switch (block)");
    for (int b = 0; b < Parts.count(iface); b++) {
      int from = b * Parts.METHODS_PER_PART;
      ClassName partCodec = Parts.codecOf(codec, iface, from);
      List<Method> block = all.subList(from, Math.min(all.size(), from + Parts.METHODS_PER_PART));
      TypeSpec.Builder part = Parts.part(b, Modifier.PRIVATE, "Methods $L and on.\n", from);
      part.addMethod(withDispatchParameters(MethodSpec.methodBuilder("dispatch").addModifiers(Modifier.STATIC)
              .addParameter(api, "impl").returns(TypeName.INT).addException(ValueCodec.NK_EXCEPTION))
          .addCode(midSwitch(block, from, partCodec, "impl")).build());
      for (Method m : block) {
        part.addMethod(handler(p, m, partCodec, api));
      }
      t.addType(part.build());
      route.add("case $L:\n", b).indent();
      route.addStatement("return $N.dispatch(this.impl, req, reqArena, res, resArena)", Parts.name(b)).unindent();
    }
    route.add("default:\n").indent().addStatement("return $T.NK_ENOENT", ValueCodec.NK_ERRORS).unindent();
    dispatch.addCode(route.endControlFlow().build());
  }

  /** With {@code impl} non-null, the handlers are static and take the implementation so named. */
  private static CodeBlock midSwitch(List<Method> methods, int firstMid, ClassName codec, String impl) {
    CodeBlock.Builder c = CodeBlock.builder().beginControlFlow("switch (req.mid())");
    String first = impl == null ? "" : impl + ", ";
    for (int i = 0; i < methods.size(); i++) {
      Method m = methods.get(i);
      c.add("case $T.MID_$L:\n", codec, Names.constant(m.name())).indent();
      c.addStatement("return $L($Lreq, reqArena, res, resArena)", handlerName(m), first).unindent();
    }
    c.add("default:\n").indent().addStatement("return $T.NK_ENOENT", ValueCodec.NK_ERRORS).unindent();
    return c.endControlFlow().build();
  }

  private static String handlerName(Method m) {
    return "on" + Names.upperCamel(m.name());
  }

  /** A handler; with {@code api} non-null, static and taking the implementation as {@code impl}. */
  private MethodSpec handler(IdlPackage p, Method m, ClassName codec, ClassName api) {
    String base = Names.upperCamel(m.name());
    MethodSpec.Builder named = MethodSpec.methodBuilder(handlerName(m));
    if (api == null) {
      named.addModifiers(Modifier.PRIVATE);
    } else {
      named.addModifiers(Modifier.STATIC).addParameter(api, "impl");
    }
    MethodSpec.Builder spec = withDispatchParameters(named.returns(TypeName.INT)
        .addException(ValueCodec.NK_EXCEPTION));
    Locals locals = new Locals();
    PARAMETERS.forEach(locals::claim);
    if (api != null) {
      locals.claim("impl");
    }
    String impl = api == null ? "this.impl" : "impl";
    String request = locals.fresh("request");
    spec.addStatement("$T.$LRequest $N = $T.decode$LRequest(req, reqArena)", codec, base, request, codec, base);
    List<CodeBlock> args = new ArrayList<>();
    for (Parameter in : m.ins()) {
      args.add(CodeBlock.of("$N.$N()", request, Names.member(in.name())));
    }
    CodeBlock call = CodeBlock.of("$L.$N($L)", impl, Names.method(m.name()), CodeBlock.join(args, ", "));
    TypeName result = methods.result(p, m);
    String out = locals.fresh("result");
    if (!m.errors().isEmpty()) {
      if (!result.equals(TypeName.VOID)) {
        spec.addStatement("$T $N", result, out);
      }
      spec.beginControlFlow("try");
    }
    if (result.equals(TypeName.VOID)) {
      spec.addStatement("$L", call);
    } else {
      if (m.errors().isEmpty()) {
        spec.addStatement("$T $N = $L", result, out, call);
      } else {
        spec.addStatement("$N = $L", out, call);
      }
    }
    if (!m.errors().isEmpty()) {
      String e = locals.fresh("error");
      spec.nextControlFlow("catch ($T $N)", methods.error(p, m), e);
      List<CodeBlock> errors = new ArrayList<>(List.of(CodeBlock.of("res"), CodeBlock.of("resArena"),
          CodeBlock.of("req.riid()")));
      for (Parameter er : m.errors()) {
        errors.add(CodeBlock.of("$N.$N()", e, Names.member(er.name())));
      }
      spec.addStatement("$T.encode$LError($L)", codec, base, CodeBlock.join(errors, ", "));
      spec.addStatement("return $T.NK_EOK", ValueCodec.NK_ERRORS);
      spec.endControlFlow();
    }
    List<CodeBlock> outs = new ArrayList<>(List.of(CodeBlock.of("res"), CodeBlock.of("resArena"),
        CodeBlock.of("req.riid()")));
    if (m.outs().size() == 1) {
      outs.add(CodeBlock.of("$N", out));
    } else {
      for (Parameter o : m.outs()) {
        outs.add(CodeBlock.of("$N.$N()", out, Names.member(o.name())));
      }
    }
    spec.addStatement("$T.encode$LResponse($L)", codec, base, CodeBlock.join(outs, ", "));
    spec.addStatement("return $T.NK_EOK", ValueCodec.NK_ERRORS);
    return spec.build();
  }
}
