package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The register of search areas with their housing-market pressure and the destinations by area (issue 20 §2 and §5,
 * ADR 0061) through the API, on a new team of its own (its register starts empty): the coordinator keeps the
 * register (versioned, audited, every invalid field named), a search region chosen from it is zeer kansrijk when its
 * level says so, and the figure VERHUISD_PER_GEBIED puts live and imported cases by one definition, each part equal
 * to its drill-down.
 */
@IntegratieTest
class ZoekgebiedenApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;
    Api api;

    @BeforeEach
    void team() {
        t = new Testteam(mvc, jdbc);
        api = t.api;
    }

    JsonNode voegToe(String naam, String soort, String druk, String gemeenten) {
        return api.als(t.coordinator).post(A + "/zoekgebieden", "{\"naam\":\"" + naam + "\",\"soort\":\"" + soort
                + "\"," + (druk == null ? "" : "\"druk\":\"" + druk + "\",\"bron\":\"test\",") + "\"gemeenten\":["
                + gemeenten + "]}").json(201);
    }

    long audit(String actie, long gebied) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'vhb_zoekgebied' "
                + "and object_id = ?").params(actie, String.valueOf(gebied)).query(Long.class).single();
    }

    @Test
    void de_coordinator_houdt_het_register_bij_met_versies_en_audit() {
        JsonNode z = voegToe("Parkstad Limburg", "KRIMPGEBIED", "ZEER_LAAG", "\"GM0917\",\"gm0928\"");
        long id = z.path("id").asLong();
        assertThat(z.path("versie").asInt()).isEqualTo(1);
        assertThat(z.path("soortLabel").asString()).isEqualTo("Krimpgebied");
        assertThat(z.path("zeerKansrijk").asBoolean()).isTrue();
        assertThat(z.path("gemeenten").toString()).contains("\"code\":\"GM0928\"", "\"naam\":\"Kerkrade\"");
        assertThat(audit("VHB_ZOEKGEBIED_TOEGEVOEGD", id)).isEqualTo(1);
        JsonNode open = voegToe("Randstad", "OVERIG", null, "");
        assertThat(open.path("drukLabel").asString()).isEqualTo("Nog niet vastgesteld");
        assertThat(open.path("zeerKansrijk").asBoolean()).isFalse();

        // every invalid field at once: a gemeente that does not exist (or no longer: De Marne), twice, no source
        assertThat(namen(api.als(t.coordinator).post(A + "/zoekgebieden", "{\"naam\":\" \",\"soort\":\"STAD\","
                + "\"druk\":\"LAAG\",\"gemeenten\":[\"GM9999\",\"GM1663\",\"GM0917\",\"GM0917\"]}").probleem(400)))
                .containsExactlyInAnyOrder("naam", "soort", "bron", "gemeenten[0]", "gemeenten[1]", "gemeenten[3]");
        assertThat(namen(api.als(t.coordinator).post(A + "/zoekgebieden", "{\"naam\":\"parkstad limburg\","
                + "\"soort\":\"OVERIG\"}").probleem(409))).containsExactly("naam");
        api.als(t.coordinator).post(A + "/zoekgebieden", "{\"naam\":\"X\",\"soort\":\"OVERIG\",\"onbekend\":1}")
                .probleem(400);

        // a change names its version: none is a 400 (with the other invalid fields), a stale one a 409
        String wijziging = "{\"naam\":\"Parkstad Limburg\",\"soort\":\"KRIMPGEBIED\",\"druk\":\"GEMIDDELD\","
                + "\"bron\":\"eigen inschatting team 2023\",\"gemeenten\":[\"GM0917\"]}";
        assertThat(namen(api.als(t.coordinator).put(A + "/zoekgebieden/" + id, "{\"soort\":\"\"}").probleem(400)))
                .containsExactlyInAnyOrder("If-Match", "naam", "soort");
        Api.Antwoord gewijzigd = api.als(t.coordinator).put(A + "/zoekgebieden/" + id, wijziging, "\"1\"");
        JsonNode na = gewijzigd.json(200);
        assertThat(na.path("versie").asInt()).isEqualTo(2);
        assertThat(na.path("zeerKansrijk").asBoolean()).isFalse();
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        api.als(t.coordinator).put(A + "/zoekgebieden/" + id, wijziging, "\"1\"").probleem(409);
        assertThat(audit("VHB_ZOEKGEBIED_GEWIJZIGD", id)).isEqualTo(1);
        assertThat(jdbc.sql("select oude_waarde::text || nieuwe_waarde::text from audit_log "
                + "where actie = 'VHB_ZOEKGEBIED_GEWIJZIGD' and object_id = ?").param(String.valueOf(id))
                .query(String.class).single()).contains("ZEER_LAAG", "GEMIDDELD", "GM0928", "\"versie\": 2");

        // the register is the team's: the casemanager reads it, an aanmelder does not, another team finds nothing
        assertThat(api.als(t.casemanager).get(A + "/zoekgebieden").json().path("zoekgebieden").size()).isEqualTo(2);
        api.als(t.casemanager).post(A + "/zoekgebieden", "{\"naam\":\"Y\",\"soort\":\"OVERIG\"}").probleem(403);
        api.als(t.aanmelder).get(A + "/zoekgebieden").probleem(403);
        api.als(t.anderAccount("COORDINATOR")).get(A + "/zoekgebieden/" + id).probleem(404);
    }

    @Test
    void een_zoekregio_uit_het_register_is_zeer_kansrijk_als_haar_druk_dat_zegt() {
        t.capaciteit(LocalDate.now().getYear(), 2);
        long krimp = voegToe("Achterhoek", "KRIMPGEBIED", "ZEER_LAAG", "\"GM0197\"").path("id").asLong();
        long gemiddeld = voegToe("Utrecht", "OVERIG", "GEMIDDELD", "\"GM0344\"").path("id").asLong();
        long open = voegToe("Noord-Brabant", "OVERIG", null, "").path("id").asLong();
        long anderTeam = api.als(t.anderAccount("COORDINATOR")).post(A + "/zoekgebieden", "{\"naam\":\"Elders\","
                + "\"soort\":\"KRIMPGEBIED\",\"druk\":\"ZEER_LAAG\",\"bron\":\"test\"}").json(201).path("id").asLong();

        long id = api.als(t.aanmelder).post(A + "/meldingen", Testteam.melding("Cliënt Regio", 0)).json(201)
                .path("id").asLong();
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        api.als(t.icp).post(A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + t.casemanager
                + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);
        String pad = A + "/casussen/" + id + "/intake";

        // a level that is not zeer kansrijk, or not set, does not count — a tick sent along neither
        assertThat(namen(api.als(t.casemanager).put(pad, "{\"variant\":\"INTENSIEF\",\"zoekregios\":[{\"gebied\":"
                + gemiddeld + ",\"zeerKansrijk\":true},{\"gebied\":" + open + "}]}").probleem(400)))
                .containsExactly("zoekregios");
        // an area of another team is not the team's
        assertThat(namen(api.als(t.casemanager).put(pad, "{\"variant\":\"INTENSIEF\",\"zoekregios\":[{\"gebied\":"
                + anderTeam + "},{\"regio\":\"Drenthe\",\"zeerKansrijk\":true}]}").probleem(400)))
                .containsExactly("zoekregios[0].gebied");
        // the intake form on the case page offers the register; a refused choice keeps what was chosen
        String pagina = api.als(t.casemanager).get("/verhuisbox/casussen/" + id).tekst();
        assertThat(pagina).contains("Of zoekregio 1 uit de zoekgebieden van het team", "Achterhoek (zeer kansrijk)");
        // (as a browser sends the form: every row's fields, the empty ones too)
        String fout = formulier(t.casemanager, "/verhuisbox/casussen/" + id + "/intake", "variant", "INTENSIEF",
                "zoekregios[0].regio", "", "zoekregios[0].gebied", String.valueOf(gemiddeld),
                "zoekregios[1].regio", "", "zoekregios[1].gebied", "",
                "zoekregios[2].regio", "", "zoekregios[2].gebied", "").tekst();
        assertThat(fout).contains("minstens één zeer kansrijke regio", "value=\"" + gemiddeld + "\" selected");
        assertThat(formulier(t.casemanager, "/verhuisbox/casussen/" + id + "/intake", "variant", "INTENSIEF",
                "zoekregios[0].regio", "", "zoekregios[0].gebied", String.valueOf(krimp),
                "zoekregios[1].regio", "", "zoekregios[1].gebied", "",
                "zoekregios[2].regio", "", "zoekregios[2].gebied", "").status()).isEqualTo(302);
        assertThat(api.als(t.casemanager).get(A + "/casussen/" + id).json().path("zoekregios").get(0).path("gebied")
                .asLong()).isEqualTo(krimp);

        // the krimp area at zeer lage druk is zeer kansrijk; free text keeps its tick
        api.als(t.casemanager).put(pad, "{\"variant\":\"INTENSIEF\",\"zoekregios\":[{\"gebied\":" + krimp
                + ",\"zeerKansrijk\":false},{\"regio\":\"Drenthe\",\"zeerKansrijk\":false}]}").status(200);
        JsonNode regios = api.als(t.casemanager).get(A + "/casussen/" + id).json().path("zoekregios");
        assertThat(regios.get(0).path("regio").asString()).isEqualTo("Achterhoek");
        assertThat(regios.get(0).path("zeerKansrijk").asBoolean()).isTrue();
        assertThat(regios.get(0).path("gebied").asLong()).isEqualTo(krimp);
        assertThat(regios.get(1).path("zeerKansrijk").asBoolean()).isFalse();
        t.vinkAlles(t.casemanager, id, "INTAKE");
        t.overgang(t.casemanager, id, "ZOEKEN", "", 200);
    }

    @Test
    void verhuisd_per_gebied_telt_live_en_geimporteerde_casussen_met_een_definitie() {
        voegToe("Parkstad Limburg", "KRIMPGEBIED", "ZEER_LAAG", "\"GM0917\"");
        voegToe("Eemsdelta", "KRIMPGEBIED", "ZEER_LAAG", "\"GM1979\"");
        voegToe("Krimpenerwaard", "ANTICIPEERGEBIED", "ZEER_LAAG", "\"GM1931\"");
        t.capaciteit(LocalDate.now().getYear(), 2);
        long heerlen = verhuisd("Cliënt Heerlen", "Heerlen", "GM0917");
        long krimpenerwaard = verhuisd("Cliënt Krimpenerwaard", "Stolwijk", "GM1931");
        String kop = "kenmerk;organisatie;aanmelddatum;geboortejaar;huishoudtype;uitkomst;einddatum;toetsdatum;"
                + "startdatum;dienstverlening;bestemmingCode";
        // Appingedam (2020) merged into Eemsdelta in 2021; Den Haag, the team's own gemeente, is in Zuid-Holland
        String csv = kop + "\n"
                + "GEB-1;Leger des Heils;2020-02-03;1980;ALLEENSTAANDE;VERHUISD;2020-06-01;2020-02-10;2020-03-02;INTENSIEF;GM0003\n"
                + "GEB-2;Leger des Heils;2022-02-03;1975;STEL;GEHUISVEST_DEN_HAAG;2022-05-02;2022-02-10;2022-03-01;INTENSIEF;\n"
                + "GEB-3;Kessler Stichting;2023-01-09;1990;ALLEENSTAANDE;VERHUISD;2023-04-03;2023-01-16;2023-02-01;ALLEEN_GELD;GM0363\n";
        JsonNode imp = api.als(t.coordinator).postCsv(A + "/historie/import", csv).json(201);
        List<Long> geimporteerd = new ArrayList<>();
        imp.path("casussen").forEach(c -> geimporteerd.add(c.asLong()));

        JsonNode r = api.als(t.coordinator).get(A + "/rapportage?van=2020-01-01&tot=" + LocalDate.now()).json();
        Map<String, List<Long>> per = delen(r, "VERHUISD_PER_GEBIED");
        assertThat(per.keySet()).containsExactly("KRIMPGEBIED", "ANTICIPEERGEBIED", "ZUID_HOLLAND",
                "REST_VAN_NEDERLAND");
        assertThat(per.get("KRIMPGEBIED")).containsExactlyInAnyOrder(heerlen, geimporteerd.get(0));
        assertThat(per.get("ANTICIPEERGEBIED")).containsExactly(krimpenerwaard);
        assertThat(per.get("ZUID_HOLLAND")).containsExactly(geimporteerd.get(1));
        assertThat(per.get("REST_VAN_NEDERLAND")).containsExactly(geimporteerd.get(2));
        JsonNode figuur = cijfer(r, "VERHUISD_PER_GEBIED");
        assertThat(figuur.path("casussen").asInt()).isEqualTo(cijfer(r, "GEHUISVEST").path("casussen").asInt())
                .isEqualTo(5);
        assertThat(figuur.path("delen").get(2).path("label").asString()).isEqualTo("Zuid-Holland (ook Den Haag)");
        assertThat(r.path("controles").toString()).contains("VERHUISD_PER_GEBIED_SLUIT");
        for (JsonNode c : r.path("controles")) {
            assertThat(c.path("klopt").asBoolean()).as(c.path("code").asString()).isTrue();
        }
    }

    Api.Antwoord formulier(String wie, String pad, String... velden) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(pad).with(csrf());
        for (int i = 0; i < velden.length; i += 2) {
            b = b.param(velden[i], velden[i + 1]);
        }
        return api.als(wie).doe(b);
    }

    private long verhuisd(String client, String plaats, String code) {
        long id = t.metAanvaardAanbod(client, plaats);
        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"" + code + "\"",
                200);
        return id;
    }

    static JsonNode cijfer(JsonNode rapport, String code) {
        for (JsonNode c : rapport.path("cijfers")) {
            if (c.path("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("geen cijfer " + code);
    }

    /** The parts of a figure by key, each with the cases of its drill-down (which must number the part's value). */
    Map<String, List<Long>> delen(JsonNode rapport, String code) {
        Map<String, List<Long>> per = new LinkedHashMap<>();
        for (JsonNode d : cijfer(rapport, code).path("delen")) {
            List<Long> ids = new ArrayList<>();
            for (JsonNode x : api.als(t.coordinator).get(d.path("casussenUrl").asString()).json().path("casussen")) {
                ids.add(x.path("casus").asLong());
            }
            assertThat(ids).as(code + "/" + d.path("sleutel").asString()).hasSize(d.path("waarde").asInt());
            per.put(d.path("sleutel").asString(), ids);
        }
        return per;
    }
}
