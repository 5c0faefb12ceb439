package org.acme;

import static org.kos.rc.Retcode.*;

interface StaticImportCodes {
  int rcAcmeAppBusy = make(RC_CUSTOMER_TRUE, 10, 5, 2, """
      Application is busy""");
}
