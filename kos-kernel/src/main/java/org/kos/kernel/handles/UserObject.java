package org.kos.kernel.handles;

/**
 * A resource a program provides ({@code KnHandleCreateUserObject}). The kernel only tracks its
 * handles; the provider keeps the state, identified by the context token.
 */
public final class UserObject extends KernelObject {
  private final int type;
  private final int context;
  final HandleTable provider;

  UserObject(int type, int context, HandleTable provider) {
    super("user object");
    this.type = type;
    this.context = context;
    this.provider = provider;
  }

  public int type() {
    return type;
  }

  @Override
  protected int context() {
    return context;
  }
}
