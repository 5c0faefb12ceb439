/**
 * What the vendor's CMake build adds to a project's files, emulated for a plain build: the SDK's
 * programs with the ROMFS files and connections their CMake snippets give them
 * ({@link org.kos.nkc.vendor.SdkPrograms}), and the values of the macros it defines in
 * {@code init.yaml.in} and {@code security.psl.in} ({@link org.kos.nkc.vendor.VendorMacros}).
 * Facts from sdk-components.md sections 1 and 3; users' rules in docs/einit.md.
 */
package org.kos.nkc.vendor;
