package org.kos.ksm.models;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kos.kernel.security.PolicyRegex;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.Values;

/**
 * Regex (spec §8.6): {@code re.match {text, pattern}} and {@code re.select {text}} (a choice head:
 * the engine picks the alternative with {@link #matches}). A pattern matches when it is found
 * anywhere in the text (§16 item 14); anchor with {@code ^...$} for the whole text. The dialect is
 * {@link org.kos.kernel.security.PolicyRegex}'s. Compiled patterns are shared by all objects and threads in a bounded cache.
 */
public final class Regex extends NamedObject {
  /** Patterns are policy literals in practice; the bound only stops a message-driven flood. */
  private static final int CACHE_LIMIT = 1024;

  /** Pattern text to its compiled {@link Pattern}, or to the {@link String} reason it is refused. */
  private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();


  Regex(String name) {
    super(name);
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "match":
        return new Match();
      case "select":
        return (argument, event) -> Values.text(Values.field(argument, "text"), "text");
      default:
        return unknown("Regex", method);
    }
  }

  /**
   * {@code re.match} at one place of a policy, where the pattern is nearly always a literal: the
   * same text every time, so its compiled form is kept here and the cache is not even asked, with a
   * matcher per thread reset for each text (a new one would allocate its group and state arrays).
   */
  private static final class Match implements Method {
    /** The last pattern compiled here (immutable, so safely shared between threads through a race). */
    private Compiled last;

    private record Compiled(String text, Pattern pattern, ThreadLocal<Matcher> matchers) {
      Compiled(String text, Pattern pattern) {
        this(text, pattern, ThreadLocal.withInitial(() -> pattern.matcher("")));
      }
    }

    @Override
    public Object call(Object argument, EventState event) throws EvalException {
      String text = Values.text(Values.field(argument, "pattern"), "pattern");
      Compiled c = last;
      if (c == null || c.text() != text) {
        c = new Compiled(text, compile(text));
        last = c;
      }
      return c.matchers().get().reset(Values.text(Values.field(argument, "text"), "text")).find();
    }
  }

  /**
   * Whether {@code pattern} is found in {@code text}: how the engine picks a {@code re.select}
   * alternative (the first, in textual order, for which this holds).
   *
   * @throws IllegalArgumentException when the pattern is outside the dialect (check alternatives
   *     with {@link #compile} when loading the policy)
   */
  public static boolean matches(String pattern, String text) {
    try {
      return compile(pattern).matcher(text).find();
    } catch (EvalException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The compiled pattern, from the cache; an error when the dialect refuses it. */
  public static Pattern compile(String pattern) throws EvalException {
    Object cached = CACHE.get(pattern);
    if (cached == null) {
      cached = translate(pattern);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(pattern, cached);
    }
    if (cached instanceof Pattern p) {
      return p;
    }
    throw new EvalException((String) cached);
  }

  private static Object translate(String pattern) {
    try {
      return Pattern.compile(PolicyRegex.translate(pattern), Pattern.DOTALL);
    } catch (PatternSyntaxException e) {
      return "pattern \"" + pattern + "\": " + e.getDescription();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
