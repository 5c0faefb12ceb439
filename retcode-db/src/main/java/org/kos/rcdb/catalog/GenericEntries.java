package org.kos.rcdb.catalog;

import java.util.ArrayList;
import java.util.List;
import org.kos.rc.GenericCode;
import org.kos.rc.Retcode;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/** The SDK's generic codes as database entries, defined where the SDK defines them. */
public final class GenericEntries {
  /** Where the SDK declares the generic codes. */
  public static final String SDK_HEADER = "rtl/retcode.h";

  private GenericEntries() {}

  public static List<RcEntry> all() {
    List<RcEntry> out = new ArrayList<>();
    for (GenericCode g : GenericCode.values()) {
      int v = g.value();
      out.add(new RcEntry(g.sdkName(), v, Retcode.customer(v), Retcode.space(v), Retcode.facility(v),
          Retcode.code(v), null, null, g.description(), SourceRef.fileOnly(SDK_HEADER)));
    }
    out.sort(RcEntry.ORDER);
    return List.copyOf(out);
  }
}
