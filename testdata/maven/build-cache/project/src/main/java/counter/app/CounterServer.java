package counter.app;

import counter.ICounter;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;

/** Implements the generated interface: compiling it needs the stubs, generated or restored. */
public final class CounterServer implements ICounter {
  private int total;

  @Override
  public int add(int step) throws NkException {
    if (Integer.compareUnsigned(step, ICounter.MaxStep) > 0) {
      throw new NkException(NkErrors.NK_EINVAL, "step over " + ICounter.MaxStep);
    }
    total += step;
    return total;
  }
}
