package org.kos.kernel.fs;

import org.kos.kernel.handles.KernelObject;

/** A file of the boot image opened by {@code FS.Open}: what the handle it returns refers to. */
public final class OpenFile extends KernelObject {
  private final BootFile file;

  public OpenFile(BootFile file) {
    super("open file");
    this.file = file;
  }

  public BootFile file() {
    return file;
  }
}
