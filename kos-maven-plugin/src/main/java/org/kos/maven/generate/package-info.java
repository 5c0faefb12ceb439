/**
 * One run of stub generation, free of Maven so it is tested directly: find the sources, skip
 * everything when the last run's state still stands, else compile, generate, write only the
 * files whose content changed, remove outputs no longer generated, and record the new state.
 */
package org.kos.maven.generate;
