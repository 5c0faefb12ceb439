package org.kos.libkos.spi;

import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * Where the kernel installs its system calls, once per JVM. The facade asks here on every call;
 * the calls themselves find the calling process from the calling thread, so one installation
 * serves every kernel and process of the JVM.
 */
public final class KernelLink {
  private static volatile SystemCalls calls;

  private KernelLink() {}

  /** Installs the kernel's system calls; a second, different installation is refused. */
  public static synchronized void install(SystemCalls kernel) {
    if (calls != null && calls != kernel) {
      throw new IllegalStateException("a kernel is already installed");
    }
    calls = kernel;
  }

  /** The installed system calls; rcNotReady when no kernel runs in this JVM. */
  public static SystemCalls get() throws RetcodeException {
    SystemCalls c = calls;
    if (c == null) {
      throw new RetcodeException(Retcode.rcNotReady, "libkos called with no kernel in this JVM");
    }
    return c;
  }
}
