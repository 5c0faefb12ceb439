package org.kos.cli.rc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.ExitCodes;

/** {@code kos rc decode} tried the way a new user would. */
class DecodeCommandTest {
  private static final String SECURITY_DISALLOW = "0x90000015  -1879048171  rcSecurityDisallow  error  customer=no"
      + "  space=General(0)  facility=0  code=21  The operation was denied by security mechanisms.\n";

  @TempDir Path dir;

  @Test
  void hexWithPrefixPrintsOneLineAndExitsZero() {
    RcCli r = RcCli.run("rc", "decode", "0x90000015");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(SECURITY_DISALLOW, r.out());
    assertEquals("", r.err());
  }

  @Test
  void negativeDecimalIsACodeNotAnOption() {
    RcCli r = RcCli.run("rc", "decode", "-1879048171");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(SECURITY_DISALLOW, r.out());
  }

  @Test
  void nameDecodesToItsValue() {
    RcCli r = RcCli.run("rc", "decode", "rcSecurityDisallow");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    assertEquals(SECURITY_DISALLOW, r.out());
  }

  @Test
  void ambiguousDigitsPrintEveryReadingLabelled() {
    RcCli r = RcCli.run("rc", "decode", "90000015");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals("90000015 as hex: " + SECURITY_DISALLOW.strip(), lines.get(0));
    assertTrue(lines.get(1).startsWith("90000015 as decimal: 0x055D4A8F  90000015  (unknown)"), lines.get(1));
  }

  @Test
  void garbageSaysWhatIsAcceptedAndExitsOne() {
    RcCli r = RcCli.run("rc", "decode", "hello!");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertEquals("", r.out());
    assertEquals("kos rc decode: 'hello!' is not a return code: give hex (0x90000015 or 90000015),"
        + " decimal (-1879048171) or a name (rcSecurityDisallow)\n", r.err());
  }

  @Test
  void numberBeyondThirtyTwoBitsSaysSo() {
    RcCli r = RcCli.run("rc", "decode", "0x1FFFFFFFF");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.err().startsWith("kos rc decode: '0x1FFFFFFFF' does not fit in 32 bits"), r.err());
  }

  @Test
  void misspelledNameSuggestsTheRightOne() {
    RcCli r = RcCli.run("rc", "decode", "rcSecurityDisalow");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.err().contains("no return code named 'rcSecurityDisalow'; did you mean rcSecurityDisallow?"), r.err());
  }

  @Test
  void unknownValueStillPrintsItsFieldsAndExitsOne() {
    RcCli r = RcCli.run("rc", "decode", "0x91020005");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.out().startsWith("0x91020005  -1862139899  (unknown)  error  customer=no  space=Drivers(2)  facility=2"
        + "  code=5  unknown code"), r.out());
  }

  @Test
  void oneUnknownAmongKnownCodesMakesTheExitOne() {
    assertEquals(ExitCodes.INPUT_ERROR, RcCli.run("rc", "decode", "rcOk", "nonsense!").exit);
  }

  @Test
  void jsonHasEveryFieldForEveryReading() {
    RcCli r = RcCli.run("rc", "decode", "--json", "90000015");
    assertEquals(ExitCodes.OK, r.exit, r.toString());
    String json = r.out();
    for (String key : List.of("\"input\" : \"90000015\"", "\"readAs\" : \"hex\"", "\"readAs\" : \"decimal\"",
        "\"hex\" : \"0x90000015\"", "\"signed\" : -1879048171", "\"unsigned\" : 2415919125",
        "\"name\" : \"rcSecurityDisallow\"", "\"severity\" : \"error\"", "\"customer\" : false", "\"space\" : 0",
        "\"spaceName\" : \"General\"", "\"facility\" : 0", "\"code\" : 21")) {
      assertTrue(json.contains(key), key + " missing in " + json);
    }
  }

  @Test
  void jsonOfGarbageCarriesTheError() {
    RcCli r = RcCli.run("rc", "decode", "--json", "zz!");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit);
    assertTrue(r.out().contains("\"error\" : \"'zz!' is not a return code"), r.out());
  }

  @Test
  void quietPrintsNothing() {
    RcCli r = RcCli.run("rc", "decode", "-q", "0x90000015");
    assertEquals(ExitCodes.OK, r.exit);
    assertEquals("", r.out());
  }

  @Test
  void noCodeIsAUsageError() {
    assertEquals(ExitCodes.USAGE, RcCli.run("rc", "decode").exit);
  }

  @Test
  void namedDatabaseThatDoesNotExistIsAnIoError() {
    RcCli r = RcCli.run("rc", "decode", "--db", dir.resolve("none.json").toString(), "rcOk");
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    assertTrue(r.err().contains("no database at"), r.err());
  }

  @Test
  void namedDatabaseThatIsADirectorySaysSoAndIsAnIoError() {
    RcCli r = RcCli.run("rc", "decode", "--db", dir.toString(), "rcOk");
    assertEquals(ExitCodes.IO_ERROR, r.exit, r.toString());
    assertTrue(r.err().startsWith("kos rc: " + dir + " is a directory; --db"), r.err());
  }

  @Test
  void brokenDatabaseIsAnInputErrorWithoutStackTrace() throws Exception {
    Path db = Files.writeString(dir.resolve("db.json"), "{ not json");
    RcCli r = RcCli.run("rc", "decode", "--db", db.toString(), "rcOk");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertTrue(r.err().startsWith(db + ":1:"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void malformedDatabaseIsPositionedWithItsIdLineAndCaretAndNoJacksonInternals() throws Exception {
    Path db = Files.writeString(dir.resolve("db.json"), "{\n  \"format\": \"kos-retcodes\"\n  \"version\": 1\n}\n");
    RcCli r = RcCli.run("rc", "decode", "--db", db.toString(), "rcOk");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertEquals(db + ":3:3: error[RC0007]: malformed JSON: expected ',' or '}' after a key's value, found '\"'\n"
        + "  \"version\": 1\n"
        + "  ^\n", r.err());
  }

  /** The launcher's fast entry point must answer exactly as the picocli command does. */
  @Test
  void fastEntryPointPrintsWhatThePicocliCommandPrints() {
    List<List<String>> cases = List.of(
        List.of("rc", "decode", "0x90000015"), List.of("rc", "decode", "-1879048171"),
        List.of("rc", "decode", "rcSecurityDisallow", "90000015", "garbage!"), List.of("rc", "decode", "--json", "0", "x!"),
        List.of("rc", "decode", "-q", "rcFail"), List.of("rc", "decode", "--", "-5"));
    for (List<String> args : cases) {
      RcCli viaPicocli = RcCli.run(args.toArray(String[]::new));
      DecodeMain.Parsed p = DecodeMain.parse(args.toArray(String[]::new));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Decoding.run(p.codes, p.json, p.quiet, Path.of(DbOption.DEFAULT), false,
          new PrintWriter(out), new PrintWriter(err));
      assertEquals(viaPicocli.exit, exit, args.toString());
      assertEquals(viaPicocli.out(), out.toString(), args.toString());
      assertEquals(viaPicocli.err(), err.toString(), args.toString());
    }
  }

  @Test
  void fastEntryPointLeavesHelpAndUnknownOptionsToPicocli() {
    assertNull(DecodeMain.parse(new String[] {"rc", "decode", "--help"}));
    assertNull(DecodeMain.parse(new String[] {"rc", "decode", "--frob", "0"}));
    assertNull(DecodeMain.parse(new String[] {"rc", "decode"}));
    assertNull(DecodeMain.parse(new String[] {"rc", "decode", "-qx", "0"}));
  }

  @Test
  void unknownValueJoinsTheGenericTextAndTheWarningWithoutAStrayFullStop() {
    RcCli r = RcCli.run("rc", "decode", "0x1");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString()); // unknown code
    assertTrue(r.out().endsWith("unknown code; the generic table says: Invalid function argument; not made by"
        + " MAKE_RETCODE (bits 31 and 28 are not both set, or bit 30 is)\n"), r.out());
  }

  @Test
  void aNonZeroValueWithCodeZeroIsNotDescribedAsASuccess() {
    RcCli r = RcCli.run("rc", "decode", "0x80000000");
    assertEquals(ExitCodes.INPUT_ERROR, r.exit, r.toString());
    assertFalse(r.out().contains("completed successfully"), r.out());
    assertTrue(r.out().contains("  error  "), r.out());
  }
}
