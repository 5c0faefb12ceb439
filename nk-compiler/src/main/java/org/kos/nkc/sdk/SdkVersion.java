package org.kos.nkc.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An SDK generation and the behaviours that differ between generations, one table for the whole
 * toolchain (docs/sdk-versions.md shows it; a test keeps the two equal). The boundaries come from
 * the spec (kos-languages.md §4, "Differences seen across vendor versions": einit files of SDK
 * 1.0–1.3); where it is unsure, the decision is ours and documented on the same page.
 */
public enum SdkVersion {
  V1_0("1.0", true, TaskOrder.INDEX, false, NameOrder.QUALIFIED_FIRST),
  V1_1("1.1", true, TaskOrder.INDEX, false, NameOrder.QUALIFIED_FIRST),
  V1_2("1.2", false, TaskOrder.SERVERS_FIRST, true, NameOrder.QUALIFIED_FIRST),
  V1_3("1.3", false, TaskOrder.SERVERS_FIRST, true, NameOrder.SHORT_FIRST_FOR_CLASS_ENDPOINTS),
  V1_4("1.4", false, TaskOrder.SERVERS_FIRST, true, NameOrder.SHORT_FIRST_FOR_CLASS_ENDPOINTS);

  /** The default everywhere: the newest generation. */
  public static final SdkVersion NEWEST = V1_4;

  /** The order in which einit creates, connects and runs tasks. */
  public enum TaskOrder {
    /** Task index order (ASCII order of the names), clients connected in the same order. */
    INDEX("index order"),
    /** Servers before their clients (the vendor's depth-first walk, docs/einit.md). */
    SERVERS_FIRST("servers first");

    private final String text;

    TaskOrder(String text) {
      this.text = text;
    }
  }

  /** Which of an endpoint's two published names einit lists first. */
  public enum NameOrder {
    /** {@code echo.CPing.ping} before {@code cserver.ping}, for every endpoint. */
    QUALIFIED_FIRST("qualified first"),
    /** Endpoints declared in the EDL itself: short name first; endpoints of components: qualified first. */
    SHORT_FIRST_FOR_CLASS_ENDPOINTS("short first (EDL endpoints)");

    private final String text;

    NameOrder(String text) {
      this.text = text;
    }
  }

  private final String number;
  private final boolean inAfterOut;
  private final TaskOrder taskOrder;
  private final boolean pathAsArgv0;
  private final NameOrder nameOrder;

  SdkVersion(String number, boolean inAfterOut, TaskOrder taskOrder, boolean pathAsArgv0, NameOrder nameOrder) {
    this.number = number;
    this.inAfterOut = inAfterOut;
    this.taskOrder = taskOrder;
    this.pathAsArgv0 = pathAsArgv0;
    this.nameOrder = nameOrder;
  }

  /** {@code 1.1}, as users write it. */
  public String number() {
    return number;
  }

  /** Whether an {@code in} parameter may follow {@code out} parameters (NK0504 is then not reported). */
  public boolean acceptsInAfterOut() {
    return inAfterOut;
  }

  public TaskOrder taskOrder() {
    return taskOrder;
  }

  /** Whether einit passes the task's path as argv[0] (else argv holds only the init.yaml's args). */
  public boolean pathAsArgv0() {
    return pathAsArgv0;
  }

  public NameOrder nameOrder() {
    return nameOrder;
  }

  /**
   * {@code 1.1}, or a full vendor version such as {@code 1.1.1.13} (only the first two numbers
   * count); empty when the generation is not one of ours.
   */
  public static Optional<SdkVersion> parse(String text) {
    String t = text == null ? "" : text.trim();
    String[] parts = t.split("\\.", -1);
    if (parts.length < 2 || !Arrays.stream(parts).allMatch(p -> p.matches("[0-9]+"))) {
      return Optional.empty();
    }
    String major = parts[0] + "." + parts[1];
    return Arrays.stream(values()).filter(v -> v.number.equals(major)).findFirst();
  }

  /** Like {@link #parse}, but an unknown version is an {@link IllegalArgumentException} naming the known ones. */
  public static SdkVersion of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(
        "unknown SDK version '" + text + "'; known: " + known()));
  }

  /** {@code 1.0, 1.1, 1.2, 1.3, 1.4}. */
  public static String known() {
    return Arrays.stream(values()).map(SdkVersion::number).collect(Collectors.joining(", "));
  }

  /**
   * The behaviour table: a header row (behaviour, then every version), then one row per
   * behaviour, as docs/sdk-versions.md shows it.
   */
  public static List<List<String>> table() {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("behaviour");
    Arrays.stream(values()).forEach(v -> header.add(v.number));
    rows.add(header);
    rows.add(row("NK0504: `in` parameter after `out` parameters", v -> v.inAfterOut ? "accepted" : "error"));
    rows.add(row("einit: order tasks are created and run in", v -> v.taskOrder.text));
    rows.add(row("einit: order clients are connected in", v -> v.taskOrder == TaskOrder.INDEX
        ? "index order" : "init order"));
    rows.add(row("einit: argv[0] is the task's path", v -> v.pathAsArgv0 ? "yes" : "no"));
    rows.add(row("einit: endpoint names listed", v -> v.nameOrder.text));
    return rows;
  }

  private static List<String> row(String behaviour, java.util.function.Function<SdkVersion, String> cell) {
    List<String> row = new ArrayList<>();
    row.add(behaviour);
    Arrays.stream(values()).forEach(v -> row.add(cell.apply(v)));
    return row;
  }

  @Override
  public String toString() {
    return number;
  }
}
