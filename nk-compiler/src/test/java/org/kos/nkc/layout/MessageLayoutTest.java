package org.kos.nkc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kos.nkc.Compile.files;
import static org.kos.nkc.Compile.where;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.CompileResult;

/** Fixed-part layouts, arena bounds and handle counts, every number worked out by hand. */
class MessageLayoutTest {
  static Layout layout(CompileResult r) {
    assertEquals(List.of(), where(r), () -> r.diagnostics().toString());
    return Layout.of(r.model().orElseThrow());
  }

  private static InterfaceLayout iface(String body) {
    return layout(files("t/P.idl", "package t.P\n" + body)).iface("t.P");
  }

  /** name@offset/size/alignment for each field. */
  private static List<String> shape(List<FieldLayout> fields) {
    return fields.stream().map(f -> f.name() + "@" + f.offset() + "/" + f.type().size() + "/" + f.type().alignment())
        .toList();
  }

  @Test
  void oneUInt32RequestIsThirtyTwoBytesLikeTheVendorsEchoReq() {
    MessageLayout req = iface("interface { Echo(in UInt32 value); }").method("Echo").request();
    assertEquals(List.of("value@24/4/4"), shape(req.fields()));
    assertEquals(32, req.fixedSize());
  }

  @Test
  void messageWithoutParametersIsJustTheHeader() {
    MethodLayout m = iface("interface { Ready(); }").method("Ready");
    assertEquals(24, m.request().fixedSize());
    assertEquals(24, m.response().fixedSize());
    assertEquals(24, m.error().fixedSize());
    assertEquals(0, m.request().maxArena());
  }

  @Test
  void scalarsArePaddedToTheirNaturalAlignmentAndTheEndToEight() {
    MessageLayout req = iface("interface { Pad(in UInt8 a, in UInt32 b, in UInt8 c, in UInt64 d, in UInt16 e); }")
        .method("Pad").request();
    assertEquals(List.of("a@24/1/1", "b@28/4/4", "c@32/1/1", "d@40/8/8", "e@48/2/2"), shape(req.fields()));
    assertEquals(56, req.fixedSize());
  }

  @Test
  void uintSizeAndUIntPtrAreEightBytes() {
    MessageLayout req = iface("interface { M(in UInt8 a, in UIntSize s, in UIntPtr p); }").method("M").request();
    assertEquals(List.of("a@24/1/1", "s@32/8/8", "p@40/8/8"), shape(req.fields()));
  }

  @Test
  void structMembersArePaddedAndTheStructRoundedToItsAlignment() {
    InterfaceLayout i = iface("""
        struct S { UInt8 a; UInt64 b; UInt16 c; }
        interface { M(in UInt8 x, in S s); }
        """);
    MessageLayout req = i.method("M").request();
    assertEquals(List.of("x@24/1/1", "s@32/24/8"), shape(req.fields()));
    assertEquals(List.of("a@0/1/1", "b@8/8/8", "c@16/2/2"), shape(req.field("s").type().members()));
    assertEquals(56, req.fixedSize());
  }

  @Test
  void unionIsATagThenEveryAlternativeAtTheOffsetTheWidestAlignmentNeeds() {
    InterfaceLayout i = iface("""
        union U { UInt8 small; UInt64 big; string<10> name; }
        union V { UInt8 a; UInt16 b; }
        interface { M(in V v, in U u); }
        """);
    MessageLayout req = i.method("M").request();
    TypeLayout u = req.field("u").type();
    assertEquals(TypeLayout.Kind.UNION, u.kind());
    assertEquals(List.of("small@8/1/1", "big@8/8/8", "name@8/8/4"), shape(u.members()));
    assertEquals(16, u.size());
    assertEquals(11, u.maxArena(), "the largest alternative's arena: string<10> needs 11");
    TypeLayout v = req.field("v").type();
    assertEquals(List.of("a@4/1/1", "b@4/2/2"), shape(v.members()));
    assertEquals(8, v.size());
    assertEquals(4, v.alignment());
    assertEquals(List.of("v@24/8/4", "u@32/16/8"), shape(req.fields()));
    assertEquals(48, req.fixedSize());
  }

  @Test
  void arrayOfStructsIsInlineWithTheElementsAlignment() {
    InterfaceLayout i = iface("""
        struct P { UInt16 x; UInt8 y; }
        interface { M(in UInt8 f, in array<P, 3> ps); }
        """);
    MessageLayout req = i.method("M").request();
    assertEquals(List.of("f@24/1/1", "ps@26/12/2"), shape(req.fields()));
    TypeLayout element = req.field("ps").type().element();
    assertEquals(4, element.size());
    assertEquals(List.of("x@0/2/2", "y@2/1/1"), shape(element.members()));
    assertEquals(40, req.fixedSize());
  }

  @Test
  void nestedSequencesAndStringsAddUpToTheMaximumArena() {
    InterfaceLayout i = iface("""
        struct Item { string<15> label; sequence<UInt32, 4> values; }
        interface { Put(in sequence<Item, 3> items, in bytes<100> blob, in string<7> name); }
        """);
    MessageLayout req = i.method("Put").request();
    assertEquals(List.of("items@24/8/4", "blob@32/8/4", "name@40/8/4"), shape(req.fields()));
    assertEquals(48, req.fixedSize());
    TypeLayout items = req.field("items").type();
    assertEquals(3, items.maxElements());
    // 3 elements of 16 bytes, plus each element's own chunks: 16 (label) + 4 * 4 (values)
    assertEquals(3 * 16 + 3 * 32, items.maxArena());
    assertEquals(List.of("label@0/8/4", "values@8/8/4"), shape(items.element().members()));
    assertEquals(16, items.element().members().get(0).type().maxElements(), "string<15>: 15 characters + NUL");
    assertEquals(4, items.element().members().get(1).type().maxElements());
    assertEquals(144 + 100 + 8, req.maxArena());
  }

  @Test
  void sequenceOfSequencesCountsEveryInnerChunk() {
    MessageLayout req = iface("interface { M(in sequence<sequence<UInt16, 5>, 2> grid); }").method("M").request();
    // outer: 2 descriptors of 8 bytes; each inner: 5 * 2 bytes
    assertEquals(2 * 8 + 2 * 10, req.maxArena());
  }

  @Test
  void typedefsAreLookedThrough() {
    MessageLayout req = iface("""
        const UInt32 MaxName = 31;
        typedef string<MaxName> Name;
        interface { Rename(in Name name); }
        """).method("Rename").request();
    TypeLayout name = req.field("name").type();
    assertEquals("string<31>", name.type());
    assertEquals(TypeLayout.Kind.STRING, name.kind());
    assertEquals(32, name.maxElements());
    assertEquals(32, req.maxArena());
  }

  @Test
  void handlesAreSixteenByteContainersAlignedToEightCountedPerMessage() {
    InterfaceLayout i = layout(files(
        "t/P.idl", """
            package t.P
            struct HS { Handle a; UInt32 n; array<Handle, 2> more; }
            interface { Pass(in Handle h, in UInt8 x, in handle<t.Q> c, in HS hs, out Handle r); }
            """,
        "t/Q.idl", "package t.Q\ninterface { Ping(); }\n")).iface("t.P");
    MethodLayout m = i.method("Pass");
    assertEquals(List.of("h@24/16/8", "x@40/1/1", "c@48/16/8", "hs@64/56/8"), shape(m.request().fields()));
    assertEquals(List.of("a@0/16/8", "n@16/4/4", "more@24/32/8"), shape(m.request().field("hs").type().members()));
    assertEquals(120, m.request().fixedSize());
    assertEquals(5, m.request().handles());
    assertEquals(1, m.response().handles());
    assertEquals(40, m.response().fixedSize());
    assertEquals(0, m.error().handles());
  }

  @Test
  void errorMessageCarriesOnlyTheErrorParameters() {
    MethodLayout m = iface("interface { Op(in UInt32 a, out UInt64 b, out string<3> s, error SInt32 status); }")
        .method("Op");
    assertEquals(List.of("a@24/4/4"), shape(m.request().fields()));
    assertEquals(List.of("b@24/8/8", "s@32/8/4"), shape(m.response().fields()));
    assertEquals(40, m.response().fixedSize());
    assertEquals(4, m.response().maxArena());
    assertEquals(List.of("status@24/4/4"), shape(m.error().fields()));
    assertEquals(32, m.error().fixedSize());
    assertEquals(0, m.error().maxArena());
  }

  @Test
  void everyStructAndUnionIsLaidOutOnceUnderItsQualifiedName() {
    Layout l = layout(files("t/P.idl", """
        package t.P
        struct S { UInt8 a; UInt32 b; }
        union U { S s; UInt64 n; }
        typedef S Alias;
        interface { M(in Alias a); }
        """));
    assertEquals(java.util.Set.of("t.P.S", "t.P.U"), l.structs().keySet());
    assertEquals(List.of("s@8/8/4", "n@8/8/8"), shape(l.struct("t.P.U").members()));
    assertEquals(l.struct("t.P.S"), l.iface("t.P").method("M").request().field("a").type());
    assertEquals("t.P.S", l.iface("t.P").method("M").request().field("a").type().type());
  }

  @Test
  void midsFollowDeclarationOrder() {
    InterfaceLayout i = iface("interface { Zeta(); Alpha(); Mid(); }");
    assertEquals(List.of("Zeta", "Alpha", "Mid"), i.methods().stream().map(MethodLayout::name).toList());
    assertEquals(List.of(0, 1, 2), i.methods().stream().map(MethodLayout::mid).toList());
    assertEquals(3, i.midMax());
  }

  @Test
  void interfaceBoundsAreTheMaximumOverMethodsAndResponseCoversErrors() {
    InterfaceLayout i = iface("""
        interface {
          Small(in string<3> a, out UInt8 r);
          Big(in bytes<200> b, in Handle h, out string<9> s);
          Fails(in UInt8 x, out Handle h1, out Handle h2, error bytes<50> why, error Handle e);
        }
        """);
    // largest request: Big, b@24 + h@32..48; largest response: Fails, h1@24 h2@40..56
    assertEquals(new MessageBounds(200, 50, 200, 1, 2, 1, 48, 56), i.bounds());
  }

  @Test
  void interfaceWithoutMethodsHasNoBounds() {
    assertEquals(MessageBounds.NONE, iface("interface { }").bounds());
  }

  @Test
  void scalarsHaveNoElementsOrMembers() {
    TypeLayout t = iface("interface { M(in SInt16 v); }").method("M").request().field("v").type();
    assertEquals(0, t.maxElements());
    assertEquals(List.of(), t.members());
    assertNull(t.element());
  }
}
