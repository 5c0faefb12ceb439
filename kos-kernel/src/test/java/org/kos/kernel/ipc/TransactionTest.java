package org.kos.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kos.nk.NkMessage;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

class TransactionTest {
  private static Object message() throws RetcodeException {
    NkMessage m = new NkMessage(32);
    m.reset(1, 2, 0, 32);
    return Snapshot.copyOf(m, null);
  }

  private static Transaction call() throws RetcodeException {
    return new Transaction(message(), null, 64, 0);
  }

  @Test
  void aFailureAfterTheResponseLeavesTheResponseDelivered() throws RetcodeException {
    Transaction t = call();
    Object response = message();
    assertTrue(t.complete(response));
    assertFalse(t.fail(Retcode.rcNotConnected, "the server went away afterwards"));
    assertSame(response, t.await(Long.MAX_VALUE, new SpinBudget(500, 20_000)));
  }

  @Test
  void aCallerThatTimedOutRefusesALateResponse() throws RetcodeException {
    Transaction t = call();
    RetcodeException e = assertThrows(RetcodeException.class,
        () -> t.await(System.nanoTime() + 1_000_000, new SpinBudget(500, 20_000)));
    assertEquals(Retcode.rcTimeout, e.rc());
    assertTrue(t.isAbandoned());
    assertFalse(t.complete(message()));
  }
}
