package org.kos.romfs;

/** What an image entry is. Hard links appear only when reading; a tree expresses them by identity. */
public enum EntryType {
  FILE("file"),
  DIRECTORY("dir"),
  SYMLINK("symlink"),
  HARD_LINK("hardlink"),
  CHAR_DEVICE("chardev"),
  BLOCK_DEVICE("blockdev"),
  FIFO("fifo"),
  SOCKET("socket");

  private final String label;

  EntryType(String label) {
    this.label = label;
  }

  /** The short lower-case name used by {@code ls} and its JSON. */
  public String label() {
    return label;
  }

  public boolean isDevice() {
    return this == CHAR_DEVICE || this == BLOCK_DEVICE;
  }
}
