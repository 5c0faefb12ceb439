/**
 * The security module's file ({@code ksm.module}): reading it, and the dispatch tables it carries —
 * classes with endpoints by RIID, interfaces with each message's wire layout.
 */
package org.kos.ksm.module;
