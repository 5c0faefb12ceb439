/**
 * The Maven goals {@code kos:generate} and {@code kos:generate-test}: they turn the project's
 * configuration and resolved dependencies into a {@link org.kos.maven.generate.StubBuild} request,
 * add the output directory as a (test) compile source root, and report the compiler's diagnostics
 * as build errors with {@code file:line:col}.
 */
package org.kos.maven;
