package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
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

import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.traject.Checklists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Two concurrent steps on one case or one grant, on real threads against the real database: both requests pass the
 * state check, then both wait for the same row — held by this test in a transaction of its own until it sees both
 * waiting in {@code pg_stat_activity} at the statement after the check — and then race. Exactly one step happens;
 * the other gets a 409 and leaves nothing behind (history, tasks, checklist, audit, a number of the kenmerk sequence).
 * Each test on a new team of its own ({@link Testteam}).
 */
@IntegratieTest
class GelijktijdigheidTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Testteam testteam;
    Api api;

    @BeforeEach
    void team() {
        testteam = new Testteam(mvc, jdbc);
        api = testteam.api;
        testteam.capaciteit(LocalDate.now().getYear(), 500);
    }

    @Test
    void twee_gelijktijdige_overgangen_naar_intake_geven_een_intake_en_een_409() throws Exception {
        String coord = testteam.coordinator;
        long id = testteam.meld("Testcliënt Tegelijk");
        testteam.overgang(testteam.icp, id, "ICP_TOETS", "", 200);
        api.als(testteam.icp).post(A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        api.als(coord).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + testteam.casemanager
                + "\"}").status(200);
        String toelaten = "{\"naar\":\"INTAKE\",\"reden\":\"eerste op de wachtlijst\"}";

        List<Api.Antwoord> antwoorden = tegelijk(
                "select 1 from vhb_casus where id = ? for no key update", id, "update vhb_casus set status",
                () -> api.als(coord).post(A + "/casussen/" + id + "/overgangen", toelaten),
                () -> api.als(coord).post(A + "/casussen/" + id + "/overgangen", toelaten));

        assertThat(antwoorden).extracting(Api.Antwoord::status).containsExactlyInAnyOrder(200, 409);
        Api.Antwoord verloren = antwoorden.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(namen(verloren.probleem(409))).containsExactly("status");
        assertThat(jdbc.sql("select count(*) from vhb_statuswijziging where casus_id = ? and naar = 'INTAKE'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from vhb_checkitem where casus_id = ? and lijst = 'INTAKE'").param(id)
                .query(Integer.class).single()).isEqualTo(Checklists.INTAKE.size());
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'INTAKE'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_STATUS' and object_id = ? "
                + "and nieuwe_waarde ->> 'naar' = 'INTAKE'").param(String.valueOf(id)).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(api.als(coord).get(A + "/casussen/" + id).json().path("status").asString()).isEqualTo("INTAKE");
    }

    @Test
    void twee_gelijktijdige_goedkeuringen_van_een_verstrekking_geven_een_kenmerk_zonder_gat() throws Exception {
        int jaar = LocalDate.now().getYear();
        testteam.geldjaar(jaar, "220000.00");
        String consulent2 = testteam.account("CONSULENT");
        long casus = testteam.metAanvaardAanbod("Testcliënt Tweemaal Goedgekeurd", "Heerlen");
        long v = api.als(testteam.casemanager).post(A + "/casussen/" + casus + "/verstrekkingen",
                "{\"soort\":\"VERHUISKOSTEN\",\"bedrag\":300.00}").json(201).path("id").asLong();
        long pot = jdbc.sql("select pot_id from vhb_verstrekking where id = ?").param(v).query(Long.class).single();

        List<Api.Antwoord> antwoorden = tegelijk("select 1 from vhb_pot where id = ? for update", pot,
                "select * from vhb_pot where id",
                () -> api.als(testteam.consulent).post(A + "/verstrekkingen/" + v + "/goedkeuring", ""),
                () -> api.als(consulent2).post(A + "/verstrekkingen/" + v + "/goedkeuring", ""));

        assertThat(antwoorden).extracting(Api.Antwoord::status).containsExactlyInAnyOrder(200, 409);
        JsonNode goed = antwoorden.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
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
        // one beschikking, made by the background job the winning approval planned
        Achtergrondwerk.wacht(jdbc);
        assertThat(jdbc.sql("select count(*) from vhb_beschikking where verstrekking_id = ?").param(v)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from achtergrondtaak where soort = 'verhuisbox-beschikking' and sleutel = ?")
                .param(String.valueOf(v)).query(Integer.class).single()).isEqualTo(1);

        // the payment completes exactly the grant's own payment task (by its id and kind)
        api.als(testteam.administratief).post(A + "/verstrekkingen/" + v + "/betaling", "{}").status(200);
        assertThat(jdbc.sql("select count(*) from vhb_taak where casus_id = ? and soort = 'BETALING_VERSTREKKING' "
                + "and afgerond_op is null").param(casus).query(Integer.class).single()).isZero();
    }

    /**
     * Runs both requests on threads of their own while this test holds a lock on one row ({@code vergrendel}, in a
     * transaction on its own connection); releases it only when both requests wait for that row at a statement that
     * starts with {@code wachtOp} (so both have passed the state check), then returns both answers.
     */
    @SafeVarargs
    final List<Api.Antwoord> tegelijk(String vergrendel, long rij, String wachtOp, Supplier<Api.Antwoord>... verzoeken)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(verzoeken.length);
        try (Connection slot = dataSource.getConnection()) {
            slot.setAutoCommit(false);
            List<Future<Api.Antwoord>> lopend = new ArrayList<>();
            try (PreparedStatement s = slot.prepareStatement(vergrendel)) {
                s.setLong(1, rij);
                s.executeQuery().close();
                for (Supplier<Api.Antwoord> v : verzoeken) {
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
            List<Api.Antwoord> antwoorden = new ArrayList<>();
            for (Future<Api.Antwoord> f : lopend) {
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
