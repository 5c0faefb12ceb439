package org.kos.psl.model;

import java.util.Map;
import org.kos.psl.ast.Decl;
import org.kos.psl.types.PslType;

/**
 * A policy object: its model, its type parameters resolved ({@code State = "a" | "b"}), its methods
 * with those parameters filled in, and its declaration ({@code sdk} for the SDK's pre-created ones:
 * base, pred, bool, math, struct, re).
 */
public record ModelObject(String name, SecurityModel model, Map<String, PslType> parameters,
    Map<String, MethodSignature> methods, Map<String, PslType> auditConditions, Decl.PolicyObject declaration,
    boolean sdk) {
  public ModelObject {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
    auditConditions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(auditConditions));
  }
}
