package org.kos.nk;

/**
 * The server side of one endpoint or of a whole component: decodes a request, calls the
 * implementation and encodes its reply. Generated for every interface ({@code IDispatcher}) and
 * every component or class (routing by RIID).
 */
public interface Dispatcher {
  /**
   * Handles {@code req} and writes the reply into {@code res}/{@code resArena}. Returns
   * {@link NkErrors#NK_EOK} when a response or error response is ready, else the NK code the
   * caller answers with a status reply ({@link NkMessage#setStatus}): {@code NK_ENOENT} for an
   * unknown RIID or MID, {@code NK_EBADMSG} for a malformed request, or the code of an
   * {@link NkException} the implementation threw.
   */
  int dispatch(NkMessage req, Arena reqArena, NkMessage res, Arena resArena);
}
