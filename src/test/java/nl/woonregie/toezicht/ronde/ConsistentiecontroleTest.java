package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each kind of contradiction of the historic letters (toezicht.md §3) is planted in stored round data of Drenthe
 * (PV22, peildata in 2031) and must be caught by the consistency check.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsistentiecontroleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consistentiecontrole controle;

    @Autowired
    RondeOpslag opslag;

    long vorige;
    long ronde;

    static final String ASSEN = "GM0106";
    static final String COEVORDEN = "GM0109";
    static final String EMMEN = "GM0114";
    static final String HOOGEVEEN = "GM0118";
    static final String MEPPEL = "GM0119";

    @BeforeAll
    void plant() {
        vorige = ronde("2031-07-01");
        rij(vorige, ASSEN, "1", "2", eind(400, 10, 300, "2", 100));
        rij(vorige, EMMEN, "0", "0", eind(100, 0, 100, "0", 0));
        rij(vorige, HOOGEVEEN, "0", "0", eind(100, 0, 100, "0", 0));
        rij(vorige, MEPPEL, "0", "0", eind(100, 0, 100, "0", 0));
        jdbc.sql("update beoordelingsronde set status = 'VASTGESTELD' where id = ?").param(vorige).update();

        ronde = ronde("2031-10-01");
        // Assen: step before 1 while the previous round left it at 2 (the historic 1-vs-2 letter), and a saldo of
        // 150 where the previous round carried 100 out, without a recorded correction (the 50-vs-70 letter)
        rij(ronde, ASSEN, "1", "2", tussen(300, 150, 200, 32));
        // Emmen: a percentage on the wrong base: 50 of opgave 200 is 25%, but 50 of the minimaal 100 is 50%
        rij(ronde, EMMEN, "0", "0", tussen(200, 0, 50, 50));
        // Hoogeveen: minimaal that is not half the opgave
        rij(ronde, HOOGEVEEN, "0", "0", tussen(100, 0, 40, 60, 60));
        // Coevorden: no figures
        opslag.schrijf(ronde, List.of(new RondeGemeente(COEVORDEN, null, null, null, null, List.of(),
                List.of("taakstelling 2031-II"), null)), true);
        // Meppel: a COA standing dated outside its period and a lease outside the last two weeks
        rij(ronde, MEPPEL, "0", "0", tussen(100, 0, 60, 60));
        jdbc.sql("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, '2031-II', '2032-01-15', 1, 1, 0, false, 'test')")
                .param(MEPPEL).update();
        jdbc.sql("insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, "
                + "ingediend_door) values (?, '2031-II', '2031-11-02', 2, 'TE-VROEG-1', 'test')").param(MEPPEL).update();
    }

    List<Controlebevinding> van(String gemeente) {
        return controle.controleer(ronde).van(gemeente);
    }

    @Test
    void trede_voor_die_afwijkt_van_de_vorige_ronde_is_een_fout() {
        assertThat(van(ASSEN)).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Controlebevinding.Code.TREDE_VOOR_WIJKT_AF);
            assertThat(b.niveau()).isEqualTo(Controlebevinding.Niveau.FOUT);
            assertThat(b.tekst()).contains("trede 2");
        });
    }

    @Test
    void saldo_dat_afwijkt_zonder_correctie_is_een_fout() {
        assertThat(van(ASSEN)).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Controlebevinding.Code.SALDO_ZONDER_CORRECTIE);
            assertThat(b.tekst()).contains("150").contains("100");
        });
    }

    @Test
    void percentage_op_de_verkeerde_basis_is_een_fout() {
        assertThat(van(EMMEN)).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo(Controlebevinding.Code.PERCENTAGE_BASIS);
            assertThat(b.tekst()).contains("25%");
        });
    }

    @Test
    void onderdelen_die_niet_optellen_zijn_een_fout() {
        assertThat(van(HOOGEVEEN)).anySatisfy(b -> assertThat(b.code())
                .isEqualTo(Controlebevinding.Code.TOTAAL_KLOPT_NIET));
    }

    @Test
    void ontbrekende_cijfers_zijn_een_fout() {
        assertThat(van(COEVORDEN)).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo(Controlebevinding.Code.ONTBREKENDE_CIJFERS);
            assertThat(b.tekst()).contains("taakstelling 2031-II");
        });
    }

    @Test
    void datums_buiten_de_periode_zijn_een_fout() {
        assertThat(van(MEPPEL)).filteredOn(b -> b.code() == Controlebevinding.Code.DATUM_BUITEN_PERIODE)
                .hasSize(2)
                .anySatisfy(b -> assertThat(b.tekst()).contains("15 januari 2032"))
                .anySatisfy(b -> assertThat(b.tekst()).contains("TE-VROEG-1"));
    }

    @Test
    void een_correcte_ronde_heeft_geen_fouten() {
        long schoon = ronde("2031-04-01");
        rij(schoon, EMMEN, "0", "0", tussen(200, 0, 100, 50));
        assertThat(controle.controleer(schoon).fouten()).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------

    long ronde(String peildatum) {
        return jdbc.sql("insert into beoordelingsronde (provincie_code, peildatum, beleidskader, status, aangemaakt_door) "
                + "values ('PV22', ?, 'zuid-holland-2020', 'CONCEPT', 'test') returning id")
                .param(LocalDate.parse(peildatum)).query(Long.class).single();
    }

    void rij(long id, String gemeente, String voor, String na, BeoordelingRecord uitkomst) {
        opslag.schrijf(id, List.of(new RondeGemeente(gemeente, voor, na, BeoordelingRecord.Conclusie.ZELFDE_FASE,
                uitkomst, List.of(), List.of(), null)), true);
    }

    /** A stored mid-term outcome with only the figures the check reads (in Drenthe's 2031-II). */
    static BeoordelingRecord tussen(long taakstelling, long saldoIn, long gehuisvest, int percentage) {
        long opgave = taakstelling + saldoIn;
        return tussen(taakstelling, saldoIn, (opgave + 1) / 2, gehuisvest, percentage);
    }

    static BeoordelingRecord tussen(long taakstelling, long saldoIn, long minimaal, long gehuisvest, int percentage) {
        long opgave = taakstelling + saldoIn;
        return new BeoordelingRecord.Tussentijds(LocalDate.of(2031, 10, 1), Periode.of("2031-II"), taakstelling,
                saldoIn, 0, opgave, minimaal, null, gehuisvest, true, opgave - gehuisvest, null, null, percentage,
                new Trede("0"), new Trede("0"), BeoordelingRecord.Conclusie.ZELFDE_FASE, null, false, List.of());
    }

    /** A stored final outcome with only the figures the check reads (in Drenthe's 2031-I). */
    static BeoordelingRecord eind(long taakstelling, long saldoIn, long gehuisvest, String tredeNa, long saldoUit) {
        long opgave = taakstelling + saldoIn;
        return new BeoordelingRecord.Eindoordeel(LocalDate.of(2031, 7, 1), Periode.of("2031-I"), taakstelling,
                saldoIn, 0, opgave, gehuisvest, 0, 0, null, false, null, null, null, false, 0, true, false, null,
                (int) Math.round(100.0 * gehuisvest / opgave), new Trede("0"), new Trede(tredeNa),
                BeoordelingRecord.Conclusie.ZELFDE_FASE, null, false, null, saldoUit, null, List.of());
    }
}
