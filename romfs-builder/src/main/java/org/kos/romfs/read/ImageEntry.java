package org.kos.romfs.read;

import org.kos.romfs.EntryType;

/**
 * An entry as found in an image.
 *
 * @param path image path
 * @param type what it is
 * @param mode permission bits (romfs keeps only "executable"; kos keeps none: see docs/romfs.md)
 * @param size bytes of content (file data, symlink target); 0 for a hard link
 * @param headerOffset where the entry's header or table row starts
 * @param dataOffset where its content starts (in the uncompressed stream for compressed cpio)
 * @param symlinkTarget target of a symlink, else null
 * @param linkTarget path of the entry a hard link shares its content with, else null
 * @param major device major number
 * @param minor device minor number
 */
public record ImageEntry(
    String path, EntryType type, int mode, long size, long headerOffset, long dataOffset,
    String symlinkTarget, String linkTarget, int major, int minor) {}
