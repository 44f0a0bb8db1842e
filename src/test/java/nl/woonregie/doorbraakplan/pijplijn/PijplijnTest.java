package nl.woonregie.doorbraakplan.pijplijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PijplijnTest {

    static final LocalDate VANDAAG = LocalDate.of(2022, 3, 22);
    static final Map<String, String> REDENEN = Map.of("NIET_BESCHIKBAAR", "Niet beschikbaar", "ANDERS", "Anders");
    static final Set<Aspect> ALLE = EnumSet.allOf(Aspect.class);

    static Pijplijn.Feiten lead(Leadstatus s, Set<Aspect> aspecten, boolean conclusie) {
        return new Pijplijn.Feiten(s, LocalDate.of(2022, 1, 10), aspecten, conclusie);
    }

    static Pijplijn.Invoer stap(Stap s) {
        return new Pijplijn.Invoer(s, LocalDate.of(2022, 2, 1), "RIS-1", Kleur.ORANJE, 1L, null, null);
    }

    static List<String> velden(List<Pijplijn.Bezwaar> b) {
        return b.stream().map(Pijplijn.Bezwaar::veld).toList();
    }

    @Test
    void elke_stand_kent_haar_volgende_stap_en_afvallen_en_een_eindstand_niets() {
        assertThat(Pijplijn.mogelijk(Leadstatus.INGEDIEND)).containsExactly(Stap.BESCHIKBAARHEID_VRAGEN, Stap.AFVALLEN);
        assertThat(Pijplijn.mogelijk(Leadstatus.BESCHIKBAARHEID)).containsExactly(Stap.BESCHIKBAAR, Stap.AFVALLEN);
        assertThat(Pijplijn.mogelijk(Leadstatus.ANALYSE))
                .containsExactly(Stap.HAALBAARHEIDSONDERZOEK_STARTEN, Stap.AFVALLEN);
        assertThat(Pijplijn.mogelijk(Leadstatus.HAALBAARHEIDSONDERZOEK)).containsExactly(Stap.NAAR_COLLEGE,
                Stap.AFVALLEN);
        assertThat(Pijplijn.mogelijk(Leadstatus.COLLEGEVOORSTEL)).containsExactly(Stap.AANWIJZEN, Stap.AFVALLEN);
        assertThat(Pijplijn.mogelijk(Leadstatus.AANGEWEZEN)).isEmpty();
        assertThat(Pijplijn.mogelijk(Leadstatus.AFGEVALLEN)).isEmpty();
    }

    @Test
    void een_stap_vanuit_de_verkeerde_stand_wordt_geweigerd() {
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.INGEDIEND, ALLE, true), stap(Stap.AANWIJZEN), REDENEN,
                VANDAAG))).containsExactly("stap");
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.ANALYSE, ALLE, true), stap(Stap.INDIENEN), REDENEN,
                VANDAAG))).containsExactly("stap");
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.AFGEVALLEN, ALLE, true), stap(Stap.AFVALLEN), REDENEN,
                VANDAAG))).containsExactly("stap");
    }

    @Test
    void het_haalbaarheidsonderzoek_start_pas_als_alle_vier_de_aspecten_geanalyseerd_zijn() {
        List<Pijplijn.Bezwaar> b = Pijplijn.beoordeel(lead(Leadstatus.ANALYSE,
                EnumSet.of(Aspect.UITGANGSPUNTEN, Aspect.FINANCIEN), false),
                stap(Stap.HAALBAARHEIDSONDERZOEK_STARTEN), REDENEN, VANDAAG);
        assertThat(velden(b)).containsExactly("analyse.RUIMTELIJKE_MOGELIJKHEDEN",
                "analyse.LEEFBAARHEID_EN_VEILIGHEID");
        assertThat(Pijplijn.beoordeel(lead(Leadstatus.ANALYSE, ALLE, false), stap(Stap.HAALBAARHEIDSONDERZOEK_STARTEN),
                REDENEN, VANDAAG)).isEmpty();
    }

    @Test
    void naar_het_college_pas_met_de_conclusie_van_het_onderzoek() {
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.HAALBAARHEIDSONDERZOEK, ALLE, false),
                stap(Stap.NAAR_COLLEGE), REDENEN, VANDAAG))).containsExactly("haalbaarheidsonderzoek.conclusie");
        assertThat(Pijplijn.beoordeel(lead(Leadstatus.HAALBAARHEIDSONDERZOEK, ALLE, true), stap(Stap.NAAR_COLLEGE),
                REDENEN, VANDAAG)).isEmpty();
    }

    @Test
    void een_besluit_vraagt_een_kenmerk_en_de_aanwijzing_een_kleur_en_een_tranche() {
        Pijplijn.Invoer kaal = new Pijplijn.Invoer(Stap.AANWIJZEN, LocalDate.of(2022, 3, 22), " ", null, null, null,
                null);
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.COLLEGEVOORSTEL, ALLE, true), kaal, REDENEN, VANDAAG)))
                .containsExactly("kenmerk", "kleur", "tranche");
    }

    @Test
    void afvallen_kan_in_elke_open_stand_met_een_reden_uit_de_lijst_en_een_toelichting() {
        for (Leadstatus s : List.of(Leadstatus.INGEDIEND, Leadstatus.BESCHIKBAARHEID, Leadstatus.ANALYSE,
                Leadstatus.HAALBAARHEIDSONDERZOEK, Leadstatus.COLLEGEVOORSTEL)) {
            Pijplijn.Invoer goed = new Pijplijn.Invoer(Stap.AFVALLEN, LocalDate.of(2022, 2, 1), null, null, null,
                    "NIET_BESCHIKBAAR", "Eigenaar verkoopt");
            assertThat(Pijplijn.beoordeel(lead(s, Set.of(), false), goed, REDENEN, VANDAAG)).as(s.name()).isEmpty();
        }
        Pijplijn.Invoer fout = new Pijplijn.Invoer(Stap.AFVALLEN, LocalDate.of(2022, 2, 1), null, null, null,
                "VERZONNEN", "");
        assertThat(velden(Pijplijn.beoordeel(lead(Leadstatus.INGEDIEND, Set.of(), false), fout, REDENEN, VANDAAG)))
                .containsExactly("reden", "toelichting");
        assertThat(Stap.AFVALLEN.informeren()).isTrue();
        assertThat(Stap.BESCHIKBAAR.informeren()).isFalse();
    }

    @Test
    void de_datum_is_verplicht_niet_in_de_toekomst_en_niet_voor_de_vorige_stap() {
        Pijplijn.Feiten l = lead(Leadstatus.INGEDIEND, Set.of(), false);
        for (LocalDate d : new LocalDate[] {null, VANDAAG.plusDays(1), LocalDate.of(2022, 1, 9)}) {
            Pijplijn.Invoer in = new Pijplijn.Invoer(Stap.BESCHIKBAARHEID_VRAGEN, d, null, null, null, null, null);
            assertThat(velden(Pijplijn.beoordeel(l, in, REDENEN, VANDAAG))).as(String.valueOf(d))
                    .containsExactly("datum");
        }
        Pijplijn.Invoer zelfdeDag = new Pijplijn.Invoer(Stap.BESCHIKBAARHEID_VRAGEN, LocalDate.of(2022, 1, 10), null,
                null, null, null, null);
        assertThat(Pijplijn.beoordeel(l, zelfdeDag, REDENEN, VANDAAG)).isEmpty();
    }
}
