package org.kos.rcdb.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One code as stored: the value as hex text so that people can read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "value", "customer", "space", "facility", "code", "spaceName", "facilityName",
    "description", "source"})
record EntryJson(String name, String value, Long customer, Long space, Long facility, Long code,
    String spaceName, String facilityName, String description, SourceJson source) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"file", "line", "column"})
  record SourceJson(String file, Integer line, Integer column) {}
}
