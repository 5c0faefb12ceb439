package org.kos.nkc.layout;

import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Parameter;

/**
 * Lays out the messages of each method of an interface: header, then parameters in order. Public
 * for the check stage, which measures messages against the wire limits.
 */
public final class MessageLayouts {
  private final TypeLayouts types;

  public MessageLayouts(TypeLayouts types) {
    this.types = types;
  }

  public InterfaceLayout of(Interface iface) {
    List<MethodLayout> methods = new ArrayList<>();
    for (int mid = 0; mid < iface.methods().size(); mid++) {
      Method m = iface.methods().get(mid);
      methods.add(new MethodLayout(m.name(), mid, message(MessageLayout.Kind.REQUEST, m.of(Direction.IN)),
          message(MessageLayout.Kind.RESPONSE, m.of(Direction.OUT)),
          message(MessageLayout.Kind.ERROR, m.of(Direction.ERROR))));
    }
    return new InterfaceLayout(iface.name(), methods,
        MessageBounds.max(methods.stream().map(MessageBounds::of).toList()));
  }

  private MessageLayout message(MessageLayout.Kind kind, List<Parameter> parameters) {
    List<FieldLayout> fields = new ArrayList<>();
    long offset = MessageLayout.HEADER_SIZE;
    long arena = 0;
    long handles = 0;
    // Indexed: the C1-only JIT the launcher uses allocates an iterator for every for-each.
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      TypeLayout t = types.of(p.type());
      offset = Sizes.alignUp(offset, t.alignment());
      fields.add(new FieldLayout(p.name(), offset, t));
      offset = Sizes.add(offset, t.size());
      arena = Sizes.add(arena, t.maxArena());
      handles = Sizes.add(handles, t.handles());
    }
    return new MessageLayout(kind, fields, Sizes.alignUp(offset, MessageLayout.HEADER_ALIGNMENT), arena, handles);
  }
}
