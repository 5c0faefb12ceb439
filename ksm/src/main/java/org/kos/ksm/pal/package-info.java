/**
 * PAL, the policy test language (spec psl.md §11): runs a compiled policy's test sets against the
 * engine without booting anything. {@link org.kos.ksm.pal.PalRunner} runs every test with a fresh
 * engine, steps become real events (messages encoded by the IR's layouts), and the results render
 * as text ({@link org.kos.ksm.pal.PalText}) or JUnit XML ({@link org.kos.ksm.pal.JunitXml}).
 */
package org.kos.ksm.pal;
