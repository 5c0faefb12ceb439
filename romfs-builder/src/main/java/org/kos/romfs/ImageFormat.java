package org.kos.romfs;

import java.util.Locale;

/** The image layouts this module builds and reads. */
public enum ImageFormat {
  /** The vendor's flat table of {name, data offset, size} with 4096-aligned data (spec §5). */
  KOS,
  /** The Linux romfs layout ({@code -rom1fs-}), byte-compatible with genromfs. */
  ROMFS,
  /** cpio "newc" (SVR4 without CRC), optionally compressed. */
  CPIO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
