/**
 * {@code kos solution build}: a solution directory ({@link org.kos.einit.solution.SolutionSpec},
 * docs/solutions.md) to a kos image. {@link org.kos.einit.solution.SolutionCheck} reports every
 * problem of solution.yaml and init.yaml as a diagnostic before anything is compiled;
 * {@link org.kos.einit.solution.SolutionBuilder} runs the stages: that check, stubs from the NK files, programs and Einit compiled in process, one
 * jar per program, the image written atomically.
 */
package org.kos.einit.solution;
