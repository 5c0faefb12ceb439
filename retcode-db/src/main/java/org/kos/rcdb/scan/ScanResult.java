package org.kos.rcdb.scan;

import java.util.List;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.RcEntry;

/**
 * What scanning a tree found: the code definitions (database order), problems that kept a
 * definition out, and the files read (as named in the entries).
 */
public record ScanResult(List<RcEntry> entries, List<Finding> findings, List<String> files) {
  public ScanResult {
    entries = List.copyOf(entries);
    findings = List.copyOf(findings);
    files = List.copyOf(files);
  }
}
