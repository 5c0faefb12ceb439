package org.kos.rcdb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/** A return-code database written and read back is the same database, for generated entries. */
class WriteReadPropertyTest {
  @Provide
  Arbitrary<RcEntry> entries() {
    Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20)
        .map(s -> "rc" + s);
    Arbitrary<String> symbol = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8).injectNull(0.5);
    Arbitrary<String> description = Arbitraries.strings().all().ofMaxLength(40)
        .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    Arbitrary<SourceRef> source = Combinators.combine(Arbitraries.strings().withChars("abc/._-").ofMinLength(1)
        .ofMaxLength(20), Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 500))
        .as((f, l, c) -> l == 0 ? SourceRef.fileOnly(f) : new SourceRef(f, l, Math.max(1, c))).injectNull(0.2);
    return Combinators.combine(name, Arbitraries.longs().between(0, 1), Arbitraries.longs().between(0, 3),
        Arbitraries.longs().between(0, 0x3FF), Arbitraries.longs().between(0, 0xFFFF), symbol, symbol, description)
        .as((n, customer, space, facility, code, spaceName, facilityName, desc) -> new RcEntry(n,
            RcEntry.valueOf(customer, space, facility, code), customer, space, facility, code, spaceName,
            facilityName, desc, null))
        .flatMap(e -> source.map(s -> new RcEntry(e.name(), e.value(), e.customer(), e.space(), e.facility(),
            e.code(), e.spaceName(), e.facilityName(), e.description(), s)));
  }

  @Property(tries = 300)
  void writtenDatabaseReadsBackEqual(@ForAll("databases") List<RcEntry> entries) throws DbFormatException {
    RcDatabase db = new RcDatabase(entries);
    assertEquals(db, RcDatabaseFile.parse(RcDatabaseFile.format(db), "written.json"));
  }

  @Provide
  Arbitrary<List<RcEntry>> databases() {
    return entries().list().ofMaxSize(12).uniqueElements(RcEntry::name);
  }
}
