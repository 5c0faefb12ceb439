package tutorial.office;

import org.kos.libkos.HandleApi;
import org.kos.libkos.HandleTypes;
import org.kos.libkos.Ocap;
import org.kos.libkos.Services;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkErrors;
import org.kos.nk.NkException;
import org.kos.rc.RetcodeException;
import tutorial.OfficeEntity;
import tutorial.Tickets;

/** Sells two tickets; a ticket is a handle to an object of the office's own. */
public final class Office implements Tickets {
  private static final int SEATS = 2;
  private int sold;

  @Override
  public HandleDesc issue(String show) throws NkException, Tickets.IssueError {
    if (sold == SEATS) {
      System.out.println("Issue(" + show + "): sold out");
      throw new Tickets.IssueError("sold out");
    }
    sold++;
    try {
      int ticket = HandleApi.KnHandleCreateUserObject(HandleTypes.HANDLE_TYPE_USER_FIRST, Ocap.OCAP_HANDLE_TRANSFER, sold);
      System.out.println("Issue(" + show + "): ticket " + sold);
      return HandleDesc.of(ticket, Ocap.OCAP_HANDLE_TRANSFER);
    } catch (RetcodeException e) {
      throw new NkException(NkErrors.NK_ENOMEM, e.getMessage());
    }
  }

  public static void main(String[] args) throws Exception {
    Services.serve("tickets", OfficeEntity.dispatcher(new Office()));
  }
}
