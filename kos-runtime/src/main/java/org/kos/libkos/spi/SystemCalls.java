package org.kos.libkos.spi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.kos.libkos.CmApi;
import org.kos.libkos.EntityInfo;
import org.kos.libkos.EventDesc;
import org.kos.libkos.NsApi;
import org.kos.libkos.ThreadApi;
import org.kos.nk.Arena;
import org.kos.nk.NkMessage;
import org.kos.nk.Transport;
import org.kos.rc.RetcodeException;

/**
 * The system calls a kernel gives the libkos facade. Every call acts for the process of the
 * calling thread (rcNotReady from a thread of no process) and fails as the facade documents.
 * The facade's functions are thin wrappers: the contract of each is on the facade function named
 * in its comment.
 */
public interface SystemCalls {
  // coresrv/syscalls.h: Syscalls.Call, Recv, Reply and the transports.
  void call(int handle, NkMessage req, Arena reqArena, NkMessage res, Arena resArena) throws RetcodeException;

  void recv(int handle, NkMessage req, Arena reqArena) throws RetcodeException;

  void reply(int handle, NkMessage res, Arena resArena) throws RetcodeException;

  /** Syscalls.KnCoreTransport. */
  Transport coreTransport() throws RetcodeException;

  /** Syscalls.KnSecurityTransport. */
  Transport securityTransport() throws RetcodeException;

  /** Syscalls.NkKosTransport. */
  Transport ipcTransport(int handle) throws RetcodeException;

  // SlApi
  int serviceLocatorRegister(String channel) throws RetcodeException;

  int serviceLocatorConnect(String channel) throws RetcodeException;

  int serviceLocatorGetRiid(int handle, String endpointName) throws RetcodeException;

  // EntityApi
  ProcessRef entityCreate(EntityInfo info, String name, String path) throws RetcodeException;

  void entitySetArgs(ProcessRef entity, List<String> args) throws RetcodeException;

  void entitySetEnv(ProcessRef entity, List<String> env) throws RetcodeException;

  /** EntityConnect ({@code service} null) and EntityConnectToService. */
  void entityConnect(ProcessRef client, ProcessRef server, String service) throws RetcodeException;

  void entityRun(ProcessRef entity) throws RetcodeException;

  // HandleApi
  int handleCreateUserObject(int type, int rights, int context) throws RetcodeException;

  int handleCreateBadge(int notice, long eventId, int context) throws RetcodeException;

  int handleCopy(int handle, int newRightsMask, int badge) throws RetcodeException;

  int handleGetSid(int handle) throws RetcodeException;

  void handleClose(int handle) throws RetcodeException;

  void handleRevoke(int handle) throws RetcodeException;

  void handleRevokeSubtree(int handle, int badge) throws RetcodeException;

  int handleCount() throws RetcodeException;

  // NoticeApi
  int noticeCreate() throws RetcodeException;

  void noticeSubscribeToObject(int notice, int object, int evMask, long evId) throws RetcodeException;

  List<EventDesc> noticeGetEvent(int notice, long msec, int countMax) throws RetcodeException;

  void noticeUnsubscribeFromEvent(int notice, long evId) throws RetcodeException;

  void noticeUnsubscribeFromObject(int notice, int object) throws RetcodeException;

  void noticeDropAndWake(int notice, boolean finish) throws RetcodeException;

  void noticeSetObjectEvent(int object, int evMask) throws RetcodeException;

  // NsApi
  int nsCreate(String name, long msecs) throws RetcodeException, InterruptedException;

  void nsPublishService(int ns, String type, String server, String service) throws RetcodeException;

  void nsUnPublishService(int ns, String type, String server, String service) throws RetcodeException;

  NsApi.Service nsEnumServices(int ns, String type, int index) throws RetcodeException;

  // CmApi
  CmApi.Connection cmConnect(String server, String service, long msecs) throws RetcodeException;

  CmApi.Request cmListen(long msecs) throws RetcodeException;

  int cmAccept(String client, String service, int rsid, int listener) throws RetcodeException;

  void cmDrop(String client, String service) throws RetcodeException;

  // SyncApi
  long futexWait(long ftx, int val, long mdelay) throws RetcodeException;

  int futexWake(long ftx, int nThreads) throws RetcodeException;

  // MemoryApi and VmmApi: the calling process's address space.
  void memoryRead(long addr, byte[] out, int off, int len) throws RetcodeException;

  void memoryWrite(long addr, byte[] in, int off, int len) throws RetcodeException;

  int memoryReadInt(long addr) throws RetcodeException;

  void memoryWriteInt(long addr, int value) throws RetcodeException;

  boolean memoryCompareAndSetInt(long addr, int expected, int update) throws RetcodeException;

  long vmAllocate(long addr, long size, int flags) throws RetcodeException;

  void vmCommit(long addr, long size) throws RetcodeException;

  void vmDecommit(long addr, long size) throws RetcodeException;

  void vmProtect(long addr, long size, int newFlags) throws RetcodeException;

  void vmUnmap(long addr, long size) throws RetcodeException;

  // TimeApi
  /** KnGetSystemTime: the kernel's system time, nanoseconds since 1970. */
  long timeSystemNanos() throws RetcodeException;

  /** KnGetUpTime: nanoseconds since the kernel started. */
  long timeUpNanos() throws RetcodeException;

  // TaskApi and ThreadApi: the calling process and its threads.
  String taskName() throws RetcodeException;

  List<String> taskArgs() throws RetcodeException;

  Map<String, String> taskEnv() throws RetcodeException;

  /** Ends the calling process with {@code status}; never returns normally. */
  void taskExit(int status) throws RetcodeException;

  /** A new, not yet started thread of the calling process (KosThreadCreate starts it). */
  Thread taskNewThread(Runnable body, String name) throws RetcodeException;

  ThreadApi.CreatedThread threadCreate(int priority, long stackSize, Runnable routine, boolean suspended)
      throws RetcodeException;

  int threadCurrentId() throws RetcodeException;

  long threadTlsGet() throws RetcodeException;

  /**
   * Starts a thread the program made, counted against the process's thread quota
   * (rcQuotaExceeded, and the thread is not started, when the process has its quota's worth).
   */
  void threadStart(Thread thread) throws RetcodeException;

  /** Threads for the executors a program makes, under the same quota (null past it: the executor refuses the task). */
  ThreadFactory threadFactory() throws RetcodeException;
}
