package org.kos.cli.rc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.decode.CodeInput;
import org.kos.rcdb.decode.Decoded;
import org.kos.rcdb.model.RcEntry;

/**
 * How a code is shown: one line for people, one JSON object for tools. The line is
 * {@code hex signed name severity customer=.. space=Name(n) facility=.. code=.. description}.
 */
final class CodeLines {
  private CodeLines() {}

  static String line(Decoded d) {
    String facility = d.facilityName() == null ? Integer.toString(d.facility())
        : d.facilityName() + "(" + d.facility() + ")";
    return d.hex() + "  " + d.value() + "  " + (d.known() ? d.name() : "(unknown)") + "  " + d.severity()
        + "  customer=" + (d.customer() ? "yes" : "no")
        + "  space=" + d.spaceName() + "(" + d.space() + ")"
        + "  facility=" + facility
        + "  code=" + d.code()
        + "  " + d.description();
  }

  static Map<String, Object> json(Decoded d) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (d.input() != null) {
      m.put("input", d.input());
      m.put("readAs", d.readAs().label());
    }
    m.put("known", d.known());
    m.put("hex", d.hex());
    m.put("signed", d.value());
    m.put("unsigned", Integer.toUnsignedLong(d.value()));
    m.put("name", d.name());
    m.put("severity", d.severity());
    m.put("customer", d.customer());
    m.put("space", d.space());
    m.put("spaceName", d.spaceName());
    m.put("facility", d.facility());
    m.put("facilityName", d.facilityName());
    m.put("code", d.code());
    m.put("description", d.description());
    if (d.entry() != null && d.entry().source() != null) {
      m.put("source", d.entry().source().toString());
    }
    return m;
  }

  /** An entry shown like a decoded code. */
  static Decoded of(RcEntry e, Catalog catalog) {
    int space = org.kos.rc.Retcode.space(e.value());
    return new Decoded(null, CodeInput.Kind.NAME, e.value(), e, catalog.spaceName(space),
        catalog.facilityName(space, org.kos.rc.Retcode.facility(e.value())));
  }

  static List<Map<String, Object>> json(List<Decoded> ds) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Decoded d : ds) {
      out.add(json(d));
    }
    return out;
  }
}
