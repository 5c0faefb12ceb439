package org.kos.ksm.models;

import org.kos.ksm.model.Decision;
import org.kos.ksm.model.EvalException;
import org.kos.ksm.model.EventState;
import org.kos.ksm.model.Unit;
import org.kos.ksm.model.Values;
import org.kos.ksm.models.MicLevels.Level;

/**
 * Mic, mandatory integrity control (spec §8.10). Per SID a level, and for subjects {@code levelR},
 * the lowest level they may receive data from (a resource's levelR is its level). Every rule denies
 * when a SID is out of range, a needed level is unassigned, or levels are incomparable. Where §8.10
 * is silent (see the report of branch ksm-models):
 * <ul>
 *   <li>levels are assigned once: {@code create}/{@code execute} of a SID that has a level deny (only
 *       {@code upgrade} changes a level, so re-creation cannot launder one);
 *   <li>{@code create}: {@code level : ()} means the source's level; the level must not exceed the
 *       source's, the driver's, or the container's (when given), as for {@code upgrade};
 *   <li>{@code upgrade} keeps the target's levelR;
 *   <li>{@code call}/{@code read}: level(source) ≤ level(target) or levelR(source) ≤ level(target);
 *       {@code invoke}/{@code write}: level(target) ≤ level(source);
 *   <li>{@code query_level} answers the level (not levelR) as {@link MicLevels#render} writes it.
 * </ul>
 */
final class Mic extends NamedObject {
  /** One SID's levels. */
  private record Labels(Level level, Level levelR) {}

  private final MicLevels levels;
  private final SidContexts<Labels> labels = new SidContexts<>();

  private Mic(String name, MicLevels levels) {
    super(name);
    this.levels = levels;
  }

  static Mic create(String name, Object config) {
    return new Mic(name, MicLevels.of(name, config));
  }


  @Override
  public Method method(String method) {
    switch (method) {
      case "create": return this::create;
      case "execute": return this::execute;
      case "upgrade": return this::upgrade;
      case "call":
      case "read": return (argument, event) -> flow(argument, event, true);
      case "invoke":
      case "write": return (argument, event) -> flow(argument, event, false);
      case "query_level": return this::queryLevel;
      default: return unknown("Mic", method);
    }
  }

  @Override
  public boolean readsOnly(String method) {
    return switch (method) {
      case "call", "read", "invoke", "write", "query_level" -> true;
      default -> false;
    };
  }

  @Override
  public void forget(long sid) {
    labels.forget(sid);
  }

  private Decision create(Object argument, EventState event) throws EvalException {
    int target = Args.sid(argument, "target");
    Labels source = labelsOf(Args.sid(argument, "source"), event);
    Labels driver = labelsOf(Args.sid(argument, "driver"), event);
    Integer containerSid = Args.optionalSid(argument, "container");
    Labels container = containerSid == null ? null : labelsOf(containerSid, event);
    Object given = Values.field(argument, "level");
    if (target == Args.OUT_OF_RANGE || labels.get(event, target) != null || source == null || driver == null
        || (containerSid != null && container == null)) {
      return Decision.DENIED;
    }
    Level level = given == Unit.UNIT ? source.level : levels.parse(given);
    if (!withinCreators(level, source, driver, container)) {
      return Decision.DENIED;
    }
    labels.put(event, target, new Labels(level, level));
    return Decision.GRANTED;
  }

  private Decision execute(Object argument, EventState event) throws EvalException {
    int target = Args.sid(argument, "target");
    Integer imageSid = Args.optionalSid(argument, "image");
    Labels image = imageSid == null ? null : labelsOf(imageSid, event);
    Object givenLevel = Values.field(argument, "level");
    Object givenR = Values.field(argument, "levelR");
    if (target == Args.OUT_OF_RANGE || labels.get(event, target) != null || (imageSid != null && image == null)
        || (image == null && givenLevel == Unit.UNIT)) {
      return Decision.DENIED;
    }
    Level level = givenLevel == Unit.UNIT ? image.level : levels.parse(givenLevel);
    Level levelR = givenR == Unit.UNIT ? level : levels.parse(givenR);
    if ((image != null && !level.atMost(image.level)) || !levelR.atMost(level)) {
      return Decision.DENIED;
    }
    labels.put(event, target, new Labels(level, levelR));
    return Decision.GRANTED;
  }

  private Decision upgrade(Object argument, EventState event) throws EvalException {
    int targetSid = Args.sid(argument, "target");
    Labels target = labelsOf(targetSid, event);
    Labels source = labelsOf(Args.sid(argument, "source"), event);
    Labels driver = labelsOf(Args.sid(argument, "driver"), event);
    Integer containerSid = Args.optionalSid(argument, "container");
    Labels container = containerSid == null ? null : labelsOf(containerSid, event);
    Object given = Values.field(argument, "level");
    if (target == null || source == null || driver == null || (containerSid != null && container == null)
        || given == Unit.UNIT) {
      return Decision.DENIED;
    }
    Level level = levels.parse(given);
    boolean raises = target.level.atMost(level) && !target.level.equals(level);
    if (!raises || !withinCreators(level, source, driver, container)) {
      return Decision.DENIED;
    }
    labels.put(event, targetSid, new Labels(level, target.levelR));
    return Decision.GRANTED;
  }

  /** {@code call}/{@code read} (data flows target to source) or {@code invoke}/{@code write} (source to target). */
  private Decision flow(Object argument, EventState event, boolean toSource) throws EvalException {
    Labels source = labelsOf(Args.sid(argument, "source"), event);
    Labels target = labelsOf(Args.sid(argument, "target"), event);
    if (source == null || target == null) {
      return Decision.DENIED;
    }
    return Decision.of(toSource
        ? source.level.atMost(target.level) || source.levelR.atMost(target.level)
        : target.level.atMost(source.level));
  }

  private String queryLevel(Object argument, EventState event) throws EvalException {
    int sid = Args.requireSid(argument, "source");
    Labels l = labels.get(event, sid);
    if (l == null) {
      throw new EvalException(name + ": sid " + sid + " has no level");
    }
    return levels.render(l.level);
  }

  private static boolean withinCreators(Level level, Labels source, Labels driver, Labels container) {
    return level.atMost(source.level) && level.atMost(driver.level)
        && (container == null || level.atMost(container.level));
  }

  /** The SID's labels, or null when it is out of range or has none. */
  private Labels labelsOf(int sid, EventState event) {
    return sid == Args.OUT_OF_RANGE ? null : labels.get(event, sid);
  }
}
