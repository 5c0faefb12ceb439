package org.kos.romfs.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.kos.romfs.tree.ImageTree;

/** Writes a tree in one format to a fresh, empty, seekable file. */
public interface ImageWriter {
  void write(ImageTree tree, BuildOptions options, FileChannel out) throws IOException, ImageBuildException;
}
