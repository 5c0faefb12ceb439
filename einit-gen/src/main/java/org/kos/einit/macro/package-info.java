/**
 * Stage 1: {@code init.yaml.in} templates. Expands the vendor's {@code @INIT_...@} macros from
 * values given on the command line or in a properties file, and keeps the map from expanded
 * positions back to the template for diagnostics.
 */
package org.kos.einit.macro;
