package org.kos.confinement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What member resolution needs of a class: its supertypes and the members it declares.
 *
 * @param name internal name ({@code java/lang/Thread})
 * @param superName the superclass, null for java/lang/Object and module-info
 * @param interfaces the direct superinterfaces
 * @param methods the declared methods as name + descriptor
 * @param fields the declared fields' names
 */
record ClassHeader(String name, String superName, List<String> interfaces, Set<String> methods, Set<String> fields) {

  /** Reads the header of a class file; a malformed one is an IllegalArgumentException. */
  static ClassHeader read(byte[] classFile) {
    Collector c = new Collector();
    new ClassReader(classFile).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassHeader(c.name, c.superName, c.interfaces, Set.copyOf(c.methods), Set.copyOf(c.fields));
  }

  /** Whether the class declares the method {@code name + desc}, or with {@code desc} null the field. */
  boolean declares(String name, String desc) {
    return desc == null ? fields.contains(name) : methods.contains(name + desc);
  }

  private static final class Collector extends ClassVisitor {
    String name;
    String superName;
    List<String> interfaces = List.of();
    final Set<String> methods = new HashSet<>();
    final Set<String> fields = new HashSet<>();

    Collector() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
      this.name = name;
      this.superName = superName;
      this.interfaces = ifaces == null ? List.of() : List.of(ifaces);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      fields.add(name);
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
      methods.add(name + descriptor);
      return null;
    }
  }
}
