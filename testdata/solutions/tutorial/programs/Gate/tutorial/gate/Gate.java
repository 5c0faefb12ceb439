package tutorial.gate;

import org.kos.libkos.HandleApi;
import org.kos.libkos.Services;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.rc.RetcodeException;
import tutorial.Entry;
import tutorial.GateEntity;

/** Lets in whoever brings a ticket, and keeps the ticket (closes the handle it was given). */
public final class Gate implements Entry {
  private int seats;

  @Override
  public int enter(HandleDesc ticket) throws NkException {
    try {
      HandleApi.KnHandleClose(ticket.getHandle());
    } catch (RetcodeException e) {
      throw new NkException(NkErrors.NK_EINVAL, "not a ticket: " + e.getMessage());
    }
    seats++;
    System.out.println("Enter: a ticket, seat " + seats);
    return seats;
  }

  public static void main(String[] args) throws Exception {
    Services.serve("entry", GateEntity.dispatcher(new Gate()));
  }
}
