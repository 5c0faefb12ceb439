package org.kos.kernel.fs;

/**
 * A file of the boot image.
 *
 * @param path its path in the image, as {@code FS.Open} takes it
 * @param id a number no other file of the image has (the image implementation chooses it)
 * @param size bytes of content
 */
public record BootFile(String path, long id, long size) {}
