package org.kos.kernel.audit;

import java.util.concurrent.atomic.LongAdder;
import org.kos.kernel.security.IpcMessageEvent;
import org.kos.kernel.security.SecurityMonitor;

/**
 * The security monitor the IPC layer consults: asks the solution's monitor, writes every refusal
 * to the {@code kss} log and counts the refusals (messages moved are counted by the IPC layer).
 * Permitted messages are not logged, so that the log holds what a reviewer must see.
 */
public final class AuditingMonitor implements SecurityMonitor {
  private final SecurityMonitor policy;
  private final KernelLog kss;
  private final LongAdder denied = new LongAdder();

  public AuditingMonitor(SecurityMonitor policy, KernelLog kss) {
    this.policy = policy;
    this.kss = kss;
  }

  @Override
  public boolean permits(IpcMessageEvent m) {
    boolean ok = policy.permits(m);
    if (!ok) {
      denied.increment();
      kss.write("deny " + m.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + m.source() + " -> "
          + m.target() + " channel=" + m.channel() + " riid=" + m.riid() + " mid=" + m.mid() + reason());
    }
    return ok;
  }

  @Override
  public boolean permitsWithoutEvent(IpcMessageEvent.Direction d, String sourceClass, int sourceSid,
      String targetClass, int targetSid, int riid, int mid, byte[] fixed, byte[] arena) {
    return policy.permitsWithoutEvent(d, sourceClass, sourceSid, targetClass, targetSid, riid, mid, fixed, arena);
  }

  @Override
  public boolean permitsExecute(org.kos.kernel.security.ExecuteEvent e) {
    boolean ok = policy.permitsExecute(e);
    if (!ok) {
      denied.increment();
      kss.write("deny execute " + e.starter() + " (" + e.starterClass() + ") -> " + e.started() + " ("
          + e.startedClass() + ")" + reason());
    }
    return ok;
  }

  @Override
  public boolean permitsSecurity(org.kos.kernel.security.SecurityQuery q) {
    boolean ok = policy.permitsSecurity(q);
    if (!ok) {
      denied.increment();
      kss.write("deny security " + q.source() + " (" + q.sourceClass() + ") mid=" + q.mid() + reason());
    }
    return ok;
  }

  @Override
  public String lastRefusal() {
    return policy.lastRefusal();
  }

  @Override
  public void ended(int sid) {
    policy.ended(sid);
  }

  private String reason() {
    String why = policy.lastRefusal();
    return why == null ? "" : ": " + why;
  }

  @Override
  public boolean permitsEverything() {
    return policy.permitsEverything();
  }

  /** Messages it refused. */
  public long denied() {
    return denied.sum();
  }
}
