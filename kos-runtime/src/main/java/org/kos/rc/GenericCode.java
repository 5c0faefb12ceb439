package org.kos.rc;

/**
 * The generic return codes of {@code rtl/retcode.h}: usable in any API of any component. Each is
 * {@code 0x90000000 | n} (space General, facility 0), except {@link #OK} which is plain 0. Number
 * 11 is unused by the SDK. Descriptions follow the SDK's table of generic codes.
 */
public enum GenericCode {
  OK(Retcode.rcOk, "rcOk", "The function completed successfully."),
  INVALID_ARGUMENT(Retcode.rcInvalidArgument, "rcInvalidArgument", "Invalid function argument."),
  NOT_CONNECTED(Retcode.rcNotConnected, "rcNotConnected",
      "No connection between the client and server sides of interaction. For example, there is no server IPC handle."),
  OUT_OF_MEMORY(Retcode.rcOutOfMemory, "rcOutOfMemory", "Insufficient memory to perform the operation."),
  BUFFER_TOO_SMALL(Retcode.rcBufferTooSmall, "rcBufferTooSmall", "Buffer too small."),
  INTERNAL_ERROR(Retcode.rcInternalError, "rcInternalError",
      "The function ended with an internal error related to incorrect logic. Some examples of internal errors"
          + " include values outside of the permissible limits, and null indicators and values where they are"
          + " not permitted."),
  TRANSFER_ERROR(Retcode.rcTransferError, "rcTransferError", "Error sending an IPC message."),
  RECEIVE_ERROR(Retcode.rcReceiveError, "rcReceiveError", "Error receiving an IPC message."),
  SOURCE_FAULT(Retcode.rcSourceFault, "rcSourceFault", "IPC message was not transmitted due to the IPC message source."),
  TARGET_FAULT(Retcode.rcTargetFault, "rcTargetFault", "IPC message was not transmitted due to the IPC message recipient."),
  IPC_INTERRUPT(Retcode.rcIpcInterrupt, "rcIpcInterrupt", "IPC was interrupted by another process thread."),
  RESTART(Retcode.rcRestart, "rcRestart", "Indicates that the function needs to be called again."),
  FAIL(Retcode.rcFail, "rcFail", "The function ended with an error."),
  NO_CAPABILITY(Retcode.rcNoCapability, "rcNoCapability", "The operation cannot be performed on the resource."),
  NOT_READY(Retcode.rcNotReady, "rcNotReady", "Initialization failed."),
  UNIMPLEMENTED(Retcode.rcUnimplemented, "rcUnimplemented", "The function was not implemented."),
  BUFFER_TOO_LARGE(Retcode.rcBufferTooLarge, "rcBufferTooLarge", "Buffer too large."),
  BUSY(Retcode.rcBusy, "rcBusy", "Resource temporarily unavailable."),
  RESOURCE_NOT_FOUND(Retcode.rcResourceNotFound, "rcResourceNotFound", "Resource not found."),
  TIMEOUT(Retcode.rcTimeout, "rcTimeout", "Timed out."),
  SECURITY_DISALLOW(Retcode.rcSecurityDisallow, "rcSecurityDisallow", "The operation was denied by security mechanisms."),
  FUTEX_WOULD_BLOCK(Retcode.rcFutexWouldBlock, "rcFutexWouldBlock", "The operation will result in a block."),
  ABORT(Retcode.rcAbort, "rcAbort", "The operation was aborted."),
  INVALID_THREAD_STATE(Retcode.rcInvalidThreadState, "rcInvalidThreadState",
      "Invalid function called in the interrupt handler."),
  ALREADY_EXISTS(Retcode.rcAlreadyExists, "rcAlreadyExists", "Set of elements already contains the element being added."),
  INVALID_OPERATION(Retcode.rcInvalidOperation, "rcInvalidOperation", "Operation cannot be completed."),
  HANDLE_REVOKED(Retcode.rcHandleRevoked, "rcHandleRevoked", "Resource access rights were revoked."),
  QUOTA_EXCEEDED(Retcode.rcQuotaExceeded, "rcQuotaExceeded", "Resource quota exceeded."),
  DEVICE_NOT_FOUND(Retcode.rcDeviceNotFound, "rcDeviceNotFound", "Device not found.");

  /** The highest code number of the table; RETCODE_HR_FMT says "Unknown" above it. */
  public static final int MAX_CODE = 29;

  private static final GenericCode[] ALL = values();
  private static final GenericCode[] BY_CODE = new GenericCode[MAX_CODE + 1];

  static {
    for (GenericCode g : ALL) {
      if (g != OK) { // 0x90000000 is not success: only plain 0 is
        BY_CODE[Retcode.code(g.value)] = g;
      }
    }
  }

  private final int value;
  private final String sdkName;
  private final String description;

  GenericCode(int value, String sdkName, String description) {
    this.value = value;
    this.sdkName = sdkName;
    this.description = description;
  }

  /** The 32-bit value, e.g. {@code 0x90000015}. */
  public int value() {
    return value;
  }

  /** The SDK's name, e.g. {@code rcSecurityDisallow}. */
  public String sdkName() {
    return sdkName;
  }

  public String description() {
    return description;
  }

  /** The generic code with exactly this value, or null. */
  public static GenericCode byValue(int value) {
    if (value == Retcode.rcOk) {
      return OK;
    }
    if ((value & ~0xFFFF) != Retcode.GENERIC_BASE) {
      return null;
    }
    int code = value & 0xFFFF;
    return code <= MAX_CODE ? BY_CODE[code] : null;
  }

  /** The generic code with this SDK name ({@code rcTimeout}), or null. */
  public static GenericCode bySdkName(String name) {
    for (GenericCode g : ALL) {
      if (g.sdkName.equals(name)) {
        return g;
      }
    }
    return null;
  }
}
