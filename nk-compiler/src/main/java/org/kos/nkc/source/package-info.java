/**
 * Where source files come from: include roots (directories, the bundled SDK, memory) and the
 * search path that maps a package, component or class name to its file.
 */
package org.kos.nkc.source;
