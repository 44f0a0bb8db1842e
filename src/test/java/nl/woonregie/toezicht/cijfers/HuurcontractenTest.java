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

/**
 * Leases (R14) under the Zuid-Holland 2020 beleidskader: start in the last 14 days of the period, sent in from the
 * first of those days until 4 days after its end ("now" from the {@link TestKlok}; outside that window a 409 with the
 * window in words, after the 400 of invalid fields); no personal data; all or nothing; scope. Periods 2045–2048.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuurcontractenTest {

    static final String DEN_HAAG = "/api/v1/gemeenten/GM0518/huurcontracten";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Api api;
    String denHaag;
    String coa;
    String th;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        denHaag = accounts.gemeente("GM0518");
        coa = accounts.coa();
        th = accounts.toezichthouder("PV28");
    }

    @AfterEach
    void echteTijd() {
        klok.herstel();
    }

    @Test
    void de_gemeente_dient_huurcontracten_in_binnen_de_termijn_en_ziet_ze_terug() {
        klok.zet(LocalDate.of(2046, 7, 2));
        JsonNode r = api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2046-I", "huurcontracten": [
                  {"ingangsdatum": "2046-06-17", "aantalPersonen": 3, "referentie": "HC-2046-017"},
                  {"ingangsdatum": "2046-06-30", "aantalPersonen": 1, "referentie": "2046/18.b_x"}]}""").json(201);
        assertThat(r.get("periode").asString()).isEqualTo("2046-I");
        assertThat(r.get("huurcontracten")).hasSize(2);
        assertThat(r.at("/huurcontracten/0/referentie").asString()).isEqualTo("HC-2046-017");
        assertThat(r.at("/huurcontracten/0/ingediendDoor").asString()).isEqualTo(denHaag);

        JsonNode lijst = api.als(denHaag).get(DEN_HAAG + "?periode=2046-I").json();
        assertThat(Api.JSON.writeValueAsString(lijst.get("huurcontracten"))).contains("HC-2046-017")
                .contains("2046/18.b_x");
        assertThat(api.als(th).get(DEN_HAAG).json().get("huurcontracten").size()).isGreaterThanOrEqualTo(2);
        assertThat(api.als(coa).get(DEN_HAAG).json().get("huurcontracten").size()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                select nieuwe_waarde ->> 'aantalPersonen' from audit_log
                where actie = 'HUURCONTRACTEN_INGEDIEND' and object_id = 'GM0518/2046-I'""").query(String.class)
                .single()).isEqualTo("4");
        // they count in the figures the engine reads
        assertThat(jdbc.sql("select sum(aantal_personen) from huurcontract where gemeente_code = 'GM0518' "
                + "and periode = '2046-I' and ingetrokken_op is null").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void op_de_laatste_dag_van_de_indientermijn_mag_het_nog_de_dag_erna_is_het_409_met_de_termijn_in_woorden() {
        klok.zet(LocalDate.of(2046, 1, 4));
        api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2045-II", "huurcontracten": [
                  {"ingangsdatum": "2045-12-20", "aantalPersonen": 2, "referentie": "HC-2045-1"}]}""").json(201);
        klok.zet(LocalDate.of(2046, 1, 5));
        JsonNode p = api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2045-II", "huurcontracten": [
                  {"ingangsdatum": "2045-12-20", "aantalPersonen": 2, "referentie": "HC-2045-2"}]}""").probleem(409);
        assertThat(p.get("detail").asString()).isEqualTo("De termijn voor huurcontracten over de tweede helft 2045 is "
                + "verstreken: doorgeven kon van 18 december 2045 tot en met 4 januari 2046. Er is niets opgeslagen.");
        assertThat(jdbc.sql("select count(*) from huurcontract where referentie = 'HC-2045-2'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void in_de_laatste_14_dagen_van_de_periode_mag_het_al_de_dag_ervoor_nog_niet() {
        klok.zet(LocalDate.of(2045, 6, 16));
        String body = """
                {"periode": "2045-I", "huurcontracten": [
                  {"ingangsdatum": "2045-06-28", "aantalPersonen": 2, "referentie": "VOOR-2045-1"}]}""";
        JsonNode p = api.als(denHaag).post(DEN_HAAG, body).probleem(409);
        assertThat(p.get("detail").asString()).isEqualTo("U kunt huurcontracten over de eerste helft 2045 nog niet "
                + "doorgeven: dat kan van 17 juni 2045 tot en met 4 juli 2045. Er is niets opgeslagen.");
        JsonNode termijn = api.als(denHaag).get("/api/v1/gemeenten/GM0518/huurcontracttermijn").json();
        assertThat(termijn.get("periode").asString()).isEqualTo("2045-I");
        assertThat(termijn.get("stand").asString()).isEqualTo("NOG_NIET_OPEN");
        assertThat(termijn.get("uiterlijk").asString()).isEqualTo("2045-07-04");

        klok.zet(LocalDate.of(2045, 6, 17));
        api.als(denHaag).post(DEN_HAAG, body).json(201);
        termijn = api.als(denHaag).get("/api/v1/gemeenten/GM0518/huurcontracttermijn").json();
        assertThat(termijn.get("stand").asString()).isEqualTo("OPEN");
        assertThat(termijn.get("ingangVanaf").asString()).isEqualTo("2045-06-17");
        assertThat(termijn.get("tekst").asString()).isEqualTo("U kunt huurcontracten over de eerste helft 2045 "
                + "doorgeven van 17 juni 2045 tot en met 4 juli 2045.");
        assertThat(api.als(denHaag).get("/api/v1/gemeenten/GM0518/huurcontracttermijn?periode=2044-II").json()
                .get("stand").asString()).isEqualTo("VERSTREKEN");
        api.als(denHaag).get("/api/v1/gemeenten/GM0518/huurcontracttermijn?periode=2044-3").probleem(400);
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/huurcontracttermijn").probleem(403);
    }

    @Test
    void buiten_de_termijn_noemt_een_fout_verzoek_eerst_elk_fout_veld() {
        klok.zet(LocalDate.of(2045, 3, 1));
        JsonNode p = api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2045-I", "huurcontracten": [
                  {"ingangsdatum": "2045-03-01", "aantalPersonen": 0, "referentie": "Jan Jansen"}]}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("huurcontracten[0].ingangsdatum",
                "huurcontracten[0].aantalPersonen", "huurcontracten[0].referentie");
    }

    @Test
    void elk_fout_huurcontract_wordt_genoemd_en_er_wordt_niets_opgeslagen() {
        klok.zet(LocalDate.of(2047, 6, 25));
        JsonNode p = api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2047-I", "opmerking": "x", "huurcontracten": [
                  {"ingangsdatum": "2047-06-20", "aantalPersonen": 3, "referentie": "HC-2047-1"},
                  {"ingangsdatum": "2047-06-16", "aantalPersonen": 0, "referentie": "Jan Jansen"},
                  {"ingangsdatum": "2047-07-01", "aantalPersonen": 31, "referentie": "Jansen"},
                  {"ingangsdatum": "20-06-2041", "aantalPersonen": "3", "referentie": "HC<1>"},
                  {"ingangsdatum": "2047-06-21", "aantalPersonen": 2, "referentie": "HC-2047-1", "naam": "Piet"},
                  "HC-2047-9",
                  {"aantalPersonen": 2.5, "referentie": ""}]}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder(
                "opmerking",
                "huurcontracten[1].ingangsdatum", "huurcontracten[1].aantalPersonen", "huurcontracten[1].referentie",
                "huurcontracten[2].ingangsdatum", "huurcontracten[2].aantalPersonen", "huurcontracten[2].referentie",
                "huurcontracten[3].ingangsdatum", "huurcontracten[3].aantalPersonen", "huurcontracten[3].referentie",
                "huurcontracten[4].naam", "huurcontracten[4].referentie",
                "huurcontracten[5]",
                "huurcontracten[6].ingangsdatum", "huurcontracten[6].aantalPersonen", "huurcontracten[6].referentie");
        assertThat(fouten(p)).contains(
                "huurcontracten[1].ingangsdatum: moet in de laatste 14 dagen van de periode liggen (17 juni 2047 t/m "
                        + "30 juni 2047)",
                "huurcontracten[1].referentie: bevat een spatie en lijkt daarmee op een naam; gebruik een eigen "
                        + "kenmerk zoals HC-2022-017, geen persoonsgegevens",
                "huurcontracten[2].referentie: moet een cijfer bevatten: gebruik een eigen kenmerk zoals HC-2022-017, "
                        + "geen naam",
                "huurcontracten[2].aantalPersonen: moet tussen 1 en 30 liggen",
                "huurcontracten[4].referentie: dubbel: dezelfde referentie als huurcontracten[0]");
        assertThat(jdbc.sql("select count(*) from huurcontract where periode = '2047-I'").query(Long.class).single())
                .isZero();
    }

    @Test
    void een_referentie_die_al_is_ingediend_geeft_409_en_niets_van_het_verzoek_wordt_opgeslagen() {
        klok.zet(LocalDate.of(2047, 12, 31));
        api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2047-II", "huurcontracten": [
                  {"ingangsdatum": "2047-12-18", "aantalPersonen": 2, "referentie": "R-1"}]}""").json(201);
        JsonNode p = api.als(denHaag).post(DEN_HAAG, """
                {"periode": "2047-II", "huurcontracten": [
                  {"ingangsdatum": "2047-12-19", "aantalPersonen": 2, "referentie": "R-2"},
                  {"ingangsdatum": "2047-12-19", "aantalPersonen": 2, "referentie": "R-1"}]}""").probleem(409);
        assertThat(namen(p)).containsExactly("huurcontracten[1].referentie");
        assertThat(jdbc.sql("select count(*) from huurcontract where periode = '2047-II' and gemeente_code = 'GM0518'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void alleen_de_gemeente_zelf_en_de_beheerder_dienen_in() {
        klok.zet(LocalDate.of(2048, 7, 1));
        String body = """
                {"periode": "2048-I", "huurcontracten": [
                  {"ingangsdatum": "2048-06-20", "aantalPersonen": 1, "referentie": "B-2048-1"}]}""";
        api.als(denHaag).post("/api/v1/gemeenten/GM0599/huurcontracten", body).probleem(403);
        api.als(denHaag).get("/api/v1/gemeenten/GM0599/huurcontracten").probleem(403);
        api.als(coa).post(DEN_HAAG, body).probleem(403);
        api.als(th).post(DEN_HAAG, body).probleem(403);
        api.als(BEHEERDER).post("/api/v1/gemeenten/GM9999/huurcontracten", body).probleem(404);
        api.als(BEHEERDER).post("/api/v1/gemeenten/GM0599/huurcontracten", body).json(201);
    }

    @Test
    void zonder_beleidskader_voor_de_provincie_kunnen_geen_huurcontracten_worden_ingediend() {
        klok.zet(LocalDate.of(2048, 7, 1));
        JsonNode p = api.als(BEHEERDER).post("/api/v1/gemeenten/GM0106/huurcontracten", """
                {"periode": "2048-I", "huurcontracten": [
                  {"ingangsdatum": "2048-06-20", "aantalPersonen": 1, "referentie": "A-1"}]}""").probleem(400);
        assertThat(fouten(p)).containsExactly("periode: voor provincie PV22 geldt op 30 juni 2048 geen beleidskader; "
                + "huurcontracten kunnen niet worden ingediend");
    }
}
