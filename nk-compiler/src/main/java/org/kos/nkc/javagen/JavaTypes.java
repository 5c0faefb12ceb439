package org.kos.nkc.javagen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.kos.nk.HandleDesc;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;

/**
 * IDL types to Java types ({@code docs/java-stubs.md}, "Types"): integers by width, signedness
 * kept in two's complement; {@code bytes} as {@code byte[]}; {@code string} as {@code String};
 * arrays and sequences of integers as primitive arrays, of anything else as {@code List};
 * handles as {@link HandleDesc}; structs and unions as the generated nested types.
 */
final class JavaTypes {
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName HANDLE_DESC = ClassName.get(HandleDesc.class);

  private final Names names;

  JavaTypes(Names names) {
    this.names = names;
  }

  TypeName of(Type type) {
    Type t = type.resolved();
    if (t instanceof Type.Int i) {
      return primitive(i.kind());
    }
    if (t instanceof Type.Handle) {
      return HANDLE_DESC;
    }
    if (t instanceof Type.Bytes) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    if (t instanceof Type.Str) {
      return ClassName.get(String.class);
    }
    if (t instanceof Type.Array a) {
      return collection(a.element());
    }
    if (t instanceof Type.Sequence s) {
      return collection(s.element());
    }
    if (t instanceof StructType s) {
      return struct(s);
    }
    throw new IllegalArgumentException("no Java type for " + t.display());
  }

  /** The nested record or sealed interface of a struct or union in its package's type. */
  ClassName struct(StructType s) {
    return names.packageType(s.pkg()).nestedClass(declarationName(s.name(), s.pkg()));
  }

  /** A nested type's name: an identifier that is not the enclosing type's name. */
  static String declarationName(String name, String pkg) {
    String id = Names.identifier(name);
    return id.equals(Names.simpleName(pkg)) ? id + "_" : id;
  }

  private TypeName collection(Type element) {
    Type e = element.resolved();
    if (e instanceof Type.Int i) {
      return ArrayTypeName.of(primitive(i.kind()));
    }
    return ParameterizedTypeName.get(LIST, of(e).box());
  }

  static TypeName primitive(IntKind kind) {
    return switch (kind.bytes()) {
      case 1 -> TypeName.BYTE;
      case 2 -> TypeName.SHORT;
      case 4 -> TypeName.INT;
      default -> TypeName.LONG;
    };
  }

  /** Whether values of the type are Java lists (copied into records, read with get(i)). */
  static boolean isList(Type type) {
    Type t = type.resolved();
    Type element = t instanceof Type.Array a ? a.element() : t instanceof Type.Sequence s ? s.element() : null;
    return element != null && isListElement(element);
  }

  /** Whether a collection of this element type is a List (else a primitive array). */
  static boolean isListElement(Type element) {
    return !(element.resolved() instanceof Type.Int);
  }
}
