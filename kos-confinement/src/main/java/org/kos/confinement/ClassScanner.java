package org.kos.confinement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Walks one class file and reports each refused reference with its place. */
final class ClassScanner extends ClassVisitor {
  /** A refusal and where it was found, before the source file is known. */
  private record Found(Refusal refusal, String method, int line) {}

  private final ReferenceChecker checker;
  private final Consumer<Violation> sink;
  private final List<Found> found = new ArrayList<>();
  private String className;
  private String sourceFile;

  ClassScanner(ReferenceChecker checker, Consumer<Violation> sink) {
    super(Opcodes.ASM9);
    this.checker = checker;
    this.sink = sink;
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
    className = JavaNames.className(name);
    if (superName != null) {
      add(checker.checkClass(superName), null, -1);
    }
    for (String i : interfaces == null ? new String[0] : interfaces) {
      add(checker.checkClass(i), null, -1);
    }
  }

  @Override
  public void visitSource(String source, String debug) {
    sourceFile = source;
  }

  @Override
  public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
    if ((access & Opcodes.ACC_NATIVE) != 0) {
      String member = JavaNames.member(className.replace('.', '/'), name, descriptor);
      ConfinementRule rule = ConfinementRule.CF0008;
      found.add(new Found(new Refusal(rule, member, member + " is declared native; " + rule.hint()), name, -1));
    }
    return new MethodScanner(name);
  }

  @Override
  public void visitEnd() {
    for (Found f : found) {
      Refusal r = f.refusal();
      sink.accept(new Violation(r.rule(), className, f.method(), sourceFile, f.line(), r.reference(), r.message()));
    }
  }

  private void add(Refusal refusal, String method, int line) {
    if (refusal != null) {
      found.add(new Found(refusal, method, line));
    }
  }

  /** The instructions of one method that execute a reference. */
  private final class MethodScanner extends MethodVisitor {
    private final String method;
    private int line = -1;

    MethodScanner(String method) {
      super(Opcodes.ASM9);
      this.method = method;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
      this.line = line;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      if (opcode == Opcodes.NEW) {
        add(checker.checkClass(type), method, line);
      }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      add(checker.checkMember(owner, name, null), method, line);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
      add(checker.checkMember(owner, name, descriptor), method, line);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
      bootstrap(bsm, args);
    }

    @Override
    public void visitLdcInsn(Object value) {
      constant(value);
    }

    private void bootstrap(Handle bsm, Object[] args) {
      add(checker.checkBootstrap(bsm), method, line);
      for (Object a : args) {
        constant(a);
      }
    }

    /** A method handle constant executes what it points at; a dynamic constant its bootstrap. */
    private void constant(Object value) {
      if (value instanceof Handle h) {
        add(checker.checkHandle(h), method, line);
      } else if (value instanceof ConstantDynamic c) {
        Object[] args = new Object[c.getBootstrapMethodArgumentCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = c.getBootstrapMethodArgument(i);
        }
        bootstrap(c.getBootstrapMethod(), args);
      }
    }
  }
}
