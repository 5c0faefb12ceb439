package org.kos.libkos;

import kl.core.CoreEntity;
import kl.core.TaskProxy;
import kl.core.ThreadProxy;
import org.kos.nk.NkException;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * How facade functions that wrap a kl.core method call it: through the generated proxy, as the
 * vendor's libkos does, turning a failed {@code rc} into a {@link RetcodeException}.
 */
final class CoreCalls {
  private CoreCalls() {}

  static TaskProxy task() throws RetcodeException {
    return new TaskProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_TASK_TASK);
  }

  static ThreadProxy thread() throws RetcodeException {
    return new ThreadProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_THREAD_THREAD);
  }

  static void check(int rc, String what) throws RetcodeException {
    if (rc != Retcode.rcOk) {
      throw new RetcodeException(rc, what + " failed");
    }
  }

  /** A kl.core call through a proxy. */
  interface Call<T> {
    T run() throws NkException, RetcodeException;
  }

  /** Runs {@code c}; a message-level failure (a model bug, never a program's) becomes rcFail. */
  static <T> T call(String what, Call<T> c) throws RetcodeException {
    try {
      return c.run();
    } catch (NkException e) {
      throw new RetcodeException(Retcode.rcFail, what + ": " + e.getMessage());
    }
  }

  /** Runs a kl.core method whose only output is {@code rc}. */
  static void run(String what, Call<Integer> c) throws RetcodeException {
    check(call(what, c), what);
  }
}
