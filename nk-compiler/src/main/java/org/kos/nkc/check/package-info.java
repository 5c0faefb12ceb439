/**
 * Checks: the vendor's documented rules and our own, run on the resolved model, each reported
 * under its stable id from {@link org.kos.nkc.rules.Rule}.
 */
package org.kos.nkc.check;
