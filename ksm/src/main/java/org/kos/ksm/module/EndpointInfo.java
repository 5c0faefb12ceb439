package org.kos.ksm.module;

import java.util.List;

/** An endpoint of a class as selectors name it: path, RIID, interface, the components its path goes through. */
public record EndpointInfo(String path, int riid, String iface, List<String> components) {}
