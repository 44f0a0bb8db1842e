package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.DossierRecord;
import nl.woonregie.toezicht.regels.Beoordeling;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import nl.woonregie.toezicht.regels.Uitkomst;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The correction of R8 (leases count for the threshold "niet stijgen", issue 15) and the rounds stored before it:
 * a vastgestelde round keeps the outcome it was decided with, and replays to it with the rules it records; an open
 * round is recomputed with the current rules, by the background job planned at the start, and audited.
 *
 * <p>The rounds "stored before the correction" are made as the engine of then stored them: the round is made through
 * the API and each municipality's row is written again with the outcome of the rules of version 1 and that version in
 * its input, exactly what migration V65 leaves of a row stored before (proven on the demo's rows by
 * {@code RondeRecordsMigratieTest}). The figures are in 2021, the last periods with a threshold; the periods the
 * {@link RondeFixture} hands out start in 2022, so no other test of this database meets them.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class RegelversieTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    RondeOpslag opslag;

    @Autowired
    BeleidskaderRegister kaders;

    @Autowired
    RegelversieHerberekening herberekening;

    @Test
    void een_vastgestelde_ronde_houdt_haar_uitkomst_en_een_open_ronde_wordt_met_de_huidige_regels_herberekend() {
        Api api = new Api(mvc);
        String toezichthouder = new Accounts(mvc).toezichthouder(RondeFixture.PROVINCIE);
        List<String> vrij = vrijeGemeenten(2);
        String leiden = vrij.get(0);
        String delft = vrij.get(1);
        // 2021-I: opgave 100, threshold 70% = 70; COA 68 + 2 leases; koppelingen enough at the mid date (no R11)
        Testgegevens.beginstand(jdbc, leiden, "2021-I", 0, "1");
        Testgegevens.taakstelling(jdbc, leiden, "2021-I", 100);
        Testgegevens.coaStand(jdbc, leiden, "2021-I", LocalDate.of(2021, 3, 31), 50, 60, 0, false);
        Testgegevens.coaStand(jdbc, leiden, "2021-I", LocalDate.of(2021, 6, 30), 68, 10, 0, false);
        Testgegevens.huurcontract(jdbc, leiden, "2021-I", LocalDate.of(2021, 6, 21), 2, "REGELVERSIE-1");
        // 2021-II: opgave 120, threshold 100 + 25% of 20 = 105; COA 100 + 5 leases
        Testgegevens.beginstand(jdbc, delft, "2021-II", 20, "2");
        Testgegevens.taakstelling(jdbc, delft, "2021-II", 100);
        Testgegevens.coaStand(jdbc, delft, "2021-II", LocalDate.of(2021, 9, 30), 60, 70, 0, false);
        Testgegevens.coaStand(jdbc, delft, "2021-II", LocalDate.of(2021, 12, 31), 100, 10, 0, false);
        Testgegevens.huurcontract(jdbc, delft, "2021-II", LocalDate.of(2021, 12, 20), 5, "REGELVERSIE-2");

        long vastgesteld = ronde(api, toezichthouder, LocalDate.of(2021, 7, 1));
        alsVoorDeCorrectie(vastgesteld);
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + vastgesteld + "/vaststellen",
                Api.JSON.writeValueAsString(Map.of("versie", versie(vastgesteld), "overschrijfControle", true, "reden",
                        RondeFixture.OVERSCHRIJFREDEN))).json();
        Achtergrondwerk.wacht(jdbc);
        long open = ronde(api, toezichthouder, LocalDate.of(2022, 1, 1));
        alsVoorDeCorrectie(open);
        int versieOpen = versie(open);
        RondeGemeente leidenVoor = opslag.van(vastgesteld, leiden).orElseThrow();
        byte[] brief = jdbc.sql("select pdf from brief where ronde_id = ? and gemeente_code = ?")
                .params(vastgesteld, leiden).query(byte[].class).single();
        // the rules of then made both rise a step
        assertThat(leidenVoor.tredeNa()).isEqualTo("2");
        assertThat(opslag.van(open, delft).orElseThrow().tredeNa()).isEqualTo("3a");

        // the start after the correction plans the job; it recomputes the open round only
        assertThat(herberekening.plan()).isTrue();
        Achtergrondwerk.wacht(jdbc);

        RondeGemeente leidenNa = opslag.van(vastgesteld, leiden).orElseThrow();
        assertThat(leidenNa).isEqualTo(leidenVoor);
        assertThat(leidenNa.invoer().regelversie()).isEqualTo(1);
        assertThat(jdbc.sql("select pdf from brief where ronde_id = ? and gemeente_code = ?")
                .params(vastgesteld, leiden).query(byte[].class).single()).isEqualTo(brief);
        // replayed with the rules it records it gives its stored outcome; the current rules would not
        assertThat(naspelen(leidenNa, leidenNa.invoer().versie())).isEqualTo(leidenNa.beoordeling());
        BeoordelingRecord nu = naspelen(leidenNa, Regelversie.HUIDIG);
        assertThat(nu.tredeNa().code()).isEqualTo("1");
        assertThat(nu).isNotEqualTo(leidenNa.beoordeling());

        RondeGemeente delftNa = opslag.van(open, delft).orElseThrow();
        assertThat(delftNa.invoer().regelversie()).isEqualTo(Regelversie.HUIDIG.nummer());
        assertThat(delftNa.tredeNa()).isEqualTo("2");
        assertThat(delftNa.conclusie()).isEqualTo(BeoordelingRecord.Conclusie.ZELFDE_FASE);
        BeoordelingRecord.Eindoordeel e = (BeoordelingRecord.Eindoordeel) delftNa.beoordeling();
        assertThat(e.drempelGehaald()).isTrue();
        assertThat(e.huurcontractenMeegeteld()).isEqualTo(5);
        assertThat(versie(open)).as("a client that read the round before gets 409").isGreaterThan(versieOpen);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actie = 'RONDE_HERBEREKEND_REGELVERSIE' and object_id = ?
                  and actor = 'systeem' and oude_waarde ->> 'regelversie' = '1'
                  and nieuwe_waarde ->> 'regelversie' = ?""")
                .params(Long.toString(open), Integer.toString(Regelversie.HUIDIG.nummer())).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'RONDE_HERBEREKEND_REGELVERSIE' "
                + "and object_id = ?").param(Long.toString(vastgesteld)).query(Long.class).single()).isZero();
        // nothing old is left open: the next start plans nothing
        assertThat(herberekening.plan()).isFalse();
    }

    private long ronde(Api api, String toezichthouder, LocalDate peildatum) {
        return api.als(toezichthouder).post("/api/v1/provincies/" + RondeFixture.PROVINCIE + "/beoordelingsrondes",
                "{\"peildatum\":\"" + peildatum + "\"}").idUitLocation();
    }

    private int versie(long ronde) {
        return jdbc.sql("select versie from beoordelingsronde where id = ?").param(ronde).query(Integer.class)
                .single();
    }

    /** Writes every judged municipality of the round again as the engine of version 1 computed and stored it. */
    private void alsVoorDeCorrectie(long ronde) {
        LocalDate peildatum = jdbc.sql("select peildatum from beoordelingsronde where id = ?").param(ronde)
                .query(LocalDate.class).single();
        List<RondeGemeente> oud = opslag.vanRonde(ronde).stream().filter(RondeGemeente::beoordeeld).map(g -> {
            DossierRecord i = g.invoer();
            Uitkomst u = ToezichtEngine.beoordeel(kaders.vind(i.beleidskader()).orElseThrow(), i.dossier(),
                    Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN);
            Beoordeling b = u.beoordelingen().stream().filter(x -> x.peildatum().equals(peildatum)).findFirst()
                    .orElseThrow();
            BeoordelingRecord r = BeoordelingRecord.van(b);
            return new RondeGemeente(g.gemeente(), r.tredeVoor().code(), r.tredeNa().code(), r.conclusie(), r,
                    u.bevindingen().stream().map(BevindingRecord::van).toList(), List.of(),
                    new DossierRecord(i.beleidskader(), Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN.nummer(),
                            i.gemeente(), i.startTrede(), i.perioden(), i.besluiten(), i.vastgesteldeTreden()));
        }).toList();
        opslag.schrijf(ronde, oud, false);
    }

    private BeoordelingRecord naspelen(RondeGemeente g, Regelversie versie) {
        Uitkomst u = ToezichtEngine.beoordeel(kaders.vind(g.invoer().beleidskader()).orElseThrow(),
                g.invoer().dossier(), versie);
        return BeoordelingRecord.van(u.beoordelingen().stream()
                .filter(b -> b.peildatum().equals(g.beoordeling().peildatum())).findFirst().orElseThrow());
    }

    /** Municipalities of the province that have no figures in this database yet (as the RondeFixture hands out). */
    private List<String> vrijeGemeenten(int aantal) {
        Set<String> gebruikt = jdbc.sql("""
                select gemeente_code from beginstand union select gemeente_code from taakstelling
                union select gemeente_code from coa_stand""").query(String.class).set();
        Set<String> vrij = new TreeSet<>(gebied.gemeentenVanProvincie(RondeFixture.PROVINCIE,
                GebiedService.INDELING_BEKEND_VANAF).stream().map(Gemeente::code).collect(Collectors.toSet()));
        vrij.removeAll(gebruikt);
        return vrij.stream().sorted(java.util.Comparator.reverseOrder()).limit(aantal).toList();
    }
}
