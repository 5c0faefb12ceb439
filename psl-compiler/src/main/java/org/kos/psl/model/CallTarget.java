package org.kos.psl.model;

/** What an application's callee resolved to: an object's method. */
public record CallTarget(ModelObject object, MethodSignature method) {}
