package tutorial.visitor;

import org.kos.libkos.Services;
import org.kos.nk.HandleDesc;
import tutorial.Entry;
import tutorial.EntryProxy;
import tutorial.GateEntity;
import tutorial.OfficeEntity;
import tutorial.Tickets;
import tutorial.TicketsProxy;

/** Buys a ticket for every show named in its arguments and takes it to the gate. */
public final class Visitor {
  private Visitor() {}

  public static void main(String[] args) throws Exception {
    Tickets office = Services.connect("tickets", OfficeEntity.ENDPOINT_TICKETS, TicketsProxy::new);
    Entry gate = Services.connect("entry", GateEntity.ENDPOINT_ENTRY, EntryProxy::new);
    for (String show : args) {
      try {
        HandleDesc ticket = office.issue(show);
        System.out.println(show + ": seat " + gate.enter(ticket));
      } catch (Tickets.IssueError e) {
        System.out.println(show + ": no ticket: " + e.reason());
      }
    }
  }
}
