package org.kos.nkc.javagen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nk.Dispatcher;
import org.kos.nk.EntityDispatcher;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.layout.MessageBounds;
import org.kos.nkc.model.Component;

/**
 * The class of a CDL component or EDL class ({@code a.b.CComponent}, {@code a.b.EEntity}): the
 * RIID, both endpoint names and the interface of every endpoint of its tree, the buffer bounds of
 * a server, and a nested {@code Dispatcher} routing requests by RIID to one interface dispatcher
 * per endpoint. Routing is a table lookup, so no method grows with the number of endpoints.
 */
final class ComponentGen {
  private static final ClassName DISPATCHER = ClassName.get(Dispatcher.class);
  private static final ClassName ENTITY_DISPATCHER = ClassName.get(EntityDispatcher.class);

  /** The constants over the whole tree; endpoint constants must not take these names (NK0702). */
  static final List<String> TREE_CONSTANTS = List.of("ENDPOINT_COUNT", "MAX_FIXED_SIZE", "MAX_ARENA", "MAX_HANDLES");

  /** Each endpoint's constants: the prefix, then its path in upper case. */
  static final List<String> ENDPOINT_CONSTANT_PREFIXES = List.of("RIID_", "ENDPOINT_", "QUALIFIED_ENDPOINT_", "IFACE_");

  private final Names names;

  ComponentGen(Names names) {
    this.names = names;
  }

  TypeSpec generate(Component c, ComponentLayout cl, ClassName name) {
    String kind = c.kind().isClass() ? "EDL " + (c.kind().name().equals("ENTITY") ? "entity" : "task class")
        : "CDL component";
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L {@code $L}: its endpoints in RIID order and a dispatcher routing by RIID.\n", kind, c.name())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addField(constant(TypeName.INT, TREE_CONSTANTS.get(0), CodeBlock.of("$L", cl.endpoints().size()),
        "Number of endpoints (the vendor's iidMax)."));
    MessageBounds b = cl.bounds();
    t.addField(constant(TypeName.INT, TREE_CONSTANTS.get(1),
        CodeBlock.of("$L", Math.max(24, Math.max(b.reqFixedSize(), b.resFixedSize()))),
        "Largest message (header and fixed part) of any endpoint."));
    t.addField(constant(TypeName.LONG, TREE_CONSTANTS.get(2), CodeBlock.of("$LL", b.arena()),
        "Largest arena of any message of any endpoint."));
    t.addField(constant(TypeName.INT, TREE_CONSTANTS.get(3),
        CodeBlock.of("$L", Math.max(b.reqHandles(), Math.max(b.resHandles(), b.errHandles()))),
        "Most handles in any message of any endpoint."));
    for (EndpointLayout e : cl.endpoints()) {
      String k = Names.constant(e.name());
      t.addField(constant(TypeName.INT, ENDPOINT_CONSTANT_PREFIXES.get(0) + k, CodeBlock.of("$L", e.riid()), "RIID of {@code " + e.name() + "}."));
      t.addField(constant(ClassName.get(String.class), ENDPOINT_CONSTANT_PREFIXES.get(1) + k, CodeBlock.of("$S", e.name()),
          "Endpoint name, as einit publishes it."));
      t.addField(constant(ClassName.get(String.class), ENDPOINT_CONSTANT_PREFIXES.get(2) + k, CodeBlock.of("$S", e.qualifiedName()),
          "Endpoint name qualified by the component or class that declares it."));
      t.addField(constant(ClassName.get(String.class), ENDPOINT_CONSTANT_PREFIXES.get(3) + k, CodeBlock.of("$S", e.iface()),
          "Interface (IDL package) of the endpoint."));
    }
    TypeSpec dispatcher = dispatcher(cl);
    return t.addMethod(factory(name, dispatcher)).addType(dispatcher).build();
  }

  /** {@code XEntity.dispatcher(impl...)}: the nested dispatcher, for {@code Services.serve}. */
  private static MethodSpec factory(ClassName outer, TypeSpec dispatcher) {
    MethodSpec ctor = dispatcher.methodSpecs().stream().filter(MethodSpec::isConstructor).findFirst().orElseThrow();
    ClassName type = outer.nestedClass("Dispatcher");
    MethodSpec.Builder m = MethodSpec.methodBuilder("dispatcher").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type).addParameters(ctor.parameters()).varargs(ctor.varargs())
        .addJavadoc("A {@code Dispatcher} over one implementation per endpoint, as the constructor takes them: "
            + "{@code Services.serve(id, $T.dispatcher(...))}.\n", outer)
        .addStatement("return new $T($L)", type,
            String.join(", ", ctor.parameters().stream().map(p -> p.name()).toList()));
    return m.build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(value)
        .addJavadoc(doc).build();
  }

  /** A JVM method takes at most 255 parameter slots, {@code this} included. */
  static final int MAX_TYPED_ENDPOINTS = 254;

  private TypeSpec dispatcher(ComponentLayout cl) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    if (cl.endpoints().size() > MAX_TYPED_ENDPOINTS) {
      // Too many endpoints for one implementation parameter each: the caller passes each
      // endpoint's own generated dispatcher, in RIID order, and the count is checked.
      ctor.addJavadoc("The dispatcher of each endpoint ({@code new <Interface>.Dispatcher(impl)}), in RIID order.\n")
          .addParameter(ArrayTypeName.of(DISPATCHER), "endpoints").varargs()
          .beginControlFlow("if (endpoints.length != $L)", cl.endpoints().size())
          .addStatement("throw new $T($S + endpoints.length)", IllegalArgumentException.class,
              cl.endpoints().size() + " endpoint dispatchers expected, got ")
          .endControlFlow()
          .addStatement("this.routes = endpoints.clone()");
    } else {
      ctor.addJavadoc("One implementation per endpoint, in RIID order.\n");
      Locals locals = new Locals();
      List<CodeBlock> routes = new ArrayList<>();
      for (EndpointLayout e : cl.endpoints()) {
        String param = locals.fresh(Names.member(lowerCamel(e.name())));
        ctor.addParameter(names.packageType(e.iface()), param);
        routes.add(CodeBlock.of("new $T($N)", names.packageClass(e.iface(), "Dispatcher"), param));
      }
      ctor.addStatement("this.routes = new $T[] {$L}", DISPATCHER, CodeBlock.join(routes, ", "));
    }
    MethodSpec.Builder dispatch = DispatcherGen.withDispatchParameters(MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.INT));
    dispatch.addStatement("int riid = req.riid()");
    dispatch.beginControlFlow("if (riid >= this.routes.length)");
    dispatch.addStatement("return $T.NK_ENOENT", ValueCodec.NK_ERRORS);
    dispatch.endControlFlow();
    dispatch.addStatement("return this.routes[riid].dispatch(req, reqArena, res, resArena)");
    MethodSpec maxFixed = MethodSpec.methodBuilder("maxFixedSize").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.INT).addStatement("return $N", TREE_CONSTANTS.get(1)).build();
    MethodSpec maxArena = MethodSpec.methodBuilder("maxArena").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(TypeName.LONG).addStatement("return $N", TREE_CONSTANTS.get(2)).build();
    return TypeSpec.classBuilder("Dispatcher").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ENTITY_DISPATCHER)
        .addJavadoc("Routes each request to the dispatcher of its endpoint; NK_ENOENT for an unknown RIID.\n")
        .addField(FieldSpec.builder(ArrayTypeName.of(DISPATCHER), "routes", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(ctor.build()).addMethod(dispatch.build()).addMethod(maxFixed).addMethod(maxArena).build();
  }

  /** {@code cserver.ping} → {@code cserverPing}. */
  private static String lowerCamel(String path) {
    String u = Names.upperCamel(path.replace('.', '_'));
    return Character.toLowerCase(u.charAt(0)) + u.substring(1);
  }
}
