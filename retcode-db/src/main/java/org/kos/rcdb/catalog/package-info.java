/**
 * Lookups over known codes: by value, by name, by words, by space. The generic codes come straight
 * from kos-runtime ({@link org.kos.rcdb.catalog.GenericEntries}), so decoding them needs no file
 * and no JSON library; a team's database adds its entries on top.
 */
package org.kos.rcdb.catalog;
