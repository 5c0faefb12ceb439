package org.kos.nkc.ast;

/** The three languages, told apart by file extension and by header keyword. */
public enum UnitKind {
  IDL("idl"),
  CDL("cdl"),
  EDL("edl");

  public final String extension;

  UnitKind(String extension) {
    this.extension = extension;
  }

  /** The kind for a file name's extension, or null. */
  public static UnitKind ofFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String ext = name.substring(dot + 1);
    for (UnitKind k : values()) {
      if (k.extension.equals(ext)) {
        return k;
      }
    }
    return null;
  }
}
