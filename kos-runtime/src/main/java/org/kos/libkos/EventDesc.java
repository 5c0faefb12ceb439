package org.kos.libkos;

/**
 * A notification ({@code EventDesc}): the id of the "resource–event mask" entry the subscriber
 * chose, and the events that occurred.
 */
public record EventDesc(long eventId, int eventMask) {}
