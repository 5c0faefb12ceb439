/**
 * Unpacking an image into a directory without letting it reach outside: paths are checked before
 * anything is written, symlinks must stay inside the target, files are written to a temporary name
 * and moved into place, symlinks are created last so that nothing is written through them.
 */
package org.kos.romfs.extract;
