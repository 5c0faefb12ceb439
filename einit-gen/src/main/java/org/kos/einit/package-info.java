/**
 * einit-gen: from init.yaml to what Einit does. {@link org.kos.einit.Einit#check} runs the
 * stages, one package each: {@code macro} (init.yaml.in templates), {@code yaml} (reading),
 * {@code check} (against the nk-compiler model), {@code manifest} (initialisation order) and
 * {@code gen} (Freemarker outputs); {@code rules} holds the diagnostic ids EI0001....
 */
package org.kos.einit;
