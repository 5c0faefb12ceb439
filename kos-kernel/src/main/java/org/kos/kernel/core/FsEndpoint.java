package org.kos.kernel.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kl.core.FS;
import org.kos.kernel.fs.BootFile;
import org.kos.kernel.fs.BootImage;
import org.kos.kernel.fs.OpenFile;
import org.kos.libkos.Ocap;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * kl.core.FS over the kernel's read-only {@link BootImage}: files are opened by path (a leading
 * "/" is optional), read a {@link FS#BlockSize} block at a time, and enumerated by index in image
 * order. An open file is a handle in the caller's space; {@code Close} closes it.
 */
public final class FsEndpoint {
  /** Rights of a handle to an open file: it may be passed on. */
  static final int OPEN_FILE_RIGHTS = Ocap.OCAP_HANDLE_TRANSFER | Ocap.OCAP_HANDLE_GET_SID;

  public FS.OpenOut open(String name) throws RetcodeException {
    BootFile file = find(image(), name);
    int h = Callers.kernel().handles().install(Callers.process().table(), new OpenFile(file), OPEN_FILE_RIGHTS);
    return new FS.OpenOut(HandleDesc.of(h, OPEN_FILE_RIGHTS), Retcode.rcOk);
  }

  public int close(HandleDesc handle) throws RetcodeException {
    opened(handle);
    Callers.kernel().handles().close(Callers.process().table(), handle.getHandle());
    return Retcode.rcOk;
  }

  /** Block {@code sectorNumber} (from 0); past the end of the file {@code read} is 0, as at EOF. */
  public FS.ReadOut read(HandleDesc handle, int sectorNumber) throws RetcodeException {
    BootFile file = opened(handle);
    long position = Integer.toUnsignedLong(sectorNumber) * FS.BlockSize;
    byte[] block = new byte[(int) Math.max(0, Math.min(FS.BlockSize, file.size() - position))];
    int filled = 0;
    try {
      while (filled < block.length) {
        int n = image().read(file, position + filled, block, filled, block.length - filled);
        if (n <= 0) {
          break;
        }
        filled += n;
      }
    } catch (IOException e) {
      throw new RetcodeException(Retcode.rcInternalError, "cannot read " + file.path() + ": " + e.getMessage());
    }
    return new FS.ReadOut(filled, filled == block.length ? block : Arrays.copyOf(block, filled), Retcode.rcOk);
  }

  public FS.GetSizeOut getSize(HandleDesc handle) throws RetcodeException {
    return new FS.GetSizeOut(opened(handle).size(), Retcode.rcOk);
  }

  public FS.GetIdOut getId(HandleDesc handle) throws RetcodeException {
    return new FS.GetIdOut(opened(handle).id(), Retcode.rcOk);
  }

  public FS.CountOut count() throws RetcodeException {
    return new FS.CountOut(image().files().size(), Retcode.rcOk);
  }

  /**
   * The file at {@code index}: rcResourceNotFound past the last one, rcBufferTooSmall when the
   * name and its terminating NUL need more than {@code nameLenMax} bytes.
   */
  public FS.GetInfoOut getInfo(int index, int nameLenMax) throws RetcodeException {
    List<BootFile> files = image().files();
    long i = Integer.toUnsignedLong(index);
    if (i >= files.size()) {
      throw new RetcodeException(Retcode.rcResourceNotFound, "the image has " + files.size() + " files");
    }
    BootFile f = files.get((int) i);
    if (f.path().getBytes(StandardCharsets.UTF_8).length + 1L > Integer.toUnsignedLong(nameLenMax)) {
      throw new RetcodeException(Retcode.rcBufferTooSmall, "the name of file " + index + " needs more than "
          + Integer.toUnsignedString(nameLenMax) + " bytes");
    }
    return new FS.GetInfoOut(f.path(), f.id(), Retcode.rcOk);
  }

  public FS.GetFsSizeOut getFsSize() throws RetcodeException {
    return new FS.GetFsSizeOut(image().size(), Retcode.rcOk);
  }

  private static BootImage image() throws RetcodeException {
    return Callers.kernel().bootImage();
  }

  private static BootFile opened(HandleDesc handle) throws RetcodeException {
    return Callers.kernel().handles().object(Callers.process().table(), handle.getHandle(), OpenFile.class, 0).file();
  }

  private static BootFile find(BootImage image, String name) throws RetcodeException {
    String path = name.startsWith("/") ? name.substring(1) : name;
    for (BootFile f : image.files()) {
      if (f.path().equals(name) || f.path().equals(path)) {
        return f;
      }
    }
    throw new RetcodeException(Retcode.rcResourceNotFound, "no file " + name + " in the boot image");
  }
}
