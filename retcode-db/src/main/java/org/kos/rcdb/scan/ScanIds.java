package org.kos.rcdb.scan;

/** Ids of the problems scanning reports; each has a page in docs/errors/. */
public final class ScanIds {
  /** An argument of MAKE_RETCODE names something the scanned sources do not define. */
  public static final String UNRESOLVED_ARGUMENT = "RC0005";
  /** MAKE_RETCODE called with other than five arguments. */
  public static final String WRONG_ARGUMENT_COUNT = "RC0006";

  private ScanIds() {}
}
