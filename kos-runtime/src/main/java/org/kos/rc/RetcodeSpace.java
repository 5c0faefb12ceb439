package org.kos.rc;

/**
 * The global ids ("spaces") the SDK defines. A space partitions codes into sets that never
 * overlap; facilities partition a space further. Ids above {@link #TEST} are not named by the SDK.
 */
public enum RetcodeSpace {
  GENERAL(0, "General"),
  KERNEL(1, "Kernel"),
  DRIVERS(2, "Drivers"),
  NK(3, "NK"),
  SDK(4, "SDK"),
  TEST(5, "Test");

  private static final RetcodeSpace[] BY_ID = values();

  private final int id;
  private final String displayName;

  RetcodeSpace(int id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The value of the space field, 0..31. */
  public int id() {
    return id;
  }

  /** The name RETCODE_HR_FMT prints, e.g. {@code Kernel}. */
  public String displayName() {
    return displayName;
  }

  /** The C constant, e.g. {@code RC_SPACE_KERNEL}. */
  public String constantName() {
    return "RC_SPACE_" + name();
  }

  /** The space with this id, or null when the SDK names none. */
  public static RetcodeSpace byId(int id) {
    return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
  }

  /** The space of a C constant name ({@code RC_SPACE_NK}) or display name ({@code NK}), or null. */
  public static RetcodeSpace byName(String name) {
    for (RetcodeSpace s : BY_ID) {
      if (s.constantName().equals(name) || s.displayName.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }

  /** The display name of any space id; {@code Unknown} for ids the SDK does not name. */
  public static String displayName(int id) {
    RetcodeSpace s = byId(id);
    return s == null ? "Unknown" : s.displayName;
  }
}
