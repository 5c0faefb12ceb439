package org.kos.ksm.module;

import java.util.Map;

/**
 * How a value lies in a message (docs/wire-format.md): its kind, its IDL type name, its offset
 * (from the message start for a parameter, from the enclosing struct or union for a member), its
 * size, and its members or element.
 */
public record Field(String name, long offset, Kind kind, String type, long size, Map<String, Field> members,
    Field element) {
  public enum Kind {
    INTEGER, HANDLE, BYTES, STRING, SEQUENCE, ARRAY, STRUCT, UNION
  }
}
