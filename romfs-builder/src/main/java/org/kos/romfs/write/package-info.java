/**
 * Writing a tree as an image: one writer per format behind {@link org.kos.romfs.write.ImageWriter},
 * a buffered sink that streams file content (never holding a file whole), and
 * {@link org.kos.romfs.write.ImageBuilder}, which writes to a temporary file beside the target and
 * moves it into place only when the image is complete.
 */
package org.kos.romfs.write;
