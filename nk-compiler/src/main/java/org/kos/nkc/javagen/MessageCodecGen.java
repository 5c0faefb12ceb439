package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nkc.layout.FieldLayout;
import org.kos.nkc.layout.InterfaceLayout;
import org.kos.nkc.layout.MessageBounds;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.MethodLayout;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;

/**
 * The message half of an interface's codec: {@code MID_<M>}, per message its fixed size, maximum
 * arena and handle count, the interface maxima, a record per request and response, and static
 * {@code encode<M><Kind>}/{@code decode<M><Kind>} methods. The error message decodes to the
 * method's error exception (not thrown: the caller decides).
 */
final class MessageCodecGen {
  private final JavaTypes types;
  private final ValueCodec values;
  private final MethodTypes methods;

  MessageCodecGen(JavaTypes types, ValueCodec values, MethodTypes methods) {
    this.types = types;
    this.values = values;
    this.methods = methods;
  }

  /** A message of a method: which parameters, which layout, and its names in Java. */
  private record Message(Method method, MessageLayout layout, List<Parameter> parameters, String javaName,
      String constantPrefix) {}

  /** The constants over the whole interface; method constants must not take these names (NK0702). */
  static final List<String> INTERFACE_CONSTANTS = List.of("MAX_REQUEST_FIXED_SIZE", "MAX_RESPONSE_FIXED_SIZE",
      "MAX_FIXED_SIZE", "MAX_REQUEST_ARENA", "MAX_RESPONSE_ARENA", "MAX_ARENA");

  /** After {@code <METHOD>_REQUEST}, {@code _RESPONSE} or {@code _ERROR}, one constant each. */
  static final List<String> MESSAGE_CONSTANT_SUFFIXES = List.of("_FIXED_SIZE", "_MAX_ARENA", "_HANDLES");

  void addTo(TypeSpec.Builder t, ClassName codec, IdlPackage p, Interface iface, InterfaceLayout il) {
    MessageBounds b = il.bounds();
    t.addField(intConstant(INTERFACE_CONSTANTS.get(0), b.reqFixedSize(), "Largest request: header and fixed part."));
    t.addField(intConstant(INTERFACE_CONSTANTS.get(1), b.resFixedSize(), "Largest response or error response."));
    t.addField(intConstant(INTERFACE_CONSTANTS.get(2), Math.max(b.reqFixedSize(), b.resFixedSize()), "Largest message."));
    t.addField(longConstant(INTERFACE_CONSTANTS.get(3), b.reqArena(), "Largest request arena."));
    t.addField(longConstant(INTERFACE_CONSTANTS.get(4), b.resArena(), "Largest response or error response arena."));
    t.addField(longConstant(INTERFACE_CONSTANTS.get(5), b.arena(), "Largest arena of any message."));
    TypeSpec.Builder part = t;
    List<TypeSpec.Builder> parts = new ArrayList<>();
    for (int mid = 0; mid < iface.methods().size(); mid++) {
      if (Parts.split(iface) && mid % Parts.METHODS_PER_PART == 0) {
        part = Parts.part(mid / Parts.METHODS_PER_PART, Modifier.PUBLIC,
            "Codecs of methods $L to $L of {@code $L}.\n", mid,
            Math.min(iface.methods().size(), mid + Parts.METHODS_PER_PART) - 1, p.name());
        parts.add(part);
      }
      ClassName owner = Parts.codecOf(codec, iface, mid);
      Method m = iface.methods().get(mid);
      MethodLayout ml = il.methods().get(mid);
      String c = Names.constant(m.name());
      part.addField(intConstant("MID_" + c, mid, "Method id of {@code " + m.name() + "}."));
      String base = Names.upperCamel(m.name());
      List<Message> messages = new ArrayList<>(List.of(
          new Message(m, ml.request(), m.ins(), base + "Request", c + "_REQUEST"),
          new Message(m, ml.response(), m.outs(), base + "Response", c + "_RESPONSE")));
      if (!m.errors().isEmpty()) {
        messages.add(new Message(m, ml.error(), m.errors(), base + "Error", c + "_ERROR"));
      }
      for (Message msg : messages) {
        MessageLayout l = msg.layout();
        part.addField(intConstant(msg.constantPrefix() + MESSAGE_CONSTANT_SUFFIXES.get(0), l.fixedSize(), "Header and fixed part."));
        part.addField(longConstant(msg.constantPrefix() + MESSAGE_CONSTANT_SUFFIXES.get(1), l.maxArena(), "Most arena bytes."));
        part.addField(intConstant(msg.constantPrefix() + MESSAGE_CONSTANT_SUFFIXES.get(2), l.handles(), "Most handle containers."));
        if (msg.layout().kind() != MessageLayout.Kind.ERROR) {
          part.addType(Records.record(msg.javaName(), methods.components(msg.parameters()))
              .addJavadoc("The $L of {@code $L}.\n", l.kind().jsonName(), m.name()).build());
        }
        part.addMethod(encoder(msg));
        part.addMethod(decoder(owner, p, msg));
      }
    }
    parts.forEach(builder -> t.addType(builder.build()));
  }

  private static FieldSpec intConstant(String name, long value, String doc) {
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " is " + value + " bytes, more than a Java array holds");
    }
    return FieldSpec.builder(TypeName.INT, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value).addJavadoc(doc).build();
  }

  private static FieldSpec longConstant(String name, long value, String doc) {
    return FieldSpec.builder(TypeName.LONG, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$LL", value).addJavadoc(doc).build();
  }

  private MethodSpec encoder(Message msg) {
    Locals locals = new Locals();
    MethodSpec.Builder spec = MethodSpec.methodBuilder("encode" + msg.javaName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addException(ValueCodec.NK_EXCEPTION)
        .addJavadoc("Starts a new message in {@code msg} and {@code arena}: the $L of {@code $L}.\n",
            msg.layout().kind().jsonName(), msg.method().name());
    List<String> params = new ArrayList<>();
    for (Parameter p : msg.parameters()) {
      params.add(locals.claim(Names.member(p.name())));
    }
    String m = locals.fresh("msg");
    String arena = locals.fresh("arena");
    String riid = locals.fresh("riid");
    spec.addParameter(CodecGen.NK_MESSAGE, m).addParameter(CodecGen.ARENA, arena).addParameter(TypeName.INT, riid);
    CodeBlock.Builder c = CodeBlock.builder();
    c.addStatement("$N.reset($N, MID_$L, 0, $L_FIXED_SIZE)", m, riid, Names.constant(msg.method().name()),
        msg.constantPrefix());
    if (msg.layout().kind() == MessageLayout.Kind.ERROR) {
      c.addStatement("$N.setError(true)", m);
    }
    c.addStatement("$N.reset()", arena);
    for (int i = 0; i < msg.parameters().size(); i++) {
      Parameter p = msg.parameters().get(i);
      FieldLayout fl = msg.layout().fields().get(i);
      spec.addParameter(types.of(p.type()), params.get(i));
      ValueCodec.Place place = new ValueCodec.Place(m, null, fl.offset(), arena, msg.javaName() + "." + p.name());
      values.encode(c, p.type(), fl.type(), place, CodeBlock.of("$N", params.get(i)), locals);
    }
    c.addStatement("$N.setArenaSize($N.used())", m, arena);
    return spec.addCode(c.build()).build();
  }

  private MethodSpec decoder(ClassName codec, IdlPackage pkg, Message msg) {
    boolean error = msg.layout().kind() == MessageLayout.Kind.ERROR;
    TypeName result = error ? methods.error(pkg, msg.method()) : codec.nestedClass(msg.javaName());
    Locals locals = new Locals();
    locals.claim("msg");
    locals.claim("arena");
    MethodSpec.Builder spec = MethodSpec.methodBuilder("decode" + msg.javaName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addException(ValueCodec.NK_EXCEPTION).returns(result)
        .addParameter(CodecGen.NK_MESSAGE, "msg").addParameter(CodecGen.ARENA, "arena")
        .addJavadoc("Reads the $L of {@code $L}: every bound checked, every byte and handle accounted for.\n",
            msg.layout().kind().jsonName(), msg.method().name());
    CodeBlock.Builder c = CodeBlock.builder();
    if (error) {
      c.addStatement("msg.beginDecode($L_FIXED_SIZE, $T.FLAG_ERROR, arena)", msg.constantPrefix(), CodecGen.NK_MESSAGE);
    } else {
      c.addStatement("msg.beginDecode($L_FIXED_SIZE, 0, arena)", msg.constantPrefix());
    }
    List<CodeBlock> args = new ArrayList<>();
    for (int i = 0; i < msg.parameters().size(); i++) {
      Parameter p = msg.parameters().get(i);
      FieldLayout fl = msg.layout().fields().get(i);
      ValueCodec.Place place = new ValueCodec.Place("msg", null, fl.offset(), "arena",
          msg.javaName() + "." + p.name());
      CodeBlock v = values.decode(c, p.type(), fl.type(), place, locals);
      String local = locals.fresh(Names.member(p.name()));
      c.addStatement("$T $N = $L", types.of(p.type()), local, v);
      args.add(CodeBlock.of("$N", local));
    }
    c.addStatement("msg.checkHandlesConsumed()");
    c.addStatement("arena.checkFullyConsumed()");
    c.addStatement("return new $T($L)", result, CodeBlock.join(args, ", "));
    return spec.addCode(c.build()).build();
  }
}
