/**
 * The potential danger of each kl.core method, as the seed (001_*) notes it: read from
 * {@code org/kos/nkc/sdk/kl/core/dangers.tsv}, which nk-compiler bundles next to the kl.core IDL.
 */
package org.kos.audit.danger;
