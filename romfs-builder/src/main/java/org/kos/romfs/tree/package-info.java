/**
 * The tree an image is built from: entries with their type, mode, source and link identity, the
 * order of every directory's children, and the ordering policy (byte-wise by default). Sources
 * produce it; every writer consumes the same tree, so all formats agree on content and order.
 */
package org.kos.romfs.tree;
