package org.kos.kernel.syscall;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import kl.core.CoreEntity;
import org.kos.kernel.cm.ConnectionManager;
import org.kos.kernel.ipc.Ipc;
import org.kos.kernel.ipc.KernelCallTransport;
import org.kos.kernel.ipc.KernelTransport;
import org.kos.kernel.ipc.SecurityQueryTransport;
import org.kos.kernel.notice.NoticeReceiver;
import org.kos.kernel.ns.NameServer;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.ProcessExit;
import org.kos.kernel.task.ProcessThread;
import org.kos.libkos.CmApi;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.EventDesc;
import org.kos.libkos.NsApi;
import org.kos.libkos.Ocap;
import org.kos.libkos.ThreadApi;
import org.kos.libkos.spi.ProcessRef;
import org.kos.libkos.spi.SystemCalls;
import org.kos.nk.Arena;
import org.kos.nk.LoopbackTransport;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** The system calls of the reference kernel, for the process of the calling thread. */
public final class KernelSystemCalls implements SystemCalls {
  @Override
  public void call(int handle, NkMessage req, Arena reqArena, NkMessage res, Arena resArena) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().ipc().call(c.table(), handle, req, reqArena, res, resArena, Ipc.INFINITE);
  }

  @Override
  public void recv(int handle, NkMessage req, Arena reqArena) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().ipc().recv(c.table(), handle, req, reqArena, Ipc.INFINITE);
  }

  @Override
  public void reply(int handle, NkMessage res, Arena resArena) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().ipc().reply(c.table(), handle, res, resArena);
  }

  @Override
  public Transport coreTransport() throws RetcodeException {
    Caller c = Caller.get();
    return new KernelCallTransport(new LoopbackTransport(c.kernel().core(), CoreEntity.MAX_FIXED_SIZE,
        CoreEntity.MAX_ARENA), c.kernel().ipc(), c.table(), c.kernel().sid());
  }

  @Override
  public Transport securityTransport() throws RetcodeException {
    Caller c = Caller.get();
    return new SecurityQueryTransport(c.kernel().ipc(), c.table());
  }

  @Override
  public Transport ipcTransport(int handle) throws RetcodeException {
    Caller c = Caller.get();
    return new KernelTransport(c.kernel().ipc(), c.table(), handle);
  }

  @Override
  public int serviceLocatorRegister(String channel) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().serviceLocator().register(c.process(), channel);
  }

  @Override
  public int serviceLocatorConnect(String channel) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().serviceLocator().clientHandle(c.process(), channel);
  }

  @Override
  public int serviceLocatorGetRiid(int handle, String endpointName) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().serviceLocator().riid(c.process(), handle, endpointName);
  }

  @Override
  public ProcessRef entityCreate(EntityInfo info, String name, String path) throws RetcodeException {
    return Caller.get().kernel().createProcess(info, name, path);
  }

  @Override
  public void entitySetArgs(ProcessRef entity, List<String> args) throws RetcodeException {
    Caller.get();
    process(entity).setArgs(args);
  }

  @Override
  public void entitySetEnv(ProcessRef entity, List<String> env) throws RetcodeException {
    Caller.get();
    process(entity).setEnv(env);
  }

  @Override
  public void entityConnect(ProcessRef client, ProcessRef server, String service) throws RetcodeException {
    Caller.get().kernel().connect(process(client), process(server), service);
  }

  @Override
  public void entityRun(ProcessRef entity) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().start(c.process(), process(entity));
  }

  private static Process process(ProcessRef entity) throws RetcodeException {
    if (entity instanceof Process p) {
      return p;
    }
    throw new RetcodeException(Retcode.rcInvalidArgument, "not an entity this kernel created");
  }

  @Override
  public int handleCreateUserObject(int type, int rights, int context) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().createUserObject(c.table(), type, rights, context);
  }

  @Override
  public int handleCreateBadge(int notice, long eventId, int context) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().createBadge(c.table(), receiver(c, notice), eventId, context);
  }

  @Override
  public int handleCopy(int handle, int newRightsMask, int badge) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().copy(c.table(), handle, newRightsMask, badge);
  }

  @Override
  public int handleGetSid(int handle) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().sid(c.table(), handle);
  }

  @Override
  public void handleClose(int handle) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().close(c.table(), handle);
  }

  @Override
  public void handleRevoke(int handle) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().revoke(c.table(), handle);
  }

  @Override
  public void handleRevokeSubtree(int handle, int badge) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().revokeSubtree(c.table(), handle, badge);
  }

  @Override
  public int handleCount() throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().count(c.table());
  }

  @Override
  public int noticeCreate() throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().handles().install(c.table(), new NoticeReceiver(), Ocap.OCAP_NOTICE_FULL);
  }

  @Override
  public void noticeSubscribeToObject(int notice, int object, int evMask, long evId) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().subscribe(c.table(), receiver(c, notice), object, evMask, evId);
  }

  @Override
  public List<EventDesc> noticeGetEvent(int notice, long msec, int countMax) throws RetcodeException {
    Caller c = Caller.get();
    return receiver(c, notice).getEvents(msec, countMax);
  }

  @Override
  public void noticeUnsubscribeFromEvent(int notice, long evId) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().unsubscribeFromEvent(receiver(c, notice), evId);
  }

  @Override
  public void noticeUnsubscribeFromObject(int notice, int object) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().unsubscribeFromObject(c.table(), receiver(c, notice), object);
  }

  @Override
  public void noticeDropAndWake(int notice, boolean finish) throws RetcodeException {
    Caller c = Caller.get();
    NoticeReceiver r = receiver(c, notice);
    r.wakeAll(finish);
    c.kernel().handles().unsubscribeAll(r);
  }

  @Override
  public void noticeSetObjectEvent(int object, int evMask) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().handles().setObjectEvent(c.table(), object, evMask);
  }

  private static NoticeReceiver receiver(Caller c, int notice) throws RetcodeException {
    return c.kernel().handles().object(c.table(), notice, NoticeReceiver.class, 0);
  }

  @Override
  public int nsCreate(String name, long msecs) throws RetcodeException, InterruptedException {
    Caller c = Caller.get();
    long deadline = System.nanoTime() + Math.max(0, msecs) * 1_000_000L;
    NameServer ns;
    while ((ns = c.kernel().nameServer(name)) == null) {
      if (System.nanoTime() >= deadline) {
        throw new RetcodeException(Retcode.rcTimeout, "no name server " + name);
      }
      Thread.sleep(1);
    }
    return c.kernel().handles().install(c.table(), ns, Ocap.OCAP_HANDLE_TRANSFER);
  }

  @Override
  public void nsPublishService(int ns, String type, String server, String service) throws RetcodeException {
    Caller c = Caller.get();
    nameServer(c, ns).publish(type, server, service, c.process().pid());
  }

  @Override
  public void nsUnPublishService(int ns, String type, String server, String service) throws RetcodeException {
    Caller c = Caller.get();
    nameServer(c, ns).unpublish(type, server, service);
  }

  @Override
  public NsApi.Service nsEnumServices(int ns, String type, int index) throws RetcodeException {
    Caller c = Caller.get();
    NameServer.Entry e = nameServer(c, ns).enumerate(type, index);
    return new NsApi.Service(e.server(), e.service());
  }

  private static NameServer nameServer(Caller c, int handle) throws RetcodeException {
    return c.kernel().handles().object(c.table(), handle, NameServer.class, 0);
  }

  @Override
  public CmApi.Connection cmConnect(String server, String service, long msecs) throws RetcodeException {
    Caller c = Caller.get();
    int[] r = c.kernel().connectionManager().connect(c.process(), server, service, msecs);
    return new CmApi.Connection(r[0], r[1]);
  }

  @Override
  public CmApi.Request cmListen(long msecs) throws RetcodeException {
    Caller c = Caller.get();
    ConnectionManager.Pending p = c.kernel().connectionManager().listen(c.process(), msecs);
    return new CmApi.Request(p.client(), p.service());
  }

  @Override
  public int cmAccept(String client, String service, int rsid, int listener) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().connectionManager().accept(c.process(), client, service, rsid, listener);
  }

  @Override
  public void cmDrop(String client, String service) throws RetcodeException {
    Caller c = Caller.get();
    c.kernel().connectionManager().drop(c.process(), client, service);
  }

  @Override
  public long futexWait(long ftx, int val, long mdelay) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().futexes().await(c.process().memory(), ftx, val, mdelay);
  }

  @Override
  public int futexWake(long ftx, int nThreads) throws RetcodeException {
    Caller c = Caller.get();
    return c.kernel().futexes().wake(c.process().memory(), ftx, nThreads);
  }

  @Override
  public void memoryRead(long addr, byte[] out, int off, int len) throws RetcodeException {
    Caller.get().process().memory().read(addr, out, off, len);
  }

  @Override
  public void memoryWrite(long addr, byte[] in, int off, int len) throws RetcodeException {
    Caller.get().process().memory().write(addr, in, off, len);
  }

  @Override
  public int memoryReadInt(long addr) throws RetcodeException {
    return Caller.get().process().memory().readInt(addr);
  }

  @Override
  public void memoryWriteInt(long addr, int value) throws RetcodeException {
    Caller.get().process().memory().writeInt(addr, value);
  }

  @Override
  public boolean memoryCompareAndSetInt(long addr, int expected, int update) throws RetcodeException {
    return Caller.get().process().memory().compareAndSetInt(addr, expected, update);
  }

  @Override
  public long vmAllocate(long addr, long size, int flags) throws RetcodeException {
    return Caller.get().process().memory().allocate(addr, size, flags);
  }

  @Override
  public void vmCommit(long addr, long size) throws RetcodeException {
    Caller.get().process().memory().commit(addr, size);
  }

  @Override
  public void vmDecommit(long addr, long size) throws RetcodeException {
    Caller.get().process().memory().decommit(addr, size);
  }

  @Override
  public void vmProtect(long addr, long size, int newFlags) throws RetcodeException {
    Caller.get().process().memory().protect(addr, size, newFlags);
  }

  @Override
  public void vmUnmap(long addr, long size) throws RetcodeException {
    Caller.get().process().memory().free(addr, size);
  }

  @Override
  public long timeSystemNanos() throws RetcodeException {
    return Caller.get().kernel().clock().systemTimeNanos();
  }

  @Override
  public long timeUpNanos() throws RetcodeException {
    return Caller.get().kernel().upTimeNanos();
  }

  @Override
  public String taskName() throws RetcodeException {
    return Caller.get().process().name();
  }

  @Override
  public List<String> taskArgs() throws RetcodeException {
    return Caller.get().process().args();
  }

  @Override
  public Map<String, String> taskEnv() throws RetcodeException {
    return Caller.get().process().env();
  }

  @Override
  public void taskExit(int status) throws RetcodeException {
    Caller.get();
    throw new ProcessExit(status);
  }

  @Override
  public Thread taskNewThread(Runnable body, String name) throws RetcodeException {
    return Caller.get().process().newThread(body, name);
  }

  @Override
  public ThreadApi.CreatedThread threadCreate(int priority, long stackSize, Runnable routine, boolean suspended)
      throws RetcodeException {
    Caller c = Caller.get();
    ProcessThread t = c.process().createThread(routine, priority, stackSize, suspended);
    int h = c.kernel().handles().install(c.table(), t, Ocap.OCAP_THREAD_FULL);
    return new ThreadApi.CreatedThread(h, t.tid());
  }

  @Override
  public int threadCurrentId() throws RetcodeException {
    return Caller.get().process().currentThread().tid();
  }

  @Override
  public long threadTlsGet() throws RetcodeException {
    return Caller.get().process().currentThread().tls();
  }

  @Override
  public void threadStart(Thread thread) throws RetcodeException {
    Caller.get().process().startThread(thread);
  }

  @Override
  public ThreadFactory threadFactory() throws RetcodeException {
    return Caller.get().process().threadFactory();
  }
}
