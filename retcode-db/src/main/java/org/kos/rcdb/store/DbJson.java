package org.kos.rcdb.store;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The whole file: a format tag and version, then the codes. */
@JsonPropertyOrder({"format", "version", "codes"})
record DbJson(String format, int version, List<EntryJson> codes) {}
