package org.kos.ksm.pal;

import org.kos.ksm.module.ClassInfo;

/** A process of a test: its class and SID. */
record Process(ClassInfo cls, long sid) {}
