/**
 * The NK ABI that generated stubs link against: the message buffer with its 24-byte header, the
 * arena and its chunk descriptors, handle transport containers ({@link org.kos.nk.HandleDesc}), NK
 * error codes and the transport interface. The layout is written down in {@code docs/wire-format.md};
 * nothing here knows any particular interface.
 */
package org.kos.nk;
