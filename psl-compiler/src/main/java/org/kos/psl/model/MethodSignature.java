package org.kos.psl.model;

import org.kos.psl.types.PslType;

/** A model method as an object offers it: rule or expression, argument and result types with the object's parameters filled in. */
public record MethodSignature(String name, boolean rule, boolean global, PslType argument, PslType result) {}
