/**
 * The PSL front end: {@link org.kos.psl.PslCompiler} checks security policies against the
 * solution's EDL/CDL/IDL (through nk-compiler) and returns the resolved
 * {@link org.kos.psl.model.Policy}. Stages, one package each: {@code source} (files, templates,
 * search path), {@code lex}, {@code parse} into {@code ast}, {@code resolve} (fragments and class
 * tables), {@code check} (names, selectors, types, models) with {@code types}, and {@code ir}.
 */
package org.kos.psl;
