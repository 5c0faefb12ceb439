package org.kos.nkc.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.model.Handles;
import org.kos.nkc.model.StructType;
import org.kos.nkc.model.Type;
import org.kos.nkc.model.Typedef;

/**
 * Lays out types by the rules of {@code docs/wire-format.md}: integers at their size, arrays
 * inline, structs in C order with natural alignment, unions as a u32 tag then every alternative at
 * one offset, chunk descriptors (8 bytes, align 4) for bytes/string/sequence, 16-byte handle
 * containers. Struct and union layouts are computed once per declaration. Public so that the check
 * stage measures types against the wire limits ({@link MessageLayout#MAX_FIXED_SIZE},
 * {@link MessageLayout#MAX_ARENA}) with exactly these numbers; it needs a model without
 * unresolved types.
 */
public final class TypeLayouts {
  /** {@code {u32 offset, u32 size}}. */
  static final int CHUNK_SIZE = 8;
  static final int CHUNK_ALIGNMENT = 4;
  /** {@code nk_handle_desc_t}: handle, rights, badge, flags. */
  static final int HANDLE_SIZE = 16;
  static final int HANDLE_ALIGNMENT = 8;
  /** The u32 a union starts with: the index of the alternative that travels. */
  static final int UNION_TAG_SIZE = 4;

  private final Map<StructType, TypeLayout> structs = new IdentityHashMap<>();

  /** The layout of {@code type}, typedefs looked through. */
  public TypeLayout of(Type type) {
    Type t = type;
    while (t instanceof Typedef d) {
      t = d.target();
    }
    return resolvedLayout(t);
  }

  private TypeLayout resolvedLayout(Type t) {
    if (t instanceof Type.Int i) {
      return leaf(TypeLayout.Kind.INTEGER, t, i.kind().bytes(), i.kind().bytes(), 0, 0, 0);
    }
    if (t instanceof Type.Handle) {
      return leaf(TypeLayout.Kind.HANDLE, t, HANDLE_SIZE, HANDLE_ALIGNMENT, 0, 0, 1);
    }
    if (t instanceof Type.Bytes b) {
      return leaf(TypeLayout.Kind.BYTES, t, CHUNK_SIZE, CHUNK_ALIGNMENT, b.bound(), b.bound(), 0);
    }
    if (t instanceof Type.Str s) {
      long withNul = Sizes.add(s.bound(), 1);
      return leaf(TypeLayout.Kind.STRING, t, CHUNK_SIZE, CHUNK_ALIGNMENT, withNul, withNul, 0);
    }
    if (t instanceof Type.Array a) {
      TypeLayout e = of(a.element());
      return new TypeLayout(TypeLayout.Kind.ARRAY, t.display(), Sizes.times(a.length(), e.size()), e.alignment(),
          0, Sizes.times(a.length(), e.maxArena()), Handles.count(t), List.of(), e);
    }
    if (t instanceof Type.Sequence s) {
      TypeLayout e = of(s.element());
      long arena = Sizes.add(Sizes.times(s.bound(), e.size()), Sizes.times(s.bound(), e.maxArena()));
      return new TypeLayout(TypeLayout.Kind.SEQUENCE, t.display(), CHUNK_SIZE, CHUNK_ALIGNMENT, s.bound(), arena,
          Handles.count(t), List.of(), e);
    }
    if (t instanceof StructType s) {
      TypeLayout known = structs.get(s);
      if (known == null) {
        known = s.union() ? union(s) : struct(s);
        structs.put(s, known);
      }
      return known;
    }
    throw new IllegalArgumentException("cannot lay out " + t.display() + ": the model has unresolved types");
  }

  private TypeLayout struct(StructType s) {
    List<FieldLayout> members = new ArrayList<>();
    long offset = 0;
    int alignment = 1;
    long arena = 0;
    for (StructType.Field f : s.fields()) {
      TypeLayout t = of(f.type());
      offset = Sizes.alignUp(offset, t.alignment());
      members.add(new FieldLayout(f.name(), offset, t));
      offset = Sizes.add(offset, t.size());
      alignment = Math.max(alignment, t.alignment());
      arena = Sizes.add(arena, t.maxArena());
    }
    return new TypeLayout(TypeLayout.Kind.STRUCT, s.display(), Sizes.alignUp(offset, alignment), alignment, 0,
        arena, Handles.count(s), members, null);
  }

  /** Tag at 0, then all alternatives at the first offset after the tag that suits every one of them. */
  private TypeLayout union(StructType s) {
    List<TypeLayout> alternatives = s.fields().stream().map(f -> of(f.type())).toList();
    int bodyAlignment = alternatives.stream().mapToInt(TypeLayout::alignment).max().orElse(1);
    long body = Sizes.alignUp(UNION_TAG_SIZE, bodyAlignment);
    List<FieldLayout> members = new ArrayList<>();
    long largest = 0;
    long arena = 0;
    for (int i = 0; i < alternatives.size(); i++) {
      members.add(new FieldLayout(s.fields().get(i).name(), body, alternatives.get(i)));
      largest = Math.max(largest, alternatives.get(i).size());
      arena = Math.max(arena, alternatives.get(i).maxArena());
    }
    int alignment = Math.max(UNION_TAG_SIZE, bodyAlignment);
    return new TypeLayout(TypeLayout.Kind.UNION, s.display(), Sizes.alignUp(Sizes.add(body, largest), alignment),
        alignment, 0, arena, Handles.count(s), members, null);
  }

  private static TypeLayout leaf(TypeLayout.Kind kind, Type t, long size, int alignment, long maxElements,
      long maxArena, long handles) {
    return new TypeLayout(kind, t.display(), size, alignment, maxElements, maxArena, handles, List.of(), null);
  }
}
