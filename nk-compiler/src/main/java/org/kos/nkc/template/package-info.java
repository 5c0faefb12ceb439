/**
 * Source templates, shared by every tool that reads a user's file before parsing it:
 * {@code init.yaml.in} for einit-gen, {@code security.psl.in} for psl-compiler. Expands CMake's
 * {@code @NAME@} macros from values given on the command line or in a properties file, and keeps
 * the map from expanded positions back to the template ({@link org.kos.nkc.template.Expansion}),
 * so a diagnostic points at what the user wrote.
 */
package org.kos.nkc.template;
