package nl.woonregie.verhuisbox;

import static nl.woonregie.verhuisbox.VerhuisboxApiTest.json;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.ongeldig;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.woonregie.support.Http;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.traject.Checklists;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Two concurrent steps on one case or one grant, on real threads against the real database: both requests pass the
 * state check, then both wait for the same row — held by this test in a transaction of its own until it sees both
 * waiting in {@code pg_stat_activity} at the statement after the check — and then race. Exactly one step happens;
 * the other gets a 409 and leaves nothing behind (history, tasks, checklist, audit, a number of the kenmerk sequence).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GelijktijdigheidTest {

    static final String A = "/api/v1/verhuisbox";
    static final String AANMELDER = "vhbc-aanmelder";
    static final String ICP = "vhbc-icp";
    static final String COORD = "vhbc-coordinator";
    static final String CM = "vhbc-casemanager";
    static final String ADM = "vhbc-administratief";
    static final String CONSULENT = "vhbc-consulent";
    static final String CONSULENT2 = "vhbc-consulent2";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Testteam testteam;
    Http http;

    @BeforeAll
    void team() {
        testteam = new Testteam(mvc, jdbc, "Gelijktijdig-test");
        http = testteam.http;
        long team = testteam.team;
        for (String[] a : new String[][] {{AANMELDER, "AANMELDER"}, {ICP, "ICP"}, {COORD, "COORDINATOR"},
            {CM, "CASEMANAGER"}, {ADM, "ADMINISTRATIEF"}, {CONSULENT, "CONSULENT"}, {CONSULENT2, "CONSULENT"}}) {
            testteam.account(a[0], a[1], team);
        }
        status(http.put(COORD, A + "/capaciteit", "{\"jaar\":" + LocalDate.now().getYear()
                + ",\"categorie\":\"HUISHOUDEN\",\"aantal\":500}"), 200);
    }

    @Test
    void twee_gelijktijdige_overgangen_naar_intake_geven_een_intake_en_een_409() throws Exception {
        long id = json(http.post(AANMELDER, A + "/meldingen", VerhuisboxApiTest.melding("Testcliënt Tegelijk", 1)),
                201).path("id").asLong();
        testteam.overgang(ICP, id, "ICP_TOETS", "", 200);
        status(http.post(ICP, A + "/casussen/" + id + "/toets", VerhuisboxApiTest.toets("VOLDAAN")), 200);
        status(http.put(COORD, A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + CM + "\"}"), 200);
        String toelaten = "{\"naar\":\"INTAKE\",\"reden\":\"eerste op de wachtlijst\"}";

        List<MockHttpServletResponse> antwoorden = tegelijk(
                "select 1 from vhb_casus where id = ? for no key update", id, "update vhb_casus set status",
                () -> http.post(COORD, A + "/casussen/" + id + "/overgangen", toelaten),
                () -> http.post(COORD, A + "/casussen/" + id + "/overgangen", toelaten));

        assertThat(antwoorden).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
        MockHttpServletResponse verloren = antwoorden.stream().filter(r -> r.getStatus() == 409).findFirst()
                .orElseThrow();
        assertThat(ongeldig(VerhuisboxApiTest.probleem(verloren, 409))).containsExactly("status");
        assertThat(jdbc.sql("select count(*) from vhb_statuswijziging where casus_id = ? and naar = 'INTAKE'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from vhb_checkitem where casus_id = ? and lijst = 'INTAKE'").param(id)
                .query(Integer.class).single()).isEqualTo(Checklists.INTAKE.size());
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'INTAKE'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_STATUS' and object_id = ? "
                + "and nieuwe_waarde ->> 'naar' = 'INTAKE'").param(String.valueOf(id)).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(json(http.get(COORD, A + "/casussen/" + id), 200).path("status").asString()).isEqualTo("INTAKE");
    }

    @Test
    void twee_gelijktijdige_goedkeuringen_van_een_verstrekking_geven_een_kenmerk_zonder_gat() throws Exception {
        int jaar = LocalDate.now().getYear();
        potten(jaar);
        long casus = testteam.metAanvaardAanbod(new Testteam.Rollen(AANMELDER, ICP, COORD, CM, ADM),
                "Testcliënt Tweemaal Goedgekeurd", "Heerlen");
        long v = json(http.post(CM, A + "/casussen/" + casus + "/verstrekkingen", "{\"soort\":\"VERHUISKOSTEN\","
                + "\"bedrag\":300.00}"), 201).path("id").asLong();
        long pot = jdbc.sql("select pot_id from vhb_verstrekking where id = ?").param(v).query(Long.class).single();

        List<MockHttpServletResponse> antwoorden = tegelijk("select 1 from vhb_pot where id = ? for update", pot,
                "select * from vhb_pot where id",
                () -> http.post(CONSULENT, A + "/verstrekkingen/" + v + "/goedkeuring", ""),
                () -> http.post(CONSULENT2, A + "/verstrekkingen/" + v + "/goedkeuring", ""));

        assertThat(antwoorden).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
        JsonNode goed = VerhuisboxApiTest.JSON.readTree(antwoorden.stream().filter(r -> r.getStatus() == 200)
                .findFirst().orElseThrow().getContentAsByteArray());
        String kenmerk = goed.path("kenmerk").asString();
        assertThat(kenmerk).matches("VHB-" + jaar + "-\\d{6}");
        // the losing approval took no number: the sequence stands at the kenmerk of the winner
        long nummer = Long.parseLong(kenmerk.substring(kenmerk.lastIndexOf('-') + 1));
        assertThat(jdbc.sql("select last_value from vhb_beschikking_nummer").query(Long.class).single())
                .isEqualTo(nummer);
        assertThat(jdbc.sql("select count(*) from vhb_verstrekking where id = ? and status = 'GOEDGEKEURD'").param(v)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'BETALING_VERSTREKKING'")
                .param(casus).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_VERSTREKKING_GOEDGEKEURD' "
                + "and object_id = ?").param(String.valueOf(v)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from vhb_beschikking where verstrekking_id = ?").param(v)
                .query(Integer.class).single()).isEqualTo(1);

        // the payment completes exactly the grant's own payment task (by its id and kind)
        status(http.post(ADM, A + "/verstrekkingen/" + v + "/betaling", "{}"), 200);
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'BETALING_VERSTREKKING' "
                + "and afgerond_op is null").param(casus).query(Integer.class).single()).isZero();
    }

    /** The pots of a year for the team and the seed's rules of 2024 (as the money tests make them). */
    void potten(int jaar) {
        long team = testteam.team;
        if (jdbc.sql("select count(*) from vhb_pot where team_id = ? and jaar = ?").params(team, jaar)
                .query(Integer.class).single() > 0) {
            return;
        }
        for (String code : new String[] {"MAATWERK", "VERHUISBOX_PLUS", "LEENBIJSTAND"}) {
            status(http.post(COORD, A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"" + code + "\",\"naam\":\""
                    + code + "\",\"bedrag\":100000.00}"), 201);
        }
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
                select ?, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag, maximum,
                    grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek
                from vhb_regel where jaar = 2024 and team_id = (select id from vhb_team where naam = 'Den Haag')""")
                .params(team, jaar).update();
    }

    /**
     * Runs both requests on threads of their own while this test holds a lock on one row ({@code vergrendel}, in a
     * transaction on its own connection); releases it only when both requests wait for that row at a statement that
     * starts with {@code wachtOp} (so both have passed the state check), then returns both answers.
     */
    @SafeVarargs
    final List<MockHttpServletResponse> tegelijk(String vergrendel, long rij, String wachtOp,
            Supplier<MockHttpServletResponse>... verzoeken) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(verzoeken.length);
        try (Connection slot = dataSource.getConnection()) {
            slot.setAutoCommit(false);
            List<Future<MockHttpServletResponse>> lopend = new ArrayList<>();
            try (PreparedStatement s = slot.prepareStatement(vergrendel)) {
                s.setLong(1, rij);
                s.executeQuery().close();
                for (Supplier<MockHttpServletResponse> v : verzoeken) {
                    lopend.add(threads.submit(v::get));
                }
                long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (wachtend(wachtOp) < verzoeken.length) {
                    assertThat(System.nanoTime()).as("beide verzoeken wachten op de rij").isLessThan(tot);
                    Thread.sleep(20);
                }
            } finally {
                slot.rollback();
            }
            List<MockHttpServletResponse> antwoorden = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : lopend) {
                antwoorden.add(f.get(60, TimeUnit.SECONDS));
            }
            return antwoorden;
        } finally {
            threads.shutdownNow();
        }
    }

    int wachtend(String statement) {
        return jdbc.sql("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                  and query like ?""").param(statement + "%").query(Integer.class).single();
    }
}
