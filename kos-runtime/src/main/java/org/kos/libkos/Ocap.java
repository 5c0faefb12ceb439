package org.kos.libkos;

/**
 * Handle permission masks ({@code services/ocap.h}). A mask is 32 bits: the general part (low 8
 * bits here) holds rights every resource understands, the specialised part (the upper 24 bits,
 * built with {@link #OCAP_HANDLE_SPEC}) holds rights the resource's provider defines. The seeds
 * name the flags but not their values; these values are ours and documented in docs/kernel.md.
 */
public final class Ocap {
  /** Permission to transfer the handle to another process. */
  public static final int OCAP_HANDLE_TRANSFER = 0x1;
  /** Permission to read the resource's security id. */
  public static final int OCAP_HANDLE_GET_SID = 0x2;
  /** Permission to signal user events on the resource ({@code KnNoticeSetObjectEvent}). */
  public static final int OCAP_HANDLE_SET_EVENT = 0x4;
  /** Permission to subscribe to the resource's events ({@code KnNoticeSubscribeToObject}). */
  public static final int OCAP_HANDLE_GET_EVENT = 0x8;
  /** The general part of a mask. */
  public static final int OCAP_GENERAL_MASK = 0xFF;
  /** Every right. */
  public static final int OCAP_FULL = 0xFFFFFFFF;

  /** Specialised IPC right: send requests through a client handle. */
  public static final int OCAP_IPC_CALL = OCAP_HANDLE_SPEC(0x1);
  /** Specialised IPC right: receive requests through a server or listener handle. */
  public static final int OCAP_IPC_RECV = OCAP_HANDLE_SPEC(0x2);
  /** Specialised IPC right: answer requests through a server or listener handle. */
  public static final int OCAP_IPC_REPLY = OCAP_HANDLE_SPEC(0x4);
  /** Specialised IPC right: accept new channels on a listener handle. */
  public static final int OCAP_IPC_ACCEPT = OCAP_HANDLE_SPEC(0x8);

  /** Mask the kernel gives the client handle of a channel. */
  public static final int OCAP_IPC_CLIENT = OCAP_HANDLE_TRANSFER | OCAP_HANDLE_GET_SID | OCAP_IPC_CALL;
  /** Mask the kernel gives the server handle of a channel. */
  public static final int OCAP_IPC_SERVER =
      OCAP_HANDLE_TRANSFER | OCAP_HANDLE_GET_SID | OCAP_IPC_RECV | OCAP_IPC_REPLY;
  /** Mask the kernel gives a listener handle (the server side of a channel group). */
  public static final int OCAP_IPC_LISTENER = OCAP_IPC_SERVER | OCAP_IPC_ACCEPT;
  /** Mask of a notification receiver handle. */
  public static final int OCAP_NOTICE_FULL = OCAP_HANDLE_TRANSFER | OCAP_HANDLE_SPEC(0xFFFFFF);
  /** Mask of a resource transfer context object (badge) handle. */
  public static final int OCAP_BADGE_FULL = OCAP_HANDLE_GET_EVENT;

  /** Specialised task right: end the process ({@code Task.Terminate}). */
  public static final int OCAP_TASK_TERMINATE = OCAP_HANDLE_SPEC(0x1);
  /** Specialised task right: start the process ({@code Task.Resume}). */
  public static final int OCAP_TASK_RESUME = OCAP_HANDLE_SPEC(0x2);
  /** Specialised task right: set its environment and initial thread's scheduling. */
  public static final int OCAP_TASK_SET_PARAMS = OCAP_HANDLE_SPEC(0x4);
  /** Specialised task right: put handles into the (unstarted) process ({@code Task.TransferHandle}). */
  public static final int OCAP_TASK_TRANSFER_HANDLE = OCAP_HANDLE_SPEC(0x8);
  /** Mask of the task handle the kernel gives a process's creator ({@code OCAP_TASK_FULL}). */
  public static final int OCAP_TASK_FULL = OCAP_HANDLE_TRANSFER | OCAP_HANDLE_GET_SID | OCAP_HANDLE_GET_EVENT
      | OCAP_TASK_TERMINATE | OCAP_TASK_RESUME | OCAP_TASK_SET_PARAMS | OCAP_TASK_TRANSFER_HANDLE;
  /** Specialised thread right: end the thread ({@code Thread.Terminate}). */
  public static final int OCAP_THREAD_TERMINATE = OCAP_HANDLE_SPEC(0x1);
  /** Specialised thread right: resume the suspended thread ({@code Thread.Resume}). */
  public static final int OCAP_THREAD_RESUME = OCAP_HANDLE_SPEC(0x2);
  /** Specialised thread right: set priority, affinity, scheduler class. */
  public static final int OCAP_THREAD_SET_PARAMS = OCAP_HANDLE_SPEC(0x4);
  /** Mask of a thread handle the kernel gives ({@code Thread.OpenCurrent}, {@code KnThreadCreate}). */
  public static final int OCAP_THREAD_FULL = OCAP_HANDLE_TRANSFER | OCAP_HANDLE_GET_SID | OCAP_HANDLE_GET_EVENT
      | OCAP_THREAD_TERMINATE | OCAP_THREAD_RESUME | OCAP_THREAD_SET_PARAMS;

  private Ocap() {}

  /** {@code OCAP_HANDLE_SPEC(x)}: the specialised-part right {@code x} (24 bits). */
  public static int OCAP_HANDLE_SPEC(int x) {
    if ((x & ~0xFFFFFF) != 0) {
      throw new IllegalArgumentException("specialised rights 0x" + Integer.toHexString(x) + " exceed 24 bits");
    }
    return x << 8;
  }
}
