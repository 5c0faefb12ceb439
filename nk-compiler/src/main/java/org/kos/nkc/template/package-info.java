/**
 * Source templates, shared by every tool that reads a user's file before parsing it:
 * {@code init.yaml.in} for einit-gen, {@code security.psl.in} for psl-compiler. Expands CMake's
 * {@code @NAME@} macros from values given on the command line or in a properties file and, on
 * request, the {@code if}/{@code elif}/{@code else}/{@code endif} subset of Jinja
 * ({@link org.kos.nkc.template.TemplateExpander}), in one pass that keeps the map from expanded
 * positions back to the template ({@link org.kos.nkc.template.Expansion}), so a diagnostic points
 * at what the user wrote. Users' rules: docs/psl-templates.md.
 */
package org.kos.nkc.template;
