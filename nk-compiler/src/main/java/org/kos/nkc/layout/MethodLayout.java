package org.kos.nkc.layout;

/** A method's MID (its index in the interface) and the layout of its three messages. */
public record MethodLayout(String name, int mid, MessageLayout request, MessageLayout response,
    MessageLayout error) {}
