/**
 * Booting a solution image on the reference kernel: programs are read from the image on demand
 * ({@link org.kos.einit.run.ImagePrograms}), its files are the kernel's boot image
 * ({@link org.kos.einit.run.RomBootImage}, served by kl.core.FS), {@code einit} is booted, every process's output is
 * printed line by line behind its task name ({@link org.kos.einit.run.TaskConsole}), and the run
 * ends when every process has ended or the system is idle ({@link org.kos.einit.run.ImageRunner}).
 */
package org.kos.einit.run;
