package org.kos.ksm.engine;

import org.kos.ksm.model.EvalException;

/** A compiled expression or rule call: evaluated for one event. */
interface Node {
  Object eval(Evaluation e) throws EvalException;
}
