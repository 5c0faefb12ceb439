/**
 * The registry of front-end rules: one enum constant per stable diagnostic id, with its severity
 * and a one-line summary. Every stage reports through it so ids cannot drift.
 */
package org.kos.nkc.rules;
