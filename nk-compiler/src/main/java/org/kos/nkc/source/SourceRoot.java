package org.kos.nkc.source;

import java.io.IOException;
import org.kos.nkc.diag.SourceFile;

/** One directory of the search path: maps {@code a/b/C.idl} to a file, if it has one. */
public interface SourceRoot {
  /** The file at {@code relativePath} ('/'-separated), or null when this root does not have it. */
  SourceFile open(String relativePath) throws IOException;

  /** How the root is named in messages ("testdata/nk", "<sdk>"). */
  String describe();
}
