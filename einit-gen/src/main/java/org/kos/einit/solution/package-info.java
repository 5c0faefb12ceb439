/**
 * {@code kos solution build}: a solution directory ({@link org.kos.einit.solution.SolutionSpec},
 * docs/solutions.md) to a kos image. {@link org.kos.einit.solution.SolutionBuilder} runs the
 * stages: check init.yaml, stubs from the NK files, programs and Einit compiled in process, one
 * jar per program, the image written atomically.
 */
package org.kos.einit.solution;
