/**
 * ROMFS images: what building and reading share. The entry types an image can hold, the image
 * formats ({@code kos}, Linux {@code romfs}, {@code cpio} newc), the compressions of cpio, and the
 * rules every image path obeys. Sub-packages form the pipeline: {@code source} (directory or
 * manifest) → {@code tree} (ordered entries) → {@code write} (one writer per format), and
 * {@code read} (format detection, random-access readers, verification) → {@code extract}.
 */
package org.kos.romfs;
