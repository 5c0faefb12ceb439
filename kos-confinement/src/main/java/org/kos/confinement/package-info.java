/**
 * What a program's bytecode may use, and the checks that hold it there: {@link
 * org.kos.confinement.ProgramVerifier} reports every reference to a member of the platform outside
 * the allow-list ({@link org.kos.confinement.AllowList}, ids in {@link
 * org.kos.confinement.ConfinementRule}), and {@link org.kos.confinement.ThreadAccounting} rewrites
 * thread starts so that they count against the process. Neither depends on the kernel: the
 * kernel's program loader and {@code kos solution build} call them.
 */
package org.kos.confinement;
