/**
 * einit-gen: from init.yaml to what Einit does. {@link org.kos.einit.Einit#check} runs the
 * stages: init.yaml.in templates (nk-compiler's shared {@code org.kos.nkc.template}), then one
 * package each: {@code yaml} (reading), {@code check} (against the nk-compiler model),
 * {@code manifest} (initialisation order) and {@code gen} (Freemarker outputs); {@code rules}
 * holds the diagnostic ids EI0001....
 */
package org.kos.einit;
