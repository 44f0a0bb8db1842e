package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.woonregie.toezicht.regels.Beoordeling.Conclusie;
import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Beoordeling.Tussentijds;

/** Properties that hold for every dossier, checked on generated ones (jqwik). */
class ToezichtEigenschappenProperties {

    private static final Beleidskader KADER = Kaders.ZUID_HOLLAND;

    @Property
    void trede_daalt_nooit_bij_een_tussentijdse_toets(@ForAll("dossiers") Dossier dossier) {
        for (Beoordeling b : ToezichtEngine.beoordeel(KADER, dossier).beoordelingen()) {
            if (b instanceof Tussentijds t) {
                assertThat(KADER.ladder().index(t.tredeNa())).isGreaterThanOrEqualTo(KADER.ladder().index(t.tredeVoor()));
            }
        }
    }

    @Property
    void gerealiseerd_geeft_altijd_trede_0(@ForAll("dossiers") Dossier dossier) {
        for (Beoordeling b : ToezichtEngine.beoordeel(KADER, dossier).beoordelingen()) {
            if (b instanceof Eindoordeel e && e.gerealiseerd()) {
                assertThat(e.tredeNa().code()).isEqualTo("0");
                assertThat(e.conclusie()).isEqualTo(Conclusie.GEREALISEERD);
            }
        }
    }

    @Property
    void trede_voor_is_altijd_de_trede_na_de_vorige_peildatum(@ForAll("dossiers") Dossier dossier) {
        List<Beoordeling> b = ToezichtEngine.beoordeel(KADER, dossier).beoordelingen();
        if (b.isEmpty()) {
            return;
        }
        assertThat(b.get(0).tredeVoor()).isEqualTo(dossier.startTrede());
        List<Consistentie.VastgelegdeTrede> reeks = b.stream()
                .map(x -> new Consistentie.VastgelegdeTrede(x.peildatum(), x.tredeVoor(), x.tredeNa())).toList();
        assertThat(Consistentie.tredeVolgorde(reeks)).isEmpty();
    }

    @Property
    void saldoketen_sluit_saldo_in_is_saldo_uit_van_de_vorige_periode_tenzij_gecorrigeerd(
            @ForAll("dossiers") Dossier dossier) {
        Uitkomst u = ToezichtEngine.beoordeel(KADER, dossier);
        Eindoordeel vorige = null;
        for (Beoordeling b : u.beoordelingen()) {
            long saldoIn = b instanceof Tussentijds t ? t.saldoIn() : ((Eindoordeel) b).saldoIn();
            if (vorige != null && !b.periode().equals(vorige.periode())) {
                boolean gecorrigeerd = u.bevindingen().stream().anyMatch(f -> f.type() == Bevinding.Type.SALDO_GECORRIGEERD
                        && f.peildatum().equals(b.periode().eersteDag()));
                if (!gecorrigeerd) {
                    assertThat(saldoIn).isEqualTo(vorige.saldoUit());
                }
                assertThat(vorige.volgendePeriode().saldoIn()).isEqualTo(saldoIn);
            }
            if (b instanceof Eindoordeel e) {
                vorige = e;
            }
        }
    }

    @Property
    void uitkomst_hangt_niet_af_van_hoeveel_perioden_ervoor_zijn_gesimuleerd(@ForAll("dossiers") Dossier dossier,
            @ForAll("splits") int split) {
        int k = Math.min(split, dossier.perioden().size() - 1);
        Uitkomst geheel = ToezichtEngine.beoordeel(KADER, dossier);
        // simulate the first k periods, then start the rest from the step and saldo reached
        Dossier eerste = new Dossier(dossier.gemeente(), dossier.startTrede(), dossier.perioden().subList(0, k),
                dossier.besluiten());
        Uitkomst begin = ToezichtEngine.beoordeel(KADER, eerste);
        Trede trede = begin.laatsteTrede(dossier.startTrede());
        List<Dossier.PeriodeCijfers> rest = new ArrayList<>(dossier.perioden().subList(k, dossier.perioden().size()));
        if (k > 0) {
            Eindoordeel laatste = (Eindoordeel) begin.beoordelingen().get(begin.beoordelingen().size() - 1);
            Dossier.PeriodeCijfers p = rest.get(0);
            long saldo = p.saldoIn() != null ? p.saldoIn() : laatste.saldoUit();
            rest.set(0, new Dossier.PeriodeCijfers(p.periode(), p.taakstelling(), saldo, p.additioneleOpgave(),
                    p.tussenstand(), p.eindstand()));
        }
        Uitkomst vervolg = ToezichtEngine.beoordeel(KADER, new Dossier(dossier.gemeente(), trede, rest,
                dossier.besluiten()));
        List<Beoordeling> staart = geheel.beoordelingen().subList(begin.beoordelingen().size(),
                geheel.beoordelingen().size());
        assertThat(vervolg.beoordelingen()).hasSameSizeAs(staart);
        for (int i = 0; i < staart.size(); i++) {
            assertThat(zonderVolgende(vervolg.beoordelingen().get(i))).isEqualTo(zonderVolgende(staart.get(i)));
        }
    }

    @Property
    void percentage_en_minimaal_volgen_de_formules(@ForAll("dossiers") Dossier dossier) {
        for (Beoordeling b : ToezichtEngine.beoordeel(KADER, dossier).beoordelingen()) {
            if (b instanceof Tussentijds t) {
                assertThat(t.minimaal()).isEqualTo(t.opgave() <= 0 ? 0 : (long) Math.ceil(t.opgave() / 2.0));
                assertThat(t.nogTeHuisvesten()).isEqualTo(t.opgave() - t.gehuisvest());
                if (t.opgave() > 0) {
                    assertThat(t.percentageVanOpgave())
                            .isEqualTo((int) Math.floor(100.0 * t.gehuisvest() / t.opgave() + 0.5 + 1e-9));
                }
            }
        }
    }

    /** Compare judgments without their volgendePeriode and texts (which may mention the next period). */
    private static Object zonderVolgende(Beoordeling b) {
        if (b instanceof Eindoordeel e) {
            return List.of(e.peildatum(), e.opgave(), e.saldoIn(), e.gerealiseerd(), e.tredeVoor(), e.tredeNa(),
                    e.conclusie(), e.saldoUit(), String.valueOf(e.drempelNietStijgen()), e.besluitVereist(),
                    String.valueOf(e.voorgesteldeTrede()), String.valueOf(e.koppelingenVoldoende()));
        }
        return b;
    }

    @Provide
    Arbitrary<Integer> splits() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        Arbitrary<Periode> start = Combinators.combine(Arbitraries.integers().between(2020, 2024),
                Arbitraries.of(true, false)).as(Periode::new);
        Arbitrary<String> trede = Arbitraries.of("0", "1", "2", "3a", "3b", "4", "5", "6");
        Arbitrary<List<PeriodeRuw>> ruw = periodeRuw().list().ofMinSize(1).ofMaxSize(10);
        return Combinators.combine(start, trede, ruw, Arbitraries.of(true, false)).as((s, t, lijst, besluit) -> {
            List<Dossier.PeriodeCijfers> perioden = new ArrayList<>();
            List<Dossier.Besluit> besluiten = new ArrayList<>();
            Periode p = s;
            for (int i = 0; i < lijst.size(); i++) {
                PeriodeRuw r = lijst.get(i);
                boolean laatste = i == lijst.size() - 1;
                Long saldoIn = i == 0 ? Long.valueOf(r.saldo) : r.correctie ? Long.valueOf(r.saldo) : null;
                Dossier.Tussenstand tussen = r.metTussenstand
                        ? new Dossier.Tussenstand(r.gehuisvestTussen, r.koppelingen, r.oordeel) : null;
                Dossier.Eindstand eind = laatste && !r.metEindstand ? null
                        : new Dossier.Eindstand(r.gehuisvestEind, r.huur, r.definitief, r.omkoppelingen, r.stapelMaanden,
                                r.stapelLaatste, r.reden ? "Onvolledige dossiers van COA." : null);
                perioden.add(new Dossier.PeriodeCijfers(p, r.taakstelling, saldoIn, 0, tussen, eind));
                if (besluit) {
                    for (String code : List.of("4", "5", "6")) {
                        besluiten.add(new Dossier.Besluit(p.peildatumEindoordeel(),
                                KADER.ladder().trede(code).orElseThrow(), "Besluit GS"));
                    }
                }
                p = p.volgende();
            }
            return new Dossier("GM0518", KADER.ladder().trede(t).orElseThrow(), perioden, besluiten);
        });
    }

    record PeriodeRuw(long taakstelling, long saldo, boolean correctie, boolean metTussenstand, long gehuisvestTussen,
            Long koppelingen, Boolean oordeel, boolean metEindstand, long gehuisvestEind, long huur, Long definitief,
            long omkoppelingen, int stapelMaanden, boolean stapelLaatste, boolean reden) {
    }

    private Arbitrary<PeriodeRuw> periodeRuw() {
        return Arbitraries.randomValue(r -> new PeriodeRuw(
                r.nextInt(601), r.nextInt(601) - 200, r.nextInt(4) == 0, r.nextInt(4) != 0, r.nextInt(601),
                r.nextInt(5) == 0 ? null : Long.valueOf(r.nextInt(601)),
                r.nextInt(10) < 7 ? null : Boolean.valueOf(r.nextBoolean()), r.nextInt(3) != 0, r.nextInt(601),
                r.nextInt(13), r.nextInt(7) == 0 ? Long.valueOf(r.nextInt(601)) : null, r.nextInt(4),
                r.nextInt(7), r.nextBoolean(), r.nextInt(4) == 0));
    }
}
