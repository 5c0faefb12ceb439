package org.kos.kernel.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/**
 * A kl.core interface served by an implementation object that provides some of its methods
 * (same name and parameter types, returning the interface's output type, free to throw
 * {@link RetcodeException}). A method the object lacks answers rcUnimplemented; a thrown
 * RetcodeException answers its code. Either way the other outputs are empty (0, "", no handle).
 * Every kl.core method ends with {@code out Retcode rc}, so failures travel as data, as in the
 * vendor's kernel, never as status replies.
 */
final class Endpoint implements InvocationHandler {
  private final Object impl;

  private Endpoint(Object impl) {
    this.impl = impl;
  }

  static <T> T of(Class<T> iface, Object impl) {
    return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, new Endpoint(impl)));
  }

  static <T> T unimplemented(Class<T> iface) {
    return of(iface, new Object());
  }

  /** The implementation's method for {@code m}, or null when it has none. */
  static Method implementation(Object impl, Method m) {
    try {
      Method found = impl.getClass().getMethod(m.getName(), m.getParameterTypes());
      return found.getReturnType() == m.getReturnType() ? found : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Override
  public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
    if (m.getDeclaringClass() == Object.class) {
      return switch (m.getName()) {
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> "kl.core endpoint " + m.getDeclaringClass().getSimpleName();
      };
    }
    Method target = implementation(impl, m);
    if (target == null) {
      return empty(m.getReturnType(), Retcode.rcUnimplemented);
    }
    try {
      return target.invoke(impl, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RetcodeException r) {
        return empty(m.getReturnType(), r.rc());
      }
      throw e.getCause();
    }
  }

  /** An output of type {@code t} with every field empty and {@code rc} in the last one. */
  static Object empty(Class<?> t, int rc) throws ReflectiveOperationException {
    if (t == int.class) {
      return rc;
    }
    RecordComponent[] parts = t.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      values[i] = i == parts.length - 1 ? (Object) rc : zero(types[i]);
    }
    var ctor = t.getDeclaredConstructor(types);
    ctor.setAccessible(true);
    return ctor.newInstance(values);
  }

  private static Object zero(Class<?> t) throws ReflectiveOperationException {
    if (t == long.class) {
      return 0L;
    } else if (t == int.class) {
      return 0;
    } else if (t == short.class) {
      return (short) 0;
    } else if (t == byte.class) {
      return (byte) 0;
    } else if (t == String.class) {
      return "";
    } else if (t == HandleDesc.class) {
      return HandleDesc.of();
    } else if (t == List.class) {
      return List.of();
    } else if (t.isArray()) {
      return java.lang.reflect.Array.newInstance(t.getComponentType(), 0);
    } else if (t.isRecord()) {
      RecordComponent[] parts = t.getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] = zero(types[i]);
      }
      var ctor = t.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(values);
    } else if (t.isSealed()) {
      return zero(t.getPermittedSubclasses()[0]);
    }
    throw new IllegalStateException("no empty value for " + t);
  }
}
