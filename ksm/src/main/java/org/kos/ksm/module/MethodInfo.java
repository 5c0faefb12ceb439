package org.kos.ksm.module;

import java.util.Map;

/** A method of an interface: its name and the parameters of its request, response and error messages. */
public record MethodInfo(String name, int mid, Map<String, Field> in, Map<String, Field> out,
    Map<String, Field> error) {}
