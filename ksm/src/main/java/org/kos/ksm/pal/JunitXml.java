package org.kos.ksm.pal;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML, as CI servers read it: {@code <testsuites>}, a {@code <testsuite>} per
 * test set, a {@code <testcase>} per sequence with a {@code <failure>} for its failing step. Written
 * with the JDK's StAX writer (it escapes); characters XML 1.0 cannot hold are replaced.
 */
public final class JunitXml {
  private JunitXml() {}

  /** The document; {@code name} names the whole run (the policy file). */
  public static String render(PalReport report, String name) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("testsuites");
      attr(w, "name", name);
      attr(w, "tests", Long.toString(report.tests()));
      attr(w, "failures", Long.toString(report.failures()));
      attr(w, "errors", "0");
      attr(w, "time", seconds(report.sets().stream().flatMap(s -> s.tests().stream())
          .mapToLong(TestResult::nanos).sum()));
      for (SetResult set : report.sets()) {
        suite(w, set);
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing JUnit XML to a string: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void suite(XMLStreamWriter w, SetResult set) throws XMLStreamException {
    w.writeCharacters("\n  ");
    w.writeStartElement("testsuite");
    attr(w, "name", set.name());
    attr(w, "tests", Integer.toString(set.tests().size()));
    attr(w, "failures", Long.toString(set.failures()));
    attr(w, "errors", "0");
    attr(w, "skipped", "0");
    attr(w, "time", seconds(set.tests().stream().mapToLong(TestResult::nanos).sum()));
    for (TestResult t : set.tests()) {
      w.writeCharacters("\n    ");
      w.writeStartElement("testcase");
      attr(w, "classname", set.name());
      attr(w, "name", t.name());
      attr(w, "time", seconds(t.nanos()));
      if (!t.passed()) {
        StepFailure f = t.failure();
        w.writeCharacters("\n      ");
        w.writeStartElement("failure");
        attr(w, "message", f.summary());
        w.writeCharacters(clean(f.summary() + (f.reason() == null ? "" : "\n" + f.reason())));
        w.writeEndElement();
        w.writeCharacters("\n    ");
      }
      w.writeEndElement();
    }
    w.writeCharacters("\n  ");
    w.writeEndElement();
  }

  private static void attr(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeAttribute(name, clean(value));
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  /** Replaces what XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || c >= 0x10000;
      b.appendCodePoint(ok ? c : 0xFFFD);
      i += Character.charCount(c);
    }
    return b.toString();
  }
}
