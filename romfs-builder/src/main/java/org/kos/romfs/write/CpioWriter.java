package org.kos.romfs.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.kos.romfs.Compression;
import org.kos.romfs.EntryType;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;

/**
 * cpio "newc" through Commons Compress, optionally compressed. Reproducible by construction: inode
 * numbers count from 1 in the tree's flat order (depth first, or as given; hard links share their first file's number, and only that
 * first entry carries the data), owner 0:0, device 0:0, every mtime the build epoch, 512-byte
 * blocking of the trailer. The root directory itself is not stored.
 */
public final class CpioWriter implements ImageWriter {
  @Override
  public void write(ImageTree tree, BuildOptions options, FileChannel channel) throws IOException, ImageBuildException {
    Map<Object, Integer> linkCount = new HashMap<>();
    Map<String, Integer> subdirs = new HashMap<>();
    for (TreeEntry e : tree.depthFirst()) {
      if (e.linkKey() != null) {
        linkCount.merge(e.linkKey(), 1, Integer::sum);
      }
      if (e.type() == EntryType.DIRECTORY) {
        subdirs.merge(org.kos.romfs.ImagePaths.parent(e.path()), 1, Integer::sum);
      }
    }
    options.progress().start(tree.contentBytes(), tree.size());
    OutputStream file = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)), 1 << 16);
    try (OutputStream packed = compressor(options.compression(), file);
        CpioArchiveOutputStream cpio = new CpioArchiveOutputStream(packed, CpioConstants.FORMAT_NEW, 512, "UTF-8")) {
      Map<Object, Long> inodeOfLink = new HashMap<>();
      long nextInode = 1;
      byte[] buffer = new byte[1 << 16];
      for (TreeEntry e : tree.flatOrder()) {
        CpioArchiveEntry c = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, e.path());
        c.setMode(typeBits(e.type()) | e.mode());
        c.setUID(0);
        c.setGID(0);
        c.setTime(options.epochSeconds());
        Long linkedInode = e.linkKey() == null ? null : inodeOfLink.get(e.linkKey());
        c.setInode(linkedInode != null ? linkedInode : nextInode++);
        if (e.linkKey() != null) {
          inodeOfLink.putIfAbsent(e.linkKey(), c.getInode());
        }
        c.setNumberOfLinks(e.type() == EntryType.DIRECTORY ? 2 + subdirs.getOrDefault(e.path(), 0)
            : e.linkKey() == null ? 1 : linkCount.get(e.linkKey()));
        if (e.type().isDevice()) {
          c.setRemoteDeviceMaj(e.major());
          c.setRemoteDeviceMin(e.minor());
        }
        byte[] link = e.type() == EntryType.SYMLINK ? e.symlinkTarget().getBytes(StandardCharsets.UTF_8) : null;
        boolean data = e.type() == EntryType.FILE && linkedInode == null;
        c.setSize(link != null ? link.length : data ? e.size() : 0);
        cpio.putArchiveEntry(c);
        if (link != null) {
          cpio.write(link);
        } else if (data) {
          copy(e, cpio, buffer, options.progress());
        }
        cpio.closeArchiveEntry();
      }
      cpio.finish();
    }
    file.flush();
    options.progress().finish();
  }

  private static void copy(TreeEntry e, OutputStream out, byte[] buffer, ProgressListener progress)
      throws IOException, ImageBuildException {
    long done = 0;
    try (InputStream in = Files.newInputStream(e.source())) {
      int n;
      while (done < e.size() && (n = in.read(buffer, 0, (int) Math.min(buffer.length, e.size() - done))) > 0) {
        out.write(buffer, 0, n);
        done += n;
        progress.advance(n);
      }
      if (done != e.size() || in.read() >= 0) {
        throw new ImageBuildException(e.source() + " changed while the image was built (expected " + e.size() + " bytes)");
      }
    }
  }

  private static OutputStream compressor(Compression c, OutputStream out) throws ImageBuildException {
    if (c == Compression.NONE) {
      return out;
    }
    try {
      return new CompressorStreamFactory().createCompressorOutputStream(c.streamName(), out);
    } catch (CompressorException | LinkageError e) {
      throw new ImageBuildException(c.label() + " compression is not available: " + e.getMessage());
    }
  }

  private static long typeBits(EntryType t) {
    switch (t) {
      case FILE: return CpioConstants.C_ISREG;
      case DIRECTORY: return CpioConstants.C_ISDIR;
      case SYMLINK: return CpioConstants.C_ISLNK;
      case CHAR_DEVICE: return CpioConstants.C_ISCHR;
      case BLOCK_DEVICE: return CpioConstants.C_ISBLK;
      case FIFO: return CpioConstants.C_ISFIFO;
      case SOCKET: return CpioConstants.C_ISSOCK;
      default: throw new IllegalStateException(t.toString());
    }
  }

  /** Flushes instead of closing, so that finishing the compressor leaves the channel to its owner. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
