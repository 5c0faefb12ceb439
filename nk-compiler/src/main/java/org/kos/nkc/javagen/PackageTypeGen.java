package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nkc.model.Constant;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;

/**
 * The type of an IDL package: a Java interface (the server side) when the package declares an
 * interface, else a holder class; either holds the constants, the struct records and the union
 * sealed interfaces, and an interface also its methods' output records and error exceptions.
 */
final class PackageTypeGen {
  private final JavaTypes types;
  private final MethodTypes methods;

  PackageTypeGen(JavaTypes types, MethodTypes methods) {
    this.types = types;
    this.methods = methods;
  }

  TypeSpec generate(IdlPackage p, ClassName name) {
    boolean isInterface = p.iface().isPresent();
    TypeSpec.Builder t = isInterface
        ? TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC)
        : TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addJavadoc(isInterface
        ? "IDL package {@code $L}: the server side of its interface, with its constants and types.\n"
        : "IDL package {@code $L}: its constants and types.\n", p.name());
    for (Declaration d : p.declarations()) {
      if (d instanceof Constant c) {
        t.addField(constant(c));
      } else if (d instanceof StructType s) {
        t.addType(s.union() ? union(s) : struct(s));
      }
    }
    p.iface().ifPresent(i -> addInterface(t, p, i));
    return t.build();
  }

  private static FieldSpec constant(Constant c) {
    Type.Int type = (Type.Int) c.type().resolved();
    TypeName java = JavaTypes.primitive(type.kind());
    long v = c.longValue();
    String literal = switch (type.kind().bytes()) {
      case 1 -> "(byte) " + v;
      case 2 -> "(short) " + v;
      case 4 -> Integer.toString((int) v);
      default -> v + "L";
    };
    FieldSpec.Builder f = FieldSpec.builder(java, Names.identifier(c.name()),
        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer("$L", literal);
    f.addJavadoc("{@code const $L $L = $L}", c.type().display(), c.name(), c.value());
    return f.build();
  }

  private TypeSpec struct(StructType s) {
    List<Records.Component> fields = new ArrayList<>();
    for (StructType.Field f : s.fields()) {
      fields.add(new Records.Component(Names.member(f.name()), types.of(f.type()), f.type()));
    }
    return Records.record(JavaTypes.declarationName(s.name(), s.pkg()), fields)
        .addJavadoc("IDL {@code struct $L}.\n", s.name()).build();
  }

  /** A sealed interface with one record per alternative, each knowing its tag (declaration index). */
  private TypeSpec union(StructType s) {
    ClassName u = types.struct(s);
    TypeSpec.Builder t = TypeSpec.interfaceBuilder(u).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.SEALED)
        .addJavadoc("IDL {@code union $L}: one of its alternatives, tagged by declaration index.\n", s.name())
        .addMethod(MethodSpec.methodBuilder("tag").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(TypeName.INT).addJavadoc("The alternative's index in the union's declaration.\n").build());
    for (int i = 0; i < s.fields().size(); i++) {
      StructType.Field f = s.fields().get(i);
      ClassName alt = u.nestedClass(alternativeName(f.name(), u.simpleName()));
      t.addPermittedSubclass(alt);
      t.addType(Records.record(alt.simpleName(),
              List.of(new Records.Component("value", types.of(f.type()), f.type())))
          .addSuperinterface(u)
          .addJavadoc("Alternative {@code $L} (tag $L).\n", f.name(), i)
          .addMethod(MethodSpec.methodBuilder("tag").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
              .returns(TypeName.INT).addStatement("return $L", i).build())
          .build());
    }
    return t.build();
  }

  /** The record of a union alternative: the field name in upper camel case, never the union's name. */
  static String alternativeName(String field, String union) {
    String n = Names.identifier(Names.upperCamel(field));
    return n.equals(union) ? n + "_" : n;
  }

  private void addInterface(TypeSpec.Builder t, IdlPackage p, Interface iface) {
    for (Method m : iface.methods()) {
      MethodSpec.Builder spec = MethodSpec.methodBuilder(Names.method(m.name()))
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(methods.result(p, m))
          .addException(ValueCodec.NK_EXCEPTION)
          .addJavadoc("IDL method {@code $L}.\n", m.name());
      for (Parameter in : m.ins()) {
        spec.addParameter(types.of(in.type()), Names.member(in.name()));
      }
      if (!m.errors().isEmpty()) {
        spec.addException(methods.error(p, m));
        t.addType(methods.errorType(p, m));
      }
      if (m.outs().size() > 1) {
        t.addType(methods.outType(p, m));
      }
      t.addMethod(spec.build());
    }
  }
}
