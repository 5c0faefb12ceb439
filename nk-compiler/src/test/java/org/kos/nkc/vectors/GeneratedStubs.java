package org.kos.nkc.vectors;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.kos.nk.Dispatcher;
import org.kos.nkc.layout.MessageLayout;

/**
 * Finds the Java stubs generated for {@code testdata/nk-vectors/vec} (at build time, into the test
 * classpath) by the names docs/java-stubs.md promises: {@code vec.ScalarsCodec} with
 * {@code encode<Method><Kind>}/{@code decode<Method><Kind>}, {@code vec.ScalarsDispatcher},
 * {@code vec.ServerEntity.Dispatcher}.
 */
final class GeneratedStubs {
  private GeneratedStubs() {}

  /** An NK name {@code a.b.Name} to the Java class {@code a.b.Name<suffix>} (no package prefix). */
  static Class<?> type(String nkName, String suffix) {
    try {
      return Class.forName(nkName + suffix);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class " + nkName + suffix
          + ": are the vector stubs generated (nk-compiler generate-test-sources)?", e);
    }
  }

  static Method encoder(VectorFiles.MessageRef ref) {
    return method(type(ref.iface(), "Codec"), "encode" + ref.method() + kind(ref.kind()));
  }

  static Method decoder(VectorFiles.MessageRef ref) {
    return method(type(ref.iface(), "Codec"), "decode" + ref.method() + kind(ref.kind()));
  }

  /**
   * A dispatcher for an interface or an entity, over implementations that count their calls and
   * fail: the vectors' requests must never reach them.
   */
  static Dispatcher dispatcher(String name, AtomicInteger calls) throws ReflectiveOperationException {
    Class<?> iface = tryType(name, "");
    if (iface != null && iface.isInterface()) {
      Class<?> d = type(name, "Dispatcher");
      return (Dispatcher) d.getConstructor(iface).newInstance(failing(iface, calls));
    }
    Class<?> entity = tryType(name, "Entity");
    Class<?> owner = entity != null ? entity : type(name, "Component");
    Class<?> d = Arrays.stream(owner.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Dispatcher"))
        .findFirst().orElseThrow(() -> new IllegalStateException(owner + " has no nested Dispatcher"));
    var constructor = d.getConstructors()[0];
    Object[] impls = Arrays.stream(constructor.getParameterTypes()).map(t -> failing(t, calls)).toArray();
    return (Dispatcher) constructor.newInstance(impls);
  }

  private static Object failing(Class<?> iface, AtomicInteger calls) {
    return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, args) -> {
      if (m.getDeclaringClass() == Object.class) {
        return switch (m.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> "failing " + iface.getName();
        };
      }
      calls.incrementAndGet();
      throw new AssertionError("the implementation was called: " + m);
    });
  }

  private static Class<?> tryType(String nkName, String suffix) {
    try {
      return Class.forName(nkName + suffix);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static String kind(MessageLayout.Kind kind) {
    String k = kind.jsonName();
    return k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1);
  }

  private static Method method(Class<?> owner, String name) {
    return Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException(owner.getName() + " has no method " + name));
  }
}
