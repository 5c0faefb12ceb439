/**
 * Stage 2: reading init.yaml (SnakeYAML Engine) into {@link org.kos.einit.yaml.InitYaml}, as
 * written, with the position of every value; problems of form (syntax, tabs, unknown or missing
 * keys, values of the wrong kind) are reported here with ids EI0001-EI0006.
 * {@link org.kos.einit.yaml.YamlTree} holds the shapes and positions, and reads solution.yaml too;
 * {@link org.kos.einit.yaml.InitTemplate} expands a template with the vendor build's macros first.
 */
package org.kos.einit.yaml;
