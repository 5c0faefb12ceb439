package org.kos.confinement;

import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * The subject of a member rule: {@code owner.name}, optionally with parameter types in Java
 * notation, the last of which may be {@code ..} for any further parameters.
 *
 * @param owner the class, dotted
 * @param name the method or field; {@code <init>} for constructors
 * @param parameters the parameter types, or null for every overload (and the field)
 * @param openEnded whether {@code ..} ends the parameters
 */
public record MemberPattern(String owner, String name, List<String> parameters, boolean openEnded) {

  static MemberPattern parse(String s, int line) {
    int paren = s.indexOf('(');
    String head = paren < 0 ? s : s.substring(0, paren);
    int dot = head.lastIndexOf('.');
    if (dot <= 0 || dot == head.length() - 1) {
      throw AllowListEntry.error(line, "a member rule names Class.member: '" + s + "'");
    }
    List<String> params = null;
    boolean open = false;
    if (paren >= 0) {
      if (!s.endsWith(")")) {
        throw AllowListEntry.error(line, "unclosed parameter list: '" + s + "'");
      }
      String inside = s.substring(paren + 1, s.length() - 1);
      params = inside.isEmpty() ? List.of() : Arrays.asList(inside.split(","));
      if (!params.isEmpty() && params.get(params.size() - 1).equals("..")) {
        open = true;
        params = params.subList(0, params.size() - 1);
      }
      params = List.copyOf(params);
    }
    return new MemberPattern(head.substring(0, dot), head.substring(dot + 1), params, open);
  }

  /** Whether a method with descriptor {@code desc} (or, with null, the field) matches. */
  boolean matches(String desc) {
    if (parameters == null) {
      return true;
    }
    if (desc == null) {
      return false;
    }
    Type[] args = Type.getArgumentTypes(desc);
    if (openEnded ? args.length < parameters.size() : args.length != parameters.size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (!args[i].getClassName().equals(parameters.get(i))) {
        return false;
      }
    }
    return true;
  }
}
