package org.kos.confinement;

/**
 * The ids of what a program may not use, each with a page in docs/errors/. Ids are never
 * renumbered or reused.
 */
public enum ConfinementRule {
  CF0001("host files and file system", "is not available to programs", "use kl.core.FS or a VFS server"),
  CF0002("network", "is not available to programs", "talk to other programs over IPC"),
  CF0003("host processes", "is not available to programs",
      "run the work as a program of the solution (a task in init.yaml)"),
  CF0004("ending the JVM", "is not available to programs", "return from main or call TaskApi.KnTaskExit(code)"),
  CF0005("class loaders, reflection and method handles", "is not available to programs",
      "call the code directly (Class.forName(name) still loads the program's own classes)"),
  CF0006("host environment, system properties and JVM-wide settings", "is not available to programs",
      "use TaskApi.getenv, TaskApi.environ or the arguments of main"),
  CF0007("threads outside the process's accounting", "is not available to programs",
      "use only the threads you start (new Thread(r).start(), ThreadApi.KnThreadCreate)"),
  CF0008("native code and Unsafe", "is not available to programs", "write it in Java: programs run no native code"),
  CF0009("class outside the program and the API", "is not part of the program or the API",
      "bundle it into the program's jar, or use the API (org.kos.nk, org.kos.rc, org.kos.libkos, kl.core)"),
  CF0010("platform class outside the allow-list", "is not available to programs",
      "docs/confinement.md lists what programs may use");

  private final String title;
  private final String phrase;
  private final String hint;

  ConfinementRule(String title, String phrase, String hint) {
    this.title = title;
    this.phrase = phrase;
    this.hint = hint;
  }

  /** The stable id, e.g. {@code CF0004}. */
  public String id() {
    return name();
  }

  /** What the rule is about, e.g. "ending the JVM". */
  public String title() {
    return title;
  }

  /** How to do without what was refused (a deny line of the allow-list may give its own). */
  public String hint() {
    return hint;
  }

  /** The message for a refused reference: {@code <reference> <phrase>; <hint>}. */
  String message(String reference, String hintOrNull) {
    return reference + " " + phrase + "; " + (hintOrNull != null ? hintOrNull : hint);
  }
}
