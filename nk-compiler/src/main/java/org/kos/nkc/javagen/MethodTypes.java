package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nk.NkMethodError;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;

/**
 * The Java shape of a method's results: {@code void}, the single output's type, or a nested
 * {@code record <Method>Out} for two or more outputs; and the checked {@code <Method>Error}
 * exception carrying its error parameters. Both are nested in the package's interface, with a
 * trailing {@code _} if a declaration of the package already has the name.
 */
final class MethodTypes {
  private final Names names;
  private final JavaTypes types;

  MethodTypes(Names names, JavaTypes types) {
    this.names = names;
    this.types = types;
  }

  TypeName result(IdlPackage p, Method m) {
    List<Parameter> outs = m.outs();
    if (outs.isEmpty()) {
      return TypeName.VOID;
    }
    return outs.size() == 1 ? types.of(outs.get(0).type()) : out(p, m);
  }

  ClassName out(IdlPackage p, Method m) {
    return nested(p, Names.upperCamel(m.name()) + "Out");
  }

  ClassName error(IdlPackage p, Method m) {
    return nested(p, Names.upperCamel(m.name()) + "Error");
  }

  private ClassName nested(IdlPackage p, String name) {
    String n = p.declaration(name).isPresent() ? name + "_" : name;
    return names.packageType(p.name()).nestedClass(n);
  }

  /** The components of a record or exception holding {@code parameters}. */
  List<Records.Component> components(List<Parameter> parameters) {
    List<Records.Component> c = new ArrayList<>();
    for (Parameter p : parameters) {
      c.add(new Records.Component(Names.member(p.name()), types.of(p.type()), p.type()));
    }
    return c;
  }

  TypeSpec outType(IdlPackage p, Method m) {
    return Records.record(out(p, m).simpleName(), components(m.outs()))
        .addJavadoc("The outputs of {@code $L}.\n", m.name()).build();
  }

  /**
   * A checked exception with one accessor per error parameter. Fields are transient: the exception
   * travels as an NK message, never through Java serialization.
   */
  TypeSpec errorType(IdlPackage p, Method m) {
    ClassName name = error(p, m);
    TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(NkMethodError.class)
        .addJavadoc("The error response of {@code $L}: thrown by a server to send it, by a proxy on receiving it.\n",
            m.name())
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build());
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addStatement("super($S)", m.name() + " returned an error response");
    for (Records.Component c : components(m.errors())) {
      t.addField(c.javaType(), c.name(), Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT);
      ctor.addParameter(c.javaType(), c.name());
      if (JavaTypes.isList(c.type())) {
        ctor.addStatement("this.$N = $T.copyOf($N)", c.name(), JavaTypes.LIST, c.name());
      } else {
        ctor.addStatement("this.$N = $N", c.name(), c.name());
      }
      t.addMethod(MethodSpec.methodBuilder(c.name()).addModifiers(Modifier.PUBLIC).returns(c.javaType())
          .addStatement("return $N", c.name()).build());
    }
    return t.addMethod(ctor.build()).build();
  }
}
