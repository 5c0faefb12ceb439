package org.kos.romfs.read;

/** A byte range of the image and what owns it, for the overlap check of verification. */
public record Region(long start, long end, String owner) {}
