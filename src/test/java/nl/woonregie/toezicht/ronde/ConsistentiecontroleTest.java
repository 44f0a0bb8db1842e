package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
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
        rij(vorige, ASSEN, "1", "2", eind(400, 10, 300, "2", 100L));
        rij(vorige, EMMEN, "0", "0", eind(100, 0, 100, "0", 0L));
        rij(vorige, HOOGEVEEN, "0", "0", eind(100, 0, 100, "0", 0L));
        rij(vorige, MEPPEL, "0", "0", eind(100, 0, 100, "0", 0L));
        jdbc.sql("update beoordelingsronde set status = 'VASTGESTELD' where id = ?").param(vorige).update();

        ronde = ronde("2031-10-01");
        // Assen: step before 1 while the previous round left it at 2 (the historic 1-vs-2 letter), and a saldo of
        // 150 where the previous round carried 100 out, without a recorded correction (the 50-vs-70 letter)
        rij(ronde, ASSEN, "1", "2", tussen(300, 150, 200, 32));
        // Emmen: a percentage on the wrong base: 50 of opgave 200 is 25%, but 50 of the minimaal 100 is 50%
        rij(ronde, EMMEN, "0", "0", tussen(200, 0, 50, 50));
        // Hoogeveen: minimaal that is not half the opgave
        jdbc.sql("insert into ronde_gemeente (ronde_id, gemeente_code, uitkomst, trede_voor, trede_na, conclusie) "
                + "values (?, ?, cast(? as jsonb), '0', '0', 'ZELFDE_FASE')")
                .params(ronde, HOOGEVEEN, "{\"soort\":\"TUSSENTIJDS\",\"taakstelling\":100,\"saldoIn\":0,\"opgave\":100,"
                        + "\"minimaal\":40,\"gehuisvest\":60,\"percentageVanOpgave\":60}").update();
        // Coevorden: no figures
        jdbc.sql("insert into ronde_gemeente (ronde_id, gemeente_code, ontbrekend) values (?, ?, cast(? as jsonb))")
                .params(ronde, COEVORDEN, "[\"taakstelling 2031-II\"]").update();
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

    void rij(long id, String gemeente, String voor, String na, String uitkomst) {
        jdbc.sql("insert into ronde_gemeente (ronde_id, gemeente_code, uitkomst, trede_voor, trede_na, conclusie) "
                + "values (?, ?, cast(? as jsonb), ?, ?, 'ZELFDE_FASE')").params(id, gemeente, uitkomst, voor, na).update();
    }

    static String tussen(long taakstelling, long saldoIn, long gehuisvest, int percentage) {
        long opgave = taakstelling + saldoIn;
        return "{\"soort\":\"TUSSENTIJDS\",\"taakstelling\":" + taakstelling + ",\"saldoIn\":" + saldoIn
                + ",\"opgave\":" + opgave + ",\"minimaal\":" + (opgave + 1) / 2 + ",\"gehuisvest\":" + gehuisvest
                + ",\"percentageVanOpgave\":" + percentage + "}";
    }

    static String eind(long taakstelling, long saldoIn, long gehuisvest, String tredeNa, Long saldoUit) {
        long opgave = taakstelling + saldoIn;
        return "{\"soort\":\"EINDOORDEEL\",\"taakstelling\":" + taakstelling + ",\"saldoIn\":" + saldoIn
                + ",\"opgave\":" + opgave + ",\"gehuisvestCoa\":" + gehuisvest + ",\"percentageVanOpgave\":"
                + Math.round(100.0 * gehuisvest / opgave) + ",\"saldoUit\":" + saldoUit + ",\"tredeNa\":\"" + tredeNa
                + "\"}";
    }
}
