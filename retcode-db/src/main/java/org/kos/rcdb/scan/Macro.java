package org.kos.rcdb.scan;

import java.util.List;

/**
 * A name the scanned sources give a meaning to: a {@code #define} (object-like when {@code params}
 * is null, function-like otherwise), or a constant such as an enumerator or a Java
 * {@code static final} field, which behaves like an object-like macro.
 */
record Macro(String name, List<String> params, List<Token> body) {
  boolean isFunctionLike() {
    return params != null;
  }
}
