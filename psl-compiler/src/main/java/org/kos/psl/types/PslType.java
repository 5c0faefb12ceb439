package org.kos.psl.types;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The types of PSL values (spec §5) as the checker sees them. Literal lists and records keep their
 * element types until a context says whether they are a list, a set, a tuple, a dictionary or a map.
 */
public sealed interface PslType {
  /** How the type is written in messages. */
  String display();

  /** UInt8 ... SInt64. */
  record Int(IntType kind) implements PslType {
    @Override
    public String display() {
      return kind.pslName();
    }
  }

  /** An integer literal (or its type {@code 12}): fits any integer type whose range holds it. */
  record IntLiteral(BigInteger value) implements PslType {
    @Override
    public String display() {
      return value.toString();
    }
  }

  enum Bool implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "Boolean";
    }
  }

  enum Text implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "Text";
    }
  }

  record TextLiteral(String value) implements PslType {
    @Override
    public String display() {
      return "\"" + value + "\"";
    }
  }

  enum Unit implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "()";
    }
  }

  /** {@code A | B | ...}. */
  record Variant(List<PslType> alternatives) implements PslType {
    public Variant {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public String display() {
      return alternatives.stream().map(PslType::display).collect(Collectors.joining(" | "));
    }
  }

  /** {@code { f : T, ... }}: a dictionary type, or a record literal's fields. */
  record Dict(Map<String, PslType> fields, boolean literal) implements PslType {
    public Dict {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    @Override
    public String display() {
      return fields.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue().display())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** {@code [T, ...]}: a tuple type, or a list literal's element types. */
  record Tuple(List<PslType> elements, boolean literal) implements PslType {
    public Tuple {
      elements = List.copyOf(elements);
    }

    @Override
    public String display() {
      return elements.stream().map(PslType::display).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** {@code Set<T>}, {@code List<T>}, {@code Array<T, N>}, {@code Sequence<T, N>}. */
  record Collection(CollectionKind kind, PslType element, long bound) implements PslType {
    @Override
    public String display() {
      return kind.display + "<" + element.display() + (kind.bounded ? ", " + bound : "") + ">";
    }
  }

  enum CollectionKind {
    SET("Set", false), LIST("List", false), ARRAY("Array", true), SEQUENCE("Sequence", true);

    final String display;
    final boolean bounded;

    CollectionKind(String display, boolean bounded) {
      this.display = display;
      this.bounded = bounded;
    }
  }

  record MapOf(PslType key, PslType value) implements PslType {
    @Override
    public String display() {
      return "Map<" + key.display() + ", " + value.display() + ">";
    }
  }

  /** An IDL {@code bytes<N>} parameter: present in the message but not readable by policies. */
  enum Bytes implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "bytes";
    }
  }

  /** {@code _} in SDK signatures, and the type of anything already reported as wrong. */
  enum Any implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "_";
    }
  }

  /** What a rule call yields: a decision, not a value. */
  enum Decision implements PslType {
    INSTANCE;

    @Override
    public String display() {
      return "a decision (rule)";
    }
  }
}
