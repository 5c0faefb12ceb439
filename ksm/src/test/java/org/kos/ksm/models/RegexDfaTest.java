package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kos.kernel.security.PolicyRegex;

/**
 * The automaton answers what java.util.regex answers on the pattern the dialect writes (the oracle),
 * for every pattern it accepts: random patterns over the subset's pieces and random texts, and every
 * ASCII character against each class.
 */
class RegexDfaTest {
  /** Pieces of patterns: the subset's constructs, and some outside it (the automaton must decline those). */
  private static final String[] PIECES = {
      "a", "b", "c", "x", "_", "-", ".", "\\.", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\$", "\\\\", "\\-",
      "[ab]", "[^a]", "[a-c]", "[^a-c_]", "[]a]", "[a-]", "[-a]", "[\\d_]", "[[:alpha:]]", "[^[:digit:]x]",
      "[[:punct:]]", "[[:space:]]", "[.]", "[$^]", "[a&b]", "[[b]", "(", ")", "(", ")", "|", "|", "*", "+", "?",
      "*?", "{2}", "{1,3}", "{0,2}", "{2,}", "{", "}", "]", "{a}", "^", "$", "\\b", "\\n", "é", "\\p{Alpha}"};
  private static final String[] TEXT_PIECES = {
      "a", "b", "c", "x", "_", "-", ".", "$", "\\", "1", "9", " ", "\t", "\n", "é", "\uD83D\uDE00", "{", "}", "]",
      "[", "&", "^", "A", "Z", "!", "~", "\u007F", "\u0000", "\u000B"};

  private static boolean oracle(Pattern p, String text) {
    return p.matcher(text).find();
  }

  private static Pattern java(String pattern) {
    try {
      return Pattern.compile(PolicyRegex.translate(pattern), Pattern.DOTALL);
    } catch (IllegalArgumentException e) { // PatternSyntaxException too
      return null;
    }
  }

  @Test
  void randomPatternsAnswerAsJavaDoes() {
    Random r = new Random(14);
    int compared = 0;
    int withAutomaton = 0;
    int patterns = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + r.nextInt(7);
      for (int k = 0; k < len; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String pattern = b.toString();
      Pattern p = java(pattern);
      if (p == null) {
        continue;
      }
      patterns++;
      RegexDfa dfa = RegexDfa.of(pattern);
      if (dfa == null) {
        continue;
      }
      withAutomaton++;
      for (String text : texts(r)) {
        assertEquals(oracle(p, text), dfa.find(text), () -> "pattern " + pattern + " on \"" + text + "\"");
        compared++;
      }
    }
    assertTrue(withAutomaton > patterns / 3, withAutomaton + " of " + patterns + " patterns got an automaton");
    assertTrue(compared > 100_000, compared + " comparisons");
  }

  private static List<String> texts(Random r) {
    List<String> out = new ArrayList<>(List.of("", "a", "ab", "abc", "aa", "1", "a1_", " \n", "x-y", "é",
        "\uD83D\uDE00"));
    for (int k = 0; k < 25; k++) {
      StringBuilder t = new StringBuilder();
      int len = r.nextInt(9);
      for (int j = 0; j < len; j++) {
        t.append(TEXT_PIECES[r.nextInt(TEXT_PIECES.length)]);
      }
      out.add(t.toString());
    }
    return out;
  }

  @Test
  void everyAsciiCharacterAndOneBeyondAgainstEachClass() {
    String[] classes = {"[[:alpha:]]", "[[:digit:]]", "[[:alnum:]]", "[[:upper:]]", "[[:lower:]]", "[[:space:]]",
        "[[:punct:]]", "[[:xdigit:]]", "[[:blank:]]", "[[:cntrl:]]", "[[:print:]]", "[[:graph:]]", "\\d", "\\D",
        "\\w", "\\W", "\\s", "\\S", ".", "[^a-z]", "[]-]", "[a-]", "[-z]", "[!-/]", "[^[:alpha:][:digit:]]"};
    for (String c : classes) {
      String pattern = "^" + c + "$";
      Pattern p = java(pattern);
      RegexDfa dfa = RegexDfa.of(pattern);
      assertNotNull(dfa, pattern);
      for (int ch = 0; ch < 130; ch++) {
        String text = String.valueOf((char) ch);
        assertEquals(oracle(p, text), dfa.find(text), pattern + " on char " + ch);
      }
      for (String text : new String[] {"é", "\uD83D\uDE00", "\uD83D", ""}) {
        assertEquals(oracle(p, text), dfa.find(text), pattern + " on " + text);
      }
    }
  }

  @Test
  void theBenchmarksNamePatternAndPathsLikeIt() {
    for (String pattern : new String[] {"^[a-z][a-z0-9_]{0,31}$", "^/data/[a-z]+(/[a-z0-9._-]+)*$",
        "^(rw|ro)$", "\\.(conf|cfg)$", "^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"}) {
      Pattern p = java(pattern);
      RegexDfa dfa = RegexDfa.of(pattern);
      assertNotNull(dfa, pattern);
      for (String text : new String[] {"bench_client", "Bench", "b", "", "a_very_long_name_of_thirty_two_chars",
          "abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz0123456", "/data/x", "/data/x/y.z-1",
          "/data//x", "rw", "rwx", "a.conf", "a.cfg\n", "10.0.0.1", "1000.0.0.1", "1.2.3"}) {
        assertEquals(oracle(p, text), dfa.find(text), pattern + " on " + text);
      }
    }
  }

  @Test
  void patternsOutsideTheSubsetAreLeftToJava() {
    for (String pattern : new String[] {"a\\b", "\\n", "é", "\\p{Alpha}", "^a|b", "a|b$", "a^b", "a$b", "x{2}{3}",
        "[a-c-e]", "a{1,600}"}) {
      assertNull(RegexDfa.of(pattern), pattern);
    }
  }
}
