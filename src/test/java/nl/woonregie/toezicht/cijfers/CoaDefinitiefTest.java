package nl.woonregie.toezicht.cijfers;

import static nl.woonregie.support.Api.BEHEERDER;
import static nl.woonregie.support.Api.fouten;
import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** COA's final figure of an ended period: versions with a reason, ended periods only, roles. Periods 2043–2044. */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoaDefinitiefTest {

    static final String AMSTERDAM = "/api/v1/gemeenten/GM0363/coa-definitief";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Api api;
    String coa;
    String amsterdam;
    String thNh;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        coa = accounts.coa();
        amsterdam = accounts.gemeente("GM0363");
        thNh = accounts.toezichthouder("PV27");
    }

    @AfterEach
    void echteTijd() {
        klok.herstel();
    }

    @Test
    void een_correctie_is_een_nieuwe_versie_met_reden_en_dezelfde_waarde_nogmaals_verandert_niets() {
        klok.zet(LocalDate.of(2043, 7, 1));
        JsonNode eerste = api.als(coa).post(AMSTERDAM, """
                {"periode": "2043-I", "gehuisvestCoaDefinitief": 213, "reden": "verwerking juni afgerond"}""")
                .json(201);
        assertThat(eerste.get("gewijzigd").asBoolean()).isTrue();
        assertThat(eerste.get("vorige").isNull()).isTrue();
        assertThat(eerste.at("/huidig/gehuisvestCoaDefinitief").asInt()).isEqualTo(213);

        JsonNode tweede = api.als(coa).post(AMSTERDAM, """
                {"periode": "2043-I", "gehuisvestCoaDefinitief": 215, "reden": "twee dossiers nagekomen"}""").json(201);
        assertThat(tweede.at("/vorige/gehuisvestCoaDefinitief").asInt()).isEqualTo(213);
        assertThat(tweede.at("/vorige/vervangenOp").isNull()).isFalse();

        JsonNode zelfde = api.als(coa).post(AMSTERDAM, """
                {"periode": "2043-I", "gehuisvestCoaDefinitief": 215, "reden": "nogmaals"}""").json();
        assertThat(zelfde.get("gewijzigd").asBoolean()).isFalse();

        JsonNode definitief = api.als(amsterdam).get("/api/v1/gemeenten/GM0363/cijfers").json().get("definitief");
        JsonNode reeks = definitief.get(definitief.size() - 1);
        assertThat(reeks.get("periode").asString()).isEqualTo("2043-I");
        assertThat(reeks.get("versies")).hasSize(2);
        assertThat(reeks.at("/versies/0/gehuisvestCoaDefinitief").asInt()).isEqualTo(215);
        assertThat(reeks.at("/versies/0/reden").asString()).isEqualTo("twee dossiers nagekomen");
        assertThat(reeks.at("/versies/0/vervangenOp").isNull()).isTrue();
        assertThat(reeks.at("/versies/1/gehuisvestCoaDefinitief").asInt()).isEqualTo(213);
        assertThat(reeks.at("/versies/1/vervangenOp").isNull()).isFalse();
        assertThat(jdbc.sql("""
                select (oude_waarde ->> 'gehuisvestCoaDefinitief') || '->' || (nieuwe_waarde ->> 'gehuisvestCoaDefinitief')
                from audit_log where actie = 'COA_DEFINITIEF_INGEVOERD' and object_id = 'GM0363/2043-I'
                order by id""").query(String.class).list()).containsExactly(null, "213->215");
    }

    @Test
    void een_periode_die_nog_loopt_heeft_geen_definitief_cijfer() {
        klok.zet(LocalDate.of(2043, 12, 31));
        JsonNode p = api.als(coa).post(AMSTERDAM, """
                {"periode": "2043-II", "gehuisvestCoaDefinitief": 10, "reden": "te vroeg"}""").probleem(400);
        assertThat(fouten(p)).containsExactly("periode: de periode 2043-II is nog niet afgelopen (loopt tot en met "
                + "31 december 2043); een definitief cijfer hoort bij een afgelopen periode");
        klok.zet(LocalDate.of(2044, 1, 1));
        api.als(coa).post(AMSTERDAM, """
                {"periode": "2043-II", "gehuisvestCoaDefinitief": 10, "reden": "op tijd"}""").json(201);
    }

    @Test
    void elk_fout_veld_wordt_genoemd() {
        klok.zet(LocalDate.of(2044, 8, 1));
        JsonNode p = api.als(coa).post(AMSTERDAM, """
                {"periode": "2044-1", "gehuisvestCoaDefinitief": -1, "reden": "  ", "toelichting": "x"}""")
                .probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("toelichting", "periode", "gehuisvestCoaDefinitief", "reden");
        JsonNode zonderReden = api.als(coa).post(AMSTERDAM, """
                {"periode": "2044-I", "gehuisvestCoaDefinitief": 5}""").probleem(400);
        assertThat(fouten(zonderReden)).containsExactly("reden: verplicht");
        assertThat(jdbc.sql("select count(*) from coa_definitief where gemeente_code = 'GM0363' and periode = '2044-I'").query(Long.class).single())
                .isZero();
    }

    @Test
    void alleen_coa_en_beheerder_voeren_het_definitieve_cijfer_in() {
        klok.zet(LocalDate.of(2044, 8, 1));
        String body = """
                {"periode": "2044-I", "gehuisvestCoaDefinitief": 5, "reden": "x"}""";
        api.als(amsterdam).post(AMSTERDAM, body).probleem(403);
        api.als(thNh).post(AMSTERDAM, body).probleem(403);
        api.als(coa).post("/api/v1/gemeenten/GM9999/coa-definitief", body).probleem(404);
        api.als(BEHEERDER).post("/api/v1/gemeenten/GM0361/coa-definitief", body).json(201);
    }
}
