package org.kos.kernel.ipc;

import org.kos.kernel.handles.KernelObject;

/** The client end of a channel: a client handle refers to it; requests go to its group. */
public final class ClientChannel extends KernelObject {
  final ChannelGroup group;
  final String id;

  ClientChannel(ChannelGroup group, String id) {
    super("client IPC channel");
    this.group = group;
    this.id = id;
  }

  /** The connection id (channel name) the channel was created under. */
  public String id() {
    return id;
  }

  public ChannelGroup group() {
    return group;
  }
}
