package org.kos.nk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kos.rc.Retcode;

class NkErrorsTest {
  @Test
  void okIsEok() {
    assertEquals(NkErrors.NK_EOK, NkErrors.fromRetcode(Retcode.rcOk));
  }

  @Test
  void invalidArgumentIsEinval() {
    assertEquals(NkErrors.NK_EINVAL, NkErrors.fromRetcode(Retcode.rcInvalidArgument));
  }

  @Test
  void notConnectedIsEnotconn() {
    assertEquals(NkErrors.NK_ENOTCONN, NkErrors.fromRetcode(Retcode.rcNotConnected));
  }

  @Test
  void outOfMemoryIsEnomem() {
    assertEquals(NkErrors.NK_ENOMEM, NkErrors.fromRetcode(Retcode.rcOutOfMemory));
  }

  @Test
  void bufferSizeErrorsAreEbadmsg() {
    assertEquals(NkErrors.NK_EBADMSG, NkErrors.fromRetcode(Retcode.rcBufferTooSmall));
    assertEquals(NkErrors.NK_EBADMSG, NkErrors.fromRetcode(Retcode.rcBufferTooLarge));
  }

  @Test
  void noCapabilityIsEnoent() {
    assertEquals(NkErrors.NK_ENOENT, NkErrors.fromRetcode(Retcode.rcNoCapability));
  }

  @Test
  void notReadyAndTimeoutAreEagain() {
    assertEquals(NkErrors.NK_EAGAIN, NkErrors.fromRetcode(Retcode.rcNotReady));
    assertEquals(NkErrors.NK_EAGAIN, NkErrors.fromRetcode(Retcode.rcTimeout));
  }

  @Test
  void anyOtherCodeIsEperm() {
    assertEquals(NkErrors.NK_EPERM, NkErrors.fromRetcode(Retcode.rcSecurityDisallow));
    assertEquals(NkErrors.NK_EPERM, NkErrors.fromRetcode(Retcode.rcFail));
  }
}
