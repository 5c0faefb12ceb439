/**
 * From what a user typed to what a code means. {@link org.kos.rcdb.decode.CodeInput} lists every
 * way the text can be read (hex, decimal, name); {@link org.kos.rcdb.decode.Decoder} answers each
 * reading from a catalog. No JSON, no templates, no files: decoding a generic code starts fast.
 */
package org.kos.rcdb.decode;
