package org.kos.nkc.layout;

/**
 * One endpoint of a component or class tree with its RIID and both names it is published under:
 * {@code name} is {@code <instancePath>.<ep>} ({@code <ep>} for the component's own endpoints),
 * {@code qualifiedName} is {@code <declaring component or class>.<ep>}. {@code iface} is the
 * interface's package name.
 */
public record EndpointLayout(int riid, String name, String qualifiedName, String iface) {}
