/**
 * Reading images without trusting them: format detection, one random-access reader per format
 * over a {@link java.nio.channels.FileChannel} (no copy of the image is made; the reference
 * kernel's file system endpoint reads through {@link org.kos.romfs.read.RomImage}), and
 * verification. Every structural problem becomes a {@link org.kos.romfs.read.BadImageException}
 * naming the byte offset at fault; limits keep time and memory bounded whatever the image says.
 */
package org.kos.romfs.read;
