package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JUnit XML report: well-formed, a suite per set, a case per test, a failure per failing test. */
class JunitXmlTest {
  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void suitesCasesAndFailuresParseBack() throws Exception {
    Document d = parse(JunitXml.render(PalTextTest.report(), "p.psl"));
    Element root = d.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals(List.of("2", "1"), List.of(root.getAttribute("tests"), root.getAttribute("failures")));
    Element suite = (Element) root.getElementsByTagName("testsuite").item(0);
    assertEquals("calc", suite.getAttribute("name"));
    assertEquals(2, suite.getElementsByTagName("testcase").getLength());
    Element failure = (Element) suite.getElementsByTagName("failure").item(0);
    assertEquals("big", ((Element) failure.getParentNode()).getAttribute("name"));
    assertEquals(PalTextTest.OVERFLOW.summary(), failure.getAttribute("message"));
  }

  @Test
  void markupAndControlCharactersInNamesSurvive() throws Exception {
    String name = "a<b & \"c\" 'd'\u0001";
    PalReport r = new PalReport(List.of(new SetResult(name, List.of(new TestResult(name, name, 1, null, 0)))));
    Element c = (Element) parse(JunitXml.render(r, name)).getElementsByTagName("testcase").item(0);
    assertEquals("a<b & \"c\" 'd'\uFFFD", c.getAttribute("name"));
  }
}
