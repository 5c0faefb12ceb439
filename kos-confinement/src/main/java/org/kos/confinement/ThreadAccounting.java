package org.kos.confinement;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Load-time rewrite that makes a program's threads count against its process: every {@code
 * thread.start()} becomes {@code ThreadApi.start(thread)} (also as a method reference), and every
 * factory of the platform that starts threads and has an overload taking a {@code ThreadFactory}
 * ({@code Executors.newFixedThreadPool(n)}..., {@code Cleaner.create()}) gets {@code
 * ThreadApi.threadFactory()}. Each replacement leaves the operand stack as it was at every branch
 * target, so the class's stack map frames stay valid. Thread-safe.
 */
public final class ThreadAccounting {
  /** The API class whose static methods the rewritten code calls. */
  public static final String THREAD_API = "org/kos/libkos/ThreadApi";
  /** {@code ThreadApi.start(Thread)}: counts the thread against the process's quota, then starts it. */
  public static final String START = "start";
  public static final String START_DESC = "(Ljava/lang/Thread;)V";
  /** {@code ThreadApi.threadFactory()}: a factory whose threads are counted the same way. */
  public static final String THREAD_FACTORY = "threadFactory";
  public static final String THREAD_FACTORY_DESC = "()Ljava/util/concurrent/ThreadFactory;";

  private static final String THREAD = "java/lang/Thread";
  private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  /** Static factories (owner.name + descriptor) whose overload adds a trailing ThreadFactory. */
  private static final Set<String> THREAD_FACTORY_OVERLOADS = Set.of(
      "java/util/concurrent/Executors.newFixedThreadPool(I)Ljava/util/concurrent/ExecutorService;",
      "java/util/concurrent/Executors.newCachedThreadPool()Ljava/util/concurrent/ExecutorService;",
      "java/util/concurrent/Executors.newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;",
      "java/util/concurrent/Executors.newScheduledThreadPool(I)Ljava/util/concurrent/ScheduledExecutorService;",
      "java/util/concurrent/Executors.newSingleThreadScheduledExecutor()"
          + "Ljava/util/concurrent/ScheduledExecutorService;",
      "java/lang/ref/Cleaner.create()Ljava/lang/ref/Cleaner;");

  private final ProgramClasses program;
  private final Map<String, Boolean> threadClasses = new ConcurrentHashMap<>();

  /** For the classes of {@code program}, whose hierarchy tells which classes are threads. */
  public ThreadAccounting(ProgramClasses program) {
    this.program = program;
  }

  /** The rewritten class file, or {@code classFile} itself (the same array) when nothing needed it. */
  public byte[] rewrite(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    Rewriter scan = new Rewriter(null);
    reader.accept(scan, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    if (!scan.changed) {
      return classFile;
    }
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new Rewriter(writer), 0);
    return writer.toByteArray();
  }

  /** Whether {@code internalName} is java.lang.Thread or a subclass (of the program or the platform). */
  boolean isThread(String internalName) {
    return threadClasses.computeIfAbsent(internalName, n -> {
      for (String c = n; c != null; ) {
        if (c.equals(THREAD)) {
          return true;
        }
        boolean own = program.contains(c) && !PlatformClasses.isPlatformPackage(JavaNames.packageOf(c));
        ClassHeader h = own ? program.header(c) : PlatformClasses.header(c);
        c = h == null ? null : h.superName();
      }
      return false;
    });
  }

  private boolean isStart(int opcode, String owner, String name, String desc) {
    return opcode == Opcodes.INVOKEVIRTUAL && name.equals("start") && desc.equals("()V") && isThread(owner);
  }

  private static boolean hasThreadFactoryOverload(int opcode, String owner, String name, String desc) {
    return opcode == Opcodes.INVOKESTATIC && THREAD_FACTORY_OVERLOADS.contains(owner + "." + name + desc);
  }

  /** Rewrites into {@code cv}; with {@code cv} null only notes whether anything would change. */
  private final class Rewriter extends ClassVisitor {
    boolean changed;

    Rewriter(ClassVisitor cv) {
      super(Opcodes.ASM9, cv);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
      return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, ex)) {
        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
          if (isStart(opcode, owner, name, desc)) {
            changed = true;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, THREAD_API, START, START_DESC, false);
          } else if (hasThreadFactoryOverload(opcode, owner, name, desc)) {
            changed = true;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, THREAD_API, THREAD_FACTORY, THREAD_FACTORY_DESC, false);
            String withFactory = desc.replace(")", "Ljava/util/concurrent/ThreadFactory;)");
            super.visitMethodInsn(opcode, owner, name, withFactory, isInterface);
          } else {
            super.visitMethodInsn(opcode, owner, name, desc, isInterface);
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
          if (bsm.getOwner().equals(LAMBDA_METAFACTORY)) {
            args = args.clone();
            for (int i = 0; i < args.length; i++) {
              if (args[i] instanceof Handle h && h.getTag() == Opcodes.H_INVOKEVIRTUAL
                  && isStart(Opcodes.INVOKEVIRTUAL, h.getOwner(), h.getName(), h.getDesc())) {
                changed = true;
                args[i] = new Handle(Opcodes.H_INVOKESTATIC, THREAD_API, START, START_DESC, false);
              }
            }
          }
          super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
        }
      };
    }
  }
}
