package org.kos.nk;

/**
 * How stubs reach the kernel ({@code struct nk_transport}): a client calls, a server receives and
 * replies. Failures come back as {@link NkException} with the NK code the kernel's return code
 * maps to.
 */
public interface Transport {
  /** Sends a request and waits for the response ({@code nk_transport_call}). */
  void call(NkMessage request, Arena requestArena, NkMessage response, Arena responseArena)
      throws NkException;

  /** Waits for the next request ({@code nk_transport_recv}). */
  void recv(NkMessage request, Arena requestArena) throws NkException;

  /** Answers the request last received ({@code nk_transport_reply}). */
  void reply(NkMessage response, Arena responseArena) throws NkException;
}
