package nl.woonregie.doorbraakplan.ondersteuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The computation for every plan (jqwik): the years sum to the total, and so do the departments, the projects and the
 * lines; per year the covered part is at most the costs and at most the cover, the uncovered part is the rest; every
 * amount is exact to the cent; and woonbegeleiding agrees with a literal count of its months.
 */
class OndersteuningsmodelProperties {

    @Property(tries = 500)
    void de_delen_tellen_op_tot_het_totaal(@ForAll("vragen") Ondersteuningsvraag vraag) {
        Ondersteuningsberekening b = Ondersteuningsmodel.bereken(vraag);
        assertThat(som(b.perJaar().stream().map(Ondersteuningsberekening.Jaar::kosten).toList())).isEqualTo(b.totaal());
        assertThat(som(b.perDienst().stream().map(Ondersteuningsberekening.DienstJaar::kosten).toList()))
                .isEqualTo(b.totaal());
        assertThat(som(b.perProject().stream().map(Ondersteuningsberekening.Project::kosten).toList()))
                .isEqualTo(b.totaal());
        assertThat(som(b.perRegel().stream().map(Ondersteuningsberekening.RegelKosten::kosten).toList()))
                .isEqualTo(b.totaal());
        assertThat(b.perRegel()).hasSameSizeAs(vraag.regels());
        assertThat(b.totaal().scale()).isEqualTo(2);
    }

    @Property(tries = 500)
    void gedekt_is_hoogstens_de_kosten_en_de_dekking_en_ongedekt_is_de_rest(
            @ForAll("vragen") Ondersteuningsvraag vraag) {
        Ondersteuningsberekening b = Ondersteuningsmodel.bereken(vraag);
        Map<Integer, BigDecimal> dekking = new HashMap<>();
        vraag.dekking().forEach(d -> dekking.merge(d.jaar(), d.bedrag(), BigDecimal::add));
        assertThat(b.perJaar()).extracting(Ondersteuningsberekening.Jaar::jaar).isSorted().doesNotHaveDuplicates();
        for (Ondersteuningsberekening.Jaar j : b.perJaar()) {
            BigDecimal cover = dekking.getOrDefault(j.jaar(), BigDecimal.ZERO);
            assertThat(j.gedekt()).isLessThanOrEqualTo(j.kosten()).isLessThanOrEqualTo(j.kosten().max(cover));
            assertThat(j.gedekt()).isEqualByComparingTo(j.kosten().min(cover));
            assertThat(j.ongedekt()).isEqualTo(j.kosten().subtract(j.gedekt()));
            assertThat(j.ongedekt().signum()).isGreaterThanOrEqualTo(0);
        }
        dekking.keySet().forEach(jaar -> assertThat(b.perJaar()).anyMatch(j -> j.jaar() == jaar));
    }

    @Property(tries = 500)
    void woonbegeleiding_is_personen_maal_tarief_maal_het_aantal_maanden(@ForAll("woonbegeleiding") Regel.Woonbegeleiding w) {
        Ondersteuningsberekening b = Ondersteuningsmodel.bereken(new Ondersteuningsvraag(List.of(w),
                OndersteuningsmodelTest.MEMO, List.of()));
        int maanden = 0;
        for (Kwartaal k = w.van(); k.compareTo(w.tot()) <= 0; k = k.volgende()) {
            maanden += 3;
        }
        BigDecimal tarief = w.wonen() == Wonen.ZELFSTANDIG ? new BigDecimal("220") : new BigDecimal("370");
        assertThat(b.totaal()).isEqualByComparingTo(tarief.multiply(BigDecimal.valueOf(w.personen() * maanden)));
        assertThat(b.perRegel().get(0).perMaand()).isEqualByComparingTo(tarief.multiply(
                BigDecimal.valueOf(w.personen())));
    }

    private static BigDecimal som(List<BigDecimal> bedragen) {
        return bedragen.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Provide
    Arbitrary<Kwartaal> kwartalen() {
        return Combinators.combine(Arbitraries.integers().between(2022, 2032), Arbitraries.integers().between(1, 4))
                .as(Kwartaal::new);
    }

    @Provide
    Arbitrary<Regel.Woonbegeleiding> woonbegeleiding() {
        return Combinators.combine(Arbitraries.of("A", "B"), Arbitraries.of("OCW", "SZW"),
                Arbitraries.of(Wonen.class), Arbitraries.longs().between(0, 500), kwartalen(),
                Arbitraries.integers().between(0, 30))
                .as((p, d, w, n, van, duur) -> {
                    Kwartaal tot = van;
                    for (int i = 0; i < duur; i++) {
                        tot = tot.volgende();
                    }
                    return new Regel.Woonbegeleiding(p, d, w, n, van, tot);
                });
    }

    @Provide
    Arbitrary<Ondersteuningsvraag> vragen() {
        Arbitrary<BigDecimal> bedragen = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("250000"))
                .ofScale(2);
        Arbitrary<Regel> doorstroom = Combinators.combine(Arbitraries.of("A", "B", "C"), Arbitraries.of("DSO", "OCW"),
                Arbitraries.longs().between(0, 500), kwartalen())
                .as((p, d, n, k) -> (Regel) new Regel.Doorstroombegeleiding(p, d, n, k));
        Arbitrary<Regel> locatie = Combinators.combine(Arbitraries.of("A", "Alle locaties"), Arbitraries.of("DPZ"),
                bedragen, kwartalen(), Arbitraries.integers().between(0, 20))
                .as((p, d, bedrag, van, duur) -> {
                    Kwartaal tot = van;
                    for (int i = 0; i < duur; i++) {
                        tot = tot.volgende();
                    }
                    return (Regel) new Regel.Locatiemanagement(p, d, bedrag, van, tot);
                });
        Arbitrary<Regel> zonder = Combinators.combine(Arbitraries.of("A", "C"),
                Arbitraries.of(Ondersteuningssoort.MAATSCHAPPELIJKE_BEGELEIDING, Ondersteuningssoort.TRAJECTBEGELEIDING),
                Arbitraries.longs().between(0, 100), kwartalen())
                .as((p, s, n, k) -> (Regel) new Regel.ZonderKosten(p, "SZW", s, n, k, k));
        Arbitrary<Regel> regels = Arbitraries.oneOf(woonbegeleiding().map(w -> (Regel) w), doorstroom, locatie, zonder);
        Arbitrary<Dekking> dekking = Combinators.combine(Arbitraries.integers().between(2021, 2034),
                Arbitraries.of("Retraiteclaim", "Rijk"), bedragen).as(Dekking::new);
        return Combinators.combine(regels.list().ofMaxSize(8), dekking.list().ofMaxSize(5))
                .as((r, d) -> new Ondersteuningsvraag(r, OndersteuningsmodelTest.MEMO, d));
    }
}
