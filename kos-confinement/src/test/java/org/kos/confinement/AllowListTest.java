package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The allow-list's format and which of its rules decides a name. */
class AllowListTest {
  private static final AllowList LIST = AllowList.parse("""
      # a comment
      allow package a.b
      deny package a.* CF0010
      deny package a.b.c.* CF0002
      allow package a.b.c.d
      deny class a.b.Bad CF0001   use something else
      allow class a.b.c.Fine
      deny class a.b.Fine2$Inner CF0003
      deny member a.b.Fine2.go CF0004
      deny member a.b.Fine2.<init>(java.lang.String,..) CF0001
      bootstrap a.b.Boot
      """);

  private static String decide(String className) {
    AllowListEntry e = LIST.classRule(className);
    return e == null ? "none" : e.allows() ? "allow" : e.rule().id();
  }

  @Test
  void anExactPackageBeatsATreeAndTheLongestTreeWins() {
    assertEquals("allow", decide("a.b.X"));
    assertEquals("CF0010", decide("a.x.X"));
    assertEquals("CF0002", decide("a.b.c.X"));
    assertEquals("CF0002", decide("a.b.c.e.X"));
    assertEquals("allow", decide("a.b.c.d.X"));
    assertEquals("none", decide("b.X"));
  }

  @Test
  void aClassRuleBeatsItsPackageAndCoversNestedClasses() {
    assertEquals("CF0001", decide("a.b.Bad"));
    assertEquals("CF0001", decide("a.b.Bad$Nested$Deeper"));
    assertEquals("allow", decide("a.b.c.Fine"));
    assertEquals("CF0003", decide("a.b.Fine2$Inner"));
    assertEquals("allow", decide("a.b.Fine2"));
  }

  @Test
  void aDenyCarriesItsOwnHintOrItsIds() {
    assertEquals("use something else", LIST.classRule("a.b.Bad").effectiveHint());
    assertEquals(ConfinementRule.CF0002.hint(), LIST.classRule("a.b.c.X").effectiveHint());
  }

  @Test
  void aMemberRuleWithoutParametersMatchesEveryOverloadAndTheField() {
    assertEquals(ConfinementRule.CF0004, LIST.memberRule("a.b.Fine2", "go", "()V").rule());
    assertEquals(ConfinementRule.CF0004, LIST.memberRule("a.b.Fine2", "go", "(IJ)Ljava/lang/String;").rule());
    assertEquals(ConfinementRule.CF0004, LIST.memberRule("a.b.Fine2", "go", null).rule());
    assertNull(LIST.memberRule("a.b.Other", "go", "()V"));
  }

  @Test
  void aMemberRuleWithParametersMatchesThoseAndDotDotAnyMore() {
    assertEquals(ConfinementRule.CF0001, LIST.memberRule("a.b.Fine2", "<init>", "(Ljava/lang/String;)V").rule());
    assertEquals(ConfinementRule.CF0001, LIST.memberRule("a.b.Fine2", "<init>", "(Ljava/lang/String;I)V").rule());
    assertNull(LIST.memberRule("a.b.Fine2", "<init>", "()V"));
    assertNull(LIST.memberRule("a.b.Fine2", "<init>", "(Ljava/lang/Object;)V"));
    assertTrue(LIST.mayDenyMember("<init>"));
  }

  @Test
  void bootstrapOwnersAreListed() {
    assertTrue(LIST.isBootstrap("a.b.Boot"));
    assertTrue(!LIST.isBootstrap("a.b.Fine"));
  }

  @Test
  void malformedLinesAreRefusedWithTheirLineNumber() {
    assertEquals("line 2: unknown rule 'permit package'; expected one of [allow package, allow class,"
            + " deny package, deny class, deny member, bootstrap]",
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse("\npermit package a")).getMessage());
    assertEquals("line 1: a deny needs an id (CF0001...)",
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse("deny class a.B")).getMessage());
    assertEquals("line 1: unknown id 'CF9999'",
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse("deny class a.B CF9999")).getMessage());
    assertEquals("line 1: unexpected 'CF0001' after 'a.B'",
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse("allow class a.B CF0001")).getMessage());
    assertEquals("line 1: a member rule names Class.member: 'exit'",
        assertThrows(IllegalArgumentException.class, () -> AllowList.parse("deny member exit CF0004")).getMessage());
    assertEquals("line 2: a.B already has a rule on line 1", assertThrows(IllegalArgumentException.class,
        () -> AllowList.parse("allow class a.B\ndeny class a.B CF0001")).getMessage());
  }

  @Test
  void thePlatformListReads() {
    AllowList platform = AllowList.platform();
    assertTrue(platform.entries().size() > 100);
    assertEquals(ConfinementRule.CF0004, platform.memberRule("java.lang.System", "exit", "(I)V").rule());
    assertEquals("allow", platform.classRule("java.util.ArrayList").allows() ? "allow" : "deny");
  }
}
