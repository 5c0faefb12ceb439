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

  /** Pattern text to its {@link Compiled} form, or to the {@link String} reason it is refused. */
  private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();

  /**
   * A pattern as {@code java.util.regex} runs it, which also says whether the dialect accepts it,
   * and, for the patterns within {@link RegexDfa}'s subset, its automaton, which answers the same
   * faster and with no matcher per thread.
   */
  private record Compiled(Pattern pattern, RegexDfa dfa) {}

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
   * same text every time, so its compiled form is kept here and the cache is not even asked. Without
   * an automaton, a matcher per thread is reset for each text (a new one would allocate its group and
   * state arrays).
   */
  private static final class Match implements Method {
    /** The last pattern compiled here (immutable, so safely shared between threads through a race). */
    private Last last;

    private record Last(String text, Compiled compiled, ThreadLocal<Matcher> matchers) {}

    @Override
    public Object call(Object argument, EventState event) throws EvalException {
      String pattern = Values.text(Values.field(argument, "pattern"), "pattern");
      Last l = last;
      if (l == null || l.text() != pattern) {
        Compiled c = compiled(pattern);
        l = new Last(pattern, c, c.dfa() != null ? null : ThreadLocal.withInitial(() -> c.pattern().matcher("")));
        last = l;
      }
      String text = Values.text(Values.field(argument, "text"), "text");
      return l.matchers() == null ? l.compiled().dfa().find(text) : l.matchers().get().reset(text).find();
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
      Compiled c = compiled(pattern);
      return c.dfa() != null ? c.dfa().find(text) : c.pattern().matcher(text).find();
    } catch (EvalException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The compiled pattern, from the cache; an error when the dialect refuses it. */
  public static Pattern compile(String pattern) throws EvalException {
    return compiled(pattern).pattern();
  }

  private static Compiled compiled(String pattern) throws EvalException {
    Object cached = CACHE.get(pattern);
    if (cached == null) {
      cached = translate(pattern);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(pattern, cached);
    }
    if (cached instanceof Compiled c) {
      return c;
    }
    throw new EvalException((String) cached);
  }

  private static Object translate(String pattern) {
    try {
      return new Compiled(Pattern.compile(PolicyRegex.translate(pattern), Pattern.DOTALL), RegexDfa.of(pattern));
    } catch (PatternSyntaxException e) {
      return "pattern \"" + pattern + "\": " + e.getDescription();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
