package org.kos.nkc.javagen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.kos.nkc.model.Type;

/**
 * Java records for NK values (structs, union alternatives, messages, multiple outputs): one
 * component per field in declaration order; list components are copied into immutable lists so a
 * record is a value.
 */
final class Records {
  /** A record component: Java name, Java type, and the IDL type it holds. */
  record Component(String name, TypeName javaType, Type type) {}

  private Records() {}

  static TypeSpec.Builder record(String name, List<Component> components) {
    boolean copies = components.stream().anyMatch(c -> JavaTypes.isList(c.type()));
    MethodSpec.Builder ctor = copies
        ? MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
        : MethodSpec.constructorBuilder();
    for (Component c : components) {
      ctor.addParameter(c.javaType(), c.name());
      if (JavaTypes.isList(c.type())) {
        ctor.addStatement("$N = $T.copyOf($N)", c.name(), JavaTypes.LIST, c.name());
      }
    }
    return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC).recordConstructor(ctor.build());
  }
}
