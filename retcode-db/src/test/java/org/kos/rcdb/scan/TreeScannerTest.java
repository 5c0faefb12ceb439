package org.kos.rcdb.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kos.rcdb.Golden;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.store.RcDatabase;
import org.kos.rcdb.store.RcDatabaseFile;

class TreeScannerTest {
  private static ScanResult tree;

  @BeforeAll
  static void scanTestdataTree() throws IOException {
    tree = new TreeScanner(Golden.TESTDATA).scan(List.of(Golden.TESTDATA.resolve("src")));
  }

  private static RcEntry entry(String name) {
    Optional<RcEntry> e = tree.entries().stream().filter(x -> x.name().equals(name)).findFirst();
    assertTrue(e.isPresent(), name + " not found in " + tree.entries());
    return e.get();
  }

  private static ScanResult scan(String file, String text) {
    return TreeScanner.scanTexts(Map.of(file, text));
  }

  @Test
  void treeScanMatchesTheGoldenDatabase() throws IOException {
    String db = RcDatabaseFile.format(new RcDatabase(tree.entries()));
    Golden.assertMatches(Golden.TESTDATA.resolve("golden/retcodes.json"), db);
  }

  @Test
  void treeScanReportsNothingWrong() {
    assertEquals(List.of(), tree.findings());
  }

  @Test
  void oneLineDefineResolvesSymbolicSpaceAndFacilityFromAnotherHeader() {
    RcEntry e = entry("rcAcmeUsbStall");
    assertEquals(0xB5010001, e.value());
    assertEquals("RC_SPACE_ACME", e.spaceName());
    assertEquals("RC_FACILITY_USB", e.facilityName());
    assertEquals("src/include/acme/errors.h", e.source().file());
    assertEquals(8, e.source().line());
    assertEquals(9, e.source().column());
  }

  @Test
  void multiLineDefineWithCommentsNestedParensAndConcatenatedDescription() {
    RcEntry e = entry("rcAcmeUsbBabble");
    assertEquals(3, e.code());
    assertEquals("USB device talks past the end of its frame", e.description());
  }

  @Test
  void wrapperMacroDefinitionsResolveThroughTheWrapper() {
    assertEquals(0xB5020001, entry("rcAcmeI2cNack").value());
    assertEquals("RC_FACILITY_I2C", entry("rcAcmeI2cNack").facilityName());
    assertEquals("I2C arbitration lost (another master, \"multi-master\")", entry("rcAcmeI2cArbLost").description());
  }

  @Test
  void facilityDerivedFromAnotherConstantIsEvaluated() {
    assertEquals(3, entry("rcAcmeBlkReadOnly").facility());
    assertEquals(2, entry("rcAcmeBlkNoMedia").code());
  }

  @Test
  void aliasCommentLocalVariableAndWrapperAreNotDefinitions() {
    List<String> names = tree.entries().stream().map(RcEntry::name).toList();
    assertFalse(names.contains("rcAcmeUsbHalted"), names.toString());
    assertFalse(names.contains("rcAcmeCommentedOut"), names.toString());
    assertFalse(names.contains("rc"), names.toString());
    assertFalse(names.contains("x"), names.toString());
    assertFalse(names.contains("ACME_I2C_RC"), names.toString());
  }

  @Test
  void cppNamespaceAndClassScopeDefinitionsWithCrlfAreFound() {
    RcEntry e = entry("kNetUnreachable");
    assertEquals(4, e.facility());
    assertEquals("NET_FACILITY", e.facilityName());
    assertEquals(7, e.source().line());
    assertEquals(2, entry("kNetRefused").code());
  }

  @Test
  void javaDefinitionsWithQualifiedNamesAndStringConcatenation() {
    RcEntry e = entry("rcAcmeAppConfig");
    assertEquals(0xB5050001, e.value());
    assertEquals("Configuration file is invalid", e.description());
    assertEquals("SPACE_ACME", e.spaceName());
    assertEquals(0xB0850010, entry("rcAcmeAppKernelQuota").value());
    assertEquals(null, entry("rcAcmeAppKernelQuota").spaceName());
  }

  @Test
  void javaStaticImportAndTextBlock() {
    RcEntry e = entry("rcAcmeAppBusy");
    assertEquals(0xB5050002, e.value());
    assertEquals("Application is busy", e.description());
  }

  @Test
  void castsAroundTheCallAreStillADefinition() {
    ScanResult r = scan("a.hpp", "#define rcA ((Retcode) MAKE_RETCODE(1, 10, 1, 1, \"a\"))\n"
        + "constexpr Retcode rcB = static_cast<Retcode>(MAKE_RETCODE(1, 10, 1, 2, \"b\"));\n");
    assertEquals(List.of("rcA", "rcB"), r.entries().stream().map(RcEntry::name).toList());
  }

  @Test
  void valuesThatOnlyContainACallAreNotDefinitions() {
    ScanResult r = scan("a.h", "static const struct { Retcode rc; } t = { .rc = MAKE_RETCODE(1, 10, 1, 1, \"a\") };\n"
        + "#define PICK(c) ((c) ? MAKE_RETCODE(1, 10, 1, 2, \"b\") : 0)\n"
        + "#define rcMaybe (FLAG ? MAKE_RETCODE(1, 10, 1, 3, \"c\") : 0)\n");
    assertEquals(List.of(), r.entries());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void undefinedFacilityIsReportedAtTheDefinition() {
    ScanResult r = scan("a.h", "\n#define rcX MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_KERNEL, FAC_NOPE, 1, \"x\")\n");
    assertEquals(List.of(), r.entries());
    Finding f = r.findings().get(0);
    assertEquals(ScanIds.UNRESOLVED_ARGUMENT, f.id());
    assertEquals(2, f.at().line());
    assertEquals(9, f.at().column());
    assertTrue(f.message().contains("'FAC_NOPE' is not defined"), f.message());
    assertTrue(f.message().contains("facility"), f.message());
  }

  @Test
  void aFacilityDefinedThroughACycleOfMacrosSaysSo() {
    ScanResult r = scan("a.h", "#define FAC_A FAC_B\n#define FAC_B FAC_A\n"
        + "#define rcX MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_KERNEL, FAC_A, 1, \"x\")\n");
    assertEquals(List.of(), r.entries());
    Finding f = r.findings().get(0);
    assertEquals(ScanIds.UNRESOLVED_ARGUMENT, f.id());
    assertTrue(f.message().contains("'FAC_A' is defined only through a cycle of macros (FAC_A -> FAC_B -> FAC_A)"),
        f.message());
  }

  @Test
  void aDescriptionWhoseStringIsNotTerminatedIsReportedNotRecorded() {
    ScanResult r = scan("a.h", "#define rcX MAKE_RETCODE(1, 10, 1, 3, \"unterminated)\n");
    assertEquals(List.of(), r.entries());
    assertEquals(ScanIds.UNRESOLVED_ARGUMENT, r.findings().get(0).id());
    assertTrue(r.findings().get(0).message().contains("not terminated"), r.findings().get(0).message());
  }

  @Test
  void oneDefinitionNestedTooDeeplyIsReportedAndTheOthersAreScanned() {
    String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
    ScanResult r = scan("a.h", "#define rcDeep MAKE_RETCODE(1, 10, " + deep + ", 1, \"x\")\n"
        + "#define rcFine MAKE_RETCODE(1, 10, 1, 2, \"ok\")\n");
    assertEquals(List.of("rcFine"), r.entries().stream().map(RcEntry::name).toList());
    assertTrue(r.findings().get(0).message().contains("nested too deeply"), r.findings().get(0).message());
    assertEquals(1, r.findings().get(0).at().line());
  }

  @Test
  void aChainOfThousandsOfMacrosIsAPositionedFindingAndTheOthersAreScanned() {
    // Found by ScannerFuzzTest: each macro of the chain took a Java frame (StackOverflowError).
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      chain.append("#define C").append(i).append(" C").append(i + 1).append('\n');
    }
    ScanResult r = scan("a.h", "#define rcFine MAKE_RETCODE(1, 10, 1, 2, \"ok\")\n"
        + "#define rcChain MAKE_RETCODE(1, 10, C0, 1, \"x\")\n" + chain + "#define C20000 1\n");
    assertEquals(List.of("rcFine"), r.entries().stream().map(RcEntry::name).toList());
    Finding f = r.findings().stream().filter(x -> x.message().contains("rcChain")).findFirst().orElseThrow();
    assertEquals(ScanIds.UNRESOLVED_ARGUMENT, f.id());
    assertTrue(f.message().contains("nest more than " + Expander.MAX_DEPTH + " deep"), f.message());
    assertEquals(2, f.at().line());
  }

  @Test
  void aFileWhoseMacrosNeedMillionsOfExpansionsStopsWithOneFindingAndOtherFilesAreScanned() {
    // Found by ScannerFuzzTest (a timeout): each of 20,000 chained macros is a candidate and
    // expands MAX_DEPTH levels, five million expansions in all.
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      chain.append("#define A").append(i).append(" A").append(i + 1).append('\n');
    }
    ScanResult r = TreeScanner.scanTexts(Map.of("a.h", chain.toString(),
        "b.h", "#define rcFine MAKE_RETCODE(1, 10, 1, 2, \"ok\")\n"));
    assertEquals(List.of("rcFine"), r.entries().stream().map(RcEntry::name).toList());
    List<Finding> budget = r.findings().stream().filter(f -> f.message().contains("expansions")).toList();
    assertEquals(1, budget.size(), "one finding where the budget ran out");
    assertTrue(budget.get(0).message().contains("more than " + Expander.MAX_EXPANSIONS + " expansions"),
        budget.get(0).message());
    int lastLine = r.findings().stream().filter(f -> f.at().file().equals("a.h")).mapToInt(f -> f.at().line()).max().orElseThrow();
    assertEquals(budget.get(0).at().line(), lastLine, "nothing after it in the file is evaluated");
  }

  @Test
  void wrongArgumentCountIsReported() {
    ScanResult r = scan("a.h", "#define rcX MAKE_RETCODE(1, 2, 3, \"x\")\n");
    assertEquals(ScanIds.WRONG_ARGUMENT_COUNT, r.findings().get(0).id());
    assertTrue(r.findings().get(0).message().contains("has 4 arguments"), r.findings().get(0).message());
  }

  @Test
  void selfReferentialMacrosDoNotLoop() {
    ScanResult r = scan("a.h", "#define A B\n#define B A\n#define rcX MAKE_RETCODE(1, 0, A, 1, \"x\")\n");
    assertEquals(ScanIds.UNRESOLVED_ARGUMENT, r.findings().get(0).id());
  }

  @Test
  void tokenPastingAndStringizingInWrappers() {
    ScanResult r = scan("a.h", "#define FAC_USB 7\n#define RC(f, n) MAKE_RETCODE(1, 2, FAC_ ## f, n, #n)\n"
        + "#define rcX RC(USB, 12)\n");
    assertEquals(0xB1070000 | 12, r.entries().get(0).value());
    assertEquals("12", r.entries().get(0).description());
  }

  @Test
  void fieldsWiderThanTheirBitsAreKeptAsWrittenAndSpillLikeTheMacro() {
    ScanResult r = scan("a.h", "#define rcWide MAKE_RETCODE(1, 0, 128, 1, \"x\")\n");
    RcEntry e = r.entries().get(0);
    assertEquals(128, e.facility());
    assertEquals(0xB0800001, e.value());
    assertFalse(e.fieldsFit());
  }

  @Test
  void unterminatedCommentAndStringDoNotThrowAndTheCodeIsReportedNotRecorded() {
    ScanResult r = scan("a.h", "#define rcX MAKE_RETCODE(1, 0, 0, 1, \"unterminated\n/* open comment");
    assertEquals(0, r.entries().size());
    assertEquals(1, r.findings().size(), r.findings().toString());
  }

  @Test
  void sourceDefinitionsOverrideTheBuiltinSpaceConstants() {
    ScanResult r = scan("a.h", "#define RC_SPACE_TEST 7\n#define rcX MAKE_RETCODE(1, RC_SPACE_TEST, 0, 1, \"x\")\n");
    assertEquals(7, r.entries().get(0).space());
  }
}
