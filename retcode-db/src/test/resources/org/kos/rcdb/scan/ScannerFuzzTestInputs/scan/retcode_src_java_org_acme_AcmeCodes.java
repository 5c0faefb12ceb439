package org.acme;

import org.kos.rc.Retcode;

/** Codes of the ACME Java components, defined with the kos-runtime API. */
public final class AcmeCodes {
  static final int SPACE_ACME = 10;
  static final int FACILITY_APP = 5;

  public static final int rcAcmeAppConfig = Retcode.make(Retcode.RC_CUSTOMER_TRUE, SPACE_ACME, FACILITY_APP, 1,
      "Configuration " + "file is invalid");

  /** A kernel-space code defined by the solution (customer flag set). */
  public static final int rcAcmeAppKernelQuota =
      org.kos.rc.Retcode.make(1, Retcode.RC_SPACE_KERNEL, FACILITY_APP, 0x10, "Quota of the app's kernel objects");

  private AcmeCodes() {}

  static int local() {
    int x = Retcode.make(1, 10, 5, 99, "local, not a definition");
    return x;
  }
}
