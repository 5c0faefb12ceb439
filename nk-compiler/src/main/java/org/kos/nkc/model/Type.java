package org.kos.nkc.model;

/**
 * A resolved type. Named types ({@link Typedef}, {@link StructType}) are their own declarations,
 * so a type graph can be walked without lookups; {@link #resolved()} looks through typedefs.
 * Handles to interfaces name the interface by package name (a string), because interfaces may
 * refer to each other.
 */
public sealed interface Type permits Type.Int, Type.Handle, Type.Bytes, Type.Str, Type.Array,
    Type.Sequence, StructType, Typedef, Type.Invalid {

  /** This type with typedefs looked through. */
  default Type resolved() {
    return this;
  }

  /** The type as a user would write it. */
  String display();

  record Int(IntKind kind) implements Type {
    @Override
    public String display() {
      return kind.idlName();
    }
  }

  /** {@code Handle} ({@code iface} null) or {@code handle<iface>} (1.4). */
  record Handle(String iface) implements Type {
    @Override
    public String display() {
      return iface == null ? "Handle" : "handle<" + iface + ">";
    }
  }

  /** {@code bytes<bound>}. */
  record Bytes(long bound) implements Type {
    @Override
    public String display() {
      return "bytes<" + bound + ">";
    }
  }

  /** {@code string<bound>}: up to {@code bound} characters plus NUL. */
  record Str(long bound) implements Type {
    @Override
    public String display() {
      return "string<" + bound + ">";
    }
  }

  /** {@code array<element, length>}: exactly {@code length} elements inline. */
  record Array(Type element, long length) implements Type {
    @Override
    public String display() {
      return "array<" + element.display() + ", " + length + ">";
    }
  }

  /** {@code sequence<element, bound>}: up to {@code bound} elements. */
  record Sequence(Type element, long bound) implements Type {
    @Override
    public String display() {
      return "sequence<" + element.display() + ", " + bound + ">";
    }
  }

  /**
   * Stands for a type that could not be resolved (the error was reported). A model is only handed
   * out by the compiler when there are no errors, so consumers never see it.
   */
  enum Invalid implements Type {
    INSTANCE;

    @Override
    public String display() {
      return "<invalid>";
    }
  }
}
