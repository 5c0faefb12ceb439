package org.kos.ksm.pal;

import java.util.HashMap;
import java.util.Map;
import org.kos.ksm.module.ClassInfo;
import org.kos.ksm.module.SecurityModule;

/**
 * The processes of one test: variables bound by {@code v <- execute}, the kernel, and the
 * processes a step names by class. SIDs come from a counter, from 1, restarting with every test.
 */
final class Processes {
  static final String KERNEL = "kl.core.Core";

  private final Map<String, ClassInfo> classes;
  private final Map<String, Process> variables = new HashMap<>();
  /** One process per class named directly in a step ({@code src=demo.Client}), so repeated steps agree. */
  private final Map<String, Process> byClass = new HashMap<>();
  private long nextSid = 1;
  private Long kernelSid;

  Processes(SecurityModule module) {
    this.classes = module.classes();
  }

  long freshSid() {
    return nextSid++;
  }

  /** The kernel's SID: bound by a previous {@code … <- execute dst=kl.core.Core}, else fresh (§16 item 23). */
  long kernelSid() {
    if (kernelSid == null) {
      kernelSid = freshSid();
    }
    return kernelSid;
  }

  /** The kernel as the source of an execute step without {@code src=}. */
  Process kernel() throws StepException {
    ClassInfo c = classes.get(KERNEL);
    if (c == null) {
      throw new StepException("an execute step without src= comes from the kernel, but " + KERNEL
          + " is not a class of the policy (add 'use EDL " + KERNEL + "')");
    }
    return new Process(c, kernelSid());
  }

  /** A variable's SID, or null. */
  Long sidOf(String variable) {
    Process p = variables.get(variable);
    return p == null ? null : p.sid();
  }

  void bind(String variable, Process p) {
    variables.put(variable, p);
  }

  /** A selector's process: a variable, else a class (the kernel for kl.core.Core). */
  Process named(String name) throws StepException {
    Process p = variables.get(name);
    if (p != null) {
      return p;
    }
    ClassInfo c = classes.get(name);
    if (c == null) {
      throw new StepException("'" + name + "' is neither a process variable bound by '" + name
          + " <- execute dst=<class>' nor a class of the policy");
    }
    if (name.equals(KERNEL)) {
      return new Process(c, kernelSid());
    }
    return byClass.computeIfAbsent(name, n -> new Process(c, freshSid()));
  }

  /** A process started by an execute step: the kernel gets the kernel's SID, any other class a fresh one. */
  Process started(String name) throws StepException {
    if (variables.containsKey(name)) {
      return variables.get(name);
    }
    ClassInfo c = classes.get(name);
    if (c == null) {
      throw new StepException("'" + name + "' is neither a process variable nor a class of the policy (add 'use EDL "
          + name + "')");
    }
    return new Process(c, name.equals(KERNEL) ? kernelSid() : freshSid());
  }
}
