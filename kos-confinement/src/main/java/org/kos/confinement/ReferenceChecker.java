package org.kos.confinement;

import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * Decides one reference of a program: a class, a member, a bootstrap method. A name is the
 * platform's when its package is (the program's loader asks the platform first, so a program
 * cannot shadow it), else the program's own when the program defines it, else the API's; whatever
 * is left is outside (CF0009) unless the allow-list names it.
 */
final class ReferenceChecker {
  private final AllowList allowList;
  private final Set<String> apiPackages;
  private final ProgramClasses program;

  ReferenceChecker(AllowList allowList, Set<String> apiPackages, ProgramClasses program) {
    this.allowList = allowList;
    this.apiPackages = apiPackages;
    this.program = program;
  }

  /** Null when the program may use class {@code internalName} (an array: always). */
  Refusal checkClass(String internalName) {
    if (internalName.startsWith("[")) {
      return null;
    }
    String pkg = JavaNames.packageOf(internalName);
    if (apiPackages.contains(pkg)) {
      return null;
    }
    String name = JavaNames.className(internalName);
    boolean platform = PlatformClasses.isPlatformPackage(pkg);
    if (!platform && program.contains(internalName)) {
      return null;
    }
    AllowListEntry rule = allowList.classRule(name);
    if (rule != null) {
      return rule.allows() ? null : Refusal.of(rule.rule(), name, rule.hint());
    }
    return Refusal.of(platform ? ConfinementRule.CF0010 : ConfinementRule.CF0009, name, null);
  }

  /**
   * Null when the program may use the method {@code name + desc} (with {@code desc} null, the
   * field {@code name}) referenced through class {@code owner}. A member the program declares is
   * its own; one it inherits is the first platform (or outside) ancestor's, so that a call through a
   * subclass meets the same rules.
   */
  Refusal checkMember(String owner, String name, String desc) {
    if (owner.startsWith("[")) {
      return null;
    }
    String c = owner;
    while (isProgram(c)) {
      ClassHeader h = program.header(c);
      if (h.declares(name, desc) || h.superName() == null) {
        return null;
      }
      c = h.superName();
    }
    if (apiPackages.contains(JavaNames.packageOf(c))) {
      return null;
    }
    Refusal member = checkMemberRule(c, name, desc);
    return member != null ? member : checkClass(c);
  }

  private boolean isProgram(String internalName) {
    return program.contains(internalName) && !PlatformClasses.isPlatformPackage(JavaNames.packageOf(internalName));
  }

  /** The member rules of {@code owner} and of its platform superclasses up to the one declaring it. */
  private Refusal checkMemberRule(String owner, String name, String desc) {
    if (!allowList.mayDenyMember(name)) {
      return null;
    }
    for (String c = owner; c != null; ) {
      AllowListEntry rule = allowList.memberRule(JavaNames.className(c), name, desc);
      if (rule != null) {
        return Refusal.of(rule.rule(), JavaNames.member(c, name, desc), rule.hint());
      }
      ClassHeader h = name.equals("<init>") ? null : PlatformClasses.header(c);
      c = h == null || h.declares(name, desc) ? null : h.superName();
    }
    return null;
  }

  /** Null when invokedynamic (or a dynamic constant) may bootstrap through {@code bsm}. */
  Refusal checkBootstrap(Handle bsm) {
    if (allowList.isBootstrap(JavaNames.className(bsm.getOwner()))) {
      return null;
    }
    return Refusal.of(ConfinementRule.CF0005, JavaNames.member(bsm.getOwner(), bsm.getName(), bsm.getDesc()), null);
  }

  /** Null when the program may use the member a method handle constant points at. */
  Refusal checkHandle(Handle h) {
    boolean field = h.getTag() <= Opcodes.H_PUTSTATIC;
    return checkMember(h.getOwner(), h.getName(), field ? null : h.getDesc());
  }
}
