package org.kos.nkc.layout;

/**
 * A component instance somewhere in a tree: its dotted path from the root ({@code a.b}), the CDL
 * component it instantiates, the RIID of its first endpoint (the vendor's
 * {@code C_<inst>_iidOffset}, counted from the root) and how many endpoints its subtree has.
 */
public record InstanceLayout(String path, String component, int iidOffset, int endpointCount) {}
