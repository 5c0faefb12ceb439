package org.kos.nk;

/**
 * The dispatcher of a whole component or class that also knows how large its messages get, so a
 * {@link Server} can size its buffers from it alone. Every generated {@code XEntity.Dispatcher}
 * and {@code XComponent.Dispatcher} is one: {@code new Server(transport, XEntity.dispatcher(impl))}.
 */
public interface EntityDispatcher extends Dispatcher {
  /** The largest message (header and fixed part) of any endpoint: the generated {@code MAX_FIXED_SIZE}. */
  int maxFixedSize();

  /** The largest arena of any message of any endpoint: the generated {@code MAX_ARENA}. */
  long maxArena();
}
