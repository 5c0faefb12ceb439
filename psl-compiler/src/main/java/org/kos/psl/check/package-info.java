/**
 * Stage 4: the checks of a loaded policy ({@link org.kos.psl.check.PolicyChecker}): classes and
 * selectors against the EDL/CDL/IDL model, objects against their models, expressions against
 * types, audit and tests, and the policy-wide warnings; produces the resolved {@link org.kos.psl.model.Policy}.
 */
package org.kos.psl.check;
