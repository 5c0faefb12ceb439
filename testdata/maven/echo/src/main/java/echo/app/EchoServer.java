package echo.app;

import echo.IPing;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;

/** The server side: implements the generated interface; the generated dispatcher calls it. */
public final class EchoServer implements IPing {
  @Override
  public int ping(int value) throws NkException {
    if (Integer.compareUnsigned(value, IPing.MaxValue) > 0) {
      throw new NkException(NkErrors.NK_EINVAL, "value over " + IPing.MaxValue);
    }
    return value + 1;
  }
}
