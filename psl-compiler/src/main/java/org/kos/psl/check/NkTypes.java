package org.kos.psl.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.psl.types.IntType;
import org.kos.psl.types.PslType;

/**
 * How an IDL message looks to a policy (spec §5): integers keep their types, a handle is a
 * {@code HandleDesc} ({@code {handle, rights}}, the kernel puts the SID in place of the handle),
 * structs and unions are dictionaries, arrays and sequences keep their bounds, strings are Text,
 * and {@code bytes} cannot be read.
 */
final class NkTypes {
  private static final PslType HANDLE_DESC = new PslType.Dict(Map.of(
      "handle", new PslType.Int(IntType.UINT32), "rights", new PslType.Int(IntType.UINT32)), false);
  /** Struct nesting is bounded by the NK checks; this guards a model built without them. */
  private static final int MAX_DEPTH = 256;

  private NkTypes() {}

  /** The {@code message} dictionary of a method for one direction (request: in, response: out, error: error). */
  static PslType.Dict message(Method m, Direction direction) {
    Map<String, PslType> fields = new LinkedHashMap<>();
    for (Parameter p : m.of(direction)) {
      fields.put(p.name(), of(p.type(), 0));
    }
    return new PslType.Dict(fields, false);
  }

  /** Whether two methods give policies the same message in a direction (for ambiguity). */
  static boolean sameMessage(Method a, Method b, Direction direction) {
    return message(a, direction).equals(message(b, direction));
  }

  static PslType of(Type type, int depth) {
    Type t = type.resolved();
    if (depth > MAX_DEPTH) {
      return PslType.Any.INSTANCE;
    }
    if (t instanceof Type.Int i) {
      return new PslType.Int(intType(i.kind()));
    }
    if (t instanceof Type.Handle) {
      return HANDLE_DESC;
    }
    if (t instanceof Type.Str) {
      return PslType.Text.INSTANCE;
    }
    if (t instanceof Type.Bytes) {
      return PslType.Bytes.INSTANCE;
    }
    if (t instanceof Type.Array a) {
      return new PslType.Collection(PslType.CollectionKind.ARRAY, of(a.element(), depth + 1), a.length());
    }
    if (t instanceof Type.Sequence s) {
      return new PslType.Collection(PslType.CollectionKind.SEQUENCE, of(s.element(), depth + 1), s.bound());
    }
    if (t instanceof StructType s) {
      Map<String, PslType> fields = new LinkedHashMap<>();
      for (StructType.Field f : s.fields()) {
        fields.put(f.name(), of(f.type(), depth + 1));
      }
      return new PslType.Dict(fields, false);
    }
    return PslType.Any.INSTANCE;
  }

  static IntType intType(IntKind k) {
    return switch (k) {
      case SINT8 -> IntType.SINT8;
      case SINT16 -> IntType.SINT16;
      case SINT32 -> IntType.SINT32;
      case SINT64 -> IntType.SINT64;
      case UINT8 -> IntType.UINT8;
      case UINT16 -> IntType.UINT16;
      case UINT32 -> IntType.UINT32;
      default -> IntType.UINT64;
    };
  }

  static List<String> parameterNames(Method m, Direction d) {
    return m.of(d).stream().map(Parameter::name).toList();
  }
}
