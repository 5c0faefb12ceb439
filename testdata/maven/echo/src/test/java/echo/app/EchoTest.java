package echo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import echo.IPing;
import echo.IPingProxy;
import echo.ServerEntity;
import org.junit.jupiter.api.Test;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;

class EchoTest {
  @Test
  void theClientGetsTheNextValueFromTheServerThroughTheGeneratedStubs() throws NkException {
    assertEquals(3, new EchoClient(EchoClient.loopback()).pingPong(0, 3));
  }

  @Test
  void anErrorOfTheServerReachesTheClientAsItsNkCode() {
    IPing proxy = new IPingProxy(EchoClient.loopback(), ServerEntity.RIID_PING);
    NkException e = assertThrows(NkException.class, () -> proxy.ping(IPing.MaxValue + 1));
    assertEquals(NkErrors.NK_EINVAL, e.error());
  }
}
