package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Notes beside the forecast over the API (issue 16, a gemeente's own statements): added, changed from the version
 * its author saw (409 otherwise), removed with a reason and kept with every version; each change audited; every
 * invalid field named; who reads and who keeps.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanbodnotitieApiTest {

    static final String GEMEENTE = "GM0363";
    static final String PAD = "/api/v1/gemeenten/" + GEMEENTE + "/aanbodnotities";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;
    String eigen;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        eigen = accounts.gemeente(GEMEENTE);
    }

    long audit(String actie, long id) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'aanbodnotitie' "
                + "and object_id = ?").params(actie, Long.toString(id)).query(Long.class).single();
    }

    @Test
    void een_notitie_wordt_toegevoegd_gewijzigd_en_verwijderd_met_al_haar_versies_en_in_het_auditlog() {
        Api.Antwoord a = api.als(eigen).post(PAD, """
                {"datum": "2022-09-26", "bron": "Notitie aan de Stuurgroep", "tekst": "De taakstelling in oktober halen.",
                 "reden": "uit de notitie"}""").status(201);
        long id = a.idUitLocation();
        JsonNode n = a.json(201);
        assertThat(n.path("versie").asInt()).isEqualTo(1);
        assertThat(n.path("reden").asString()).isEqualTo("uit de notitie");
        assertThat(audit("AANBODNOTITIE_TOEGEVOEGD", id)).isEqualTo(1);
        assertThat(Api.velden(api.als(eigen).get(PAD).json(), "tekst")).contains("De taakstelling in oktober halen.");

        JsonNode w = api.als(eigen).put(PAD + "/" + id, """
                {"versie": 1, "datum": "2022-09-27", "bron": "Notitie aan de Stuurgroep",
                 "tekst": "De taakstelling in november halen.", "reden": "datum verbeterd"}""").json();
        assertThat(w.path("versie").asInt()).isEqualTo(2);
        assertThat(w.path("datum").asString()).isEqualTo("2022-09-27");
        assertThat(Api.velden(w.path("versies"), "tekst")).containsExactly("De taakstelling in november halen.",
                "De taakstelling in oktober halen.");
        assertThat(audit("AANBODNOTITIE_GEWIJZIGD", id)).isEqualTo(1);

        // from the old version: 409, nothing written
        JsonNode conflict = api.als(eigen).put(PAD + "/" + id, """
                {"versie": 1, "datum": "2022-09-27", "bron": "b", "tekst": "t", "reden": "r"}""").probleem(409);
        assertThat(conflict.path("detail").asString()).contains("nu versie 2");

        api.als(eigen).delete(PAD + "/" + id + "?versie=2").probleem(400);
        api.als(eigen).delete(PAD + "/" + id + "?versie=2&reden=vervallen").status(204);
        assertThat(audit("AANBODNOTITIE_VERWIJDERD", id)).isEqualTo(1);
        assertThat(Api.ids(api.als(eigen).get(PAD).json())).doesNotContain(id);
        JsonNode weg = api.als(eigen).get(PAD + "/" + id).json();
        assertThat(weg.path("versies")).hasSize(3);
        assertThat(weg.path("versies").get(0).path("verwijderd").asBoolean()).isTrue();
        assertThat(weg.path("versies").get(0).path("reden").asString()).isEqualTo("vervallen");
        api.als(eigen).put(PAD + "/" + id, """
                {"versie": 3, "datum": "2022-09-27", "bron": "b", "tekst": "t", "reden": "r"}""").probleem(409);
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd_en_alleen_de_gemeente_zelf_en_de_beheerder_houden_notities_bij() {
        JsonNode p = api.als(eigen).post(PAD, """
                {"datum": "2014-12-31", "bron": " ", "tekst": "%s"}""".formatted("x".repeat(2001))).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("datum", "bron", "tekst", "reden");
        assertThat(Api.namen(api.als(eigen).post(PAD, """
                {"datum": "26-09-2022", "bron": "b", "tekst": "t", "reden": "r"}""").probleem(400)))
                .containsExactly("datum");

        long id = api.als(Api.BEHEERDER).post(PAD, """
                {"datum": "2023-01-10", "bron": "Raadsbrief", "tekst": "Eind maart gehaald.", "reden": "r"}""")
                .status(201).idUitLocation();
        assertThat(Api.namen(api.als(eigen).put(PAD + "/" + id, """
                {"versie": "een", "datum": "2099-01-01", "bron": "b", "tekst": " "}""").probleem(400)))
                .containsExactlyInAnyOrder("versie", "datum", "tekst", "reden");

        String provincie = jdbc.sql("select provincie_code from gemeente where code = ?").param(GEMEENTE)
                .query(String.class).single();
        String toezicht = accounts.toezichthouder(provincie);
        assertThat(api.als(toezicht).get(PAD + "/" + id).json().path("tekst").asString())
                .isEqualTo("Eind maart gehaald.");
        api.als(toezicht).post(PAD, "{\"datum\": \"2023-01-10\", \"bron\": \"b\", \"tekst\": \"t\", \"reden\": \"r\"}")
                .probleem(403);
        String ander = accounts.gemeente("GM0599");
        api.als(ander).get(PAD).probleem(403);
        api.als(ander).delete(PAD + "/" + id + "?versie=1&reden=weg").probleem(403);
        // a note of another gemeente is not found under this one
        api.als(Api.BEHEERDER).get("/api/v1/gemeenten/GM0599/aanbodnotities/" + id).probleem(404);
    }
}
