/**
 * Where a tree comes from: a directory on disk ({@link org.kos.romfs.source.DirectoryScanner}) or a
 * manifest file listing every entry ({@link org.kos.romfs.source.ManifestParser}), both filtered
 * by the same genromfs-style exclusion patterns. Manifest errors carry stable ids
 * ({@link org.kos.romfs.source.ManifestError}, RF0001...) and positions, not rendering: printing them
 * is the caller's.
 */
package org.kos.romfs.source;
