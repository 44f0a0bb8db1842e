package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The register of referring organisations and the structured data of a referral (issue 20 §2, ADR 0053) through the
 * API, on a new team of its own (its register starts empty): the coordinator keeps the register (versioned,
 * audited, every invalid field named), an aanmelder account belongs to one organisation and its referrals carry it,
 * typed organisations that match no entry are the coordinator's list to link, and the report's breakdowns by
 * organisation (the register's name), income, remigrant, work perspective and shelter equal their drill-downs.
 */
@IntegratieTest
class VerwijzersApiTest {

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

    JsonNode voegToe(String naam, String soort) {
        return api.als(t.coordinator).post(A + "/verwijzers", "{\"naam\":\"" + naam + "\",\"soort\":\"" + soort
                + "\"}").json(201);
    }

    Api.Antwoord koppel(long verwijzer, String account, int versie) {
        return api.als(t.coordinator).doe(MockMvcRequestBuilders.put(A + "/verwijzers/" + verwijzer + "/aanmelders/"
                + account).header("If-Match", "\"" + versie + "\""));
    }

    long audit(String actie, long verwijzer) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_type = 'vhb_verwijzer' "
                + "and object_id = ?").params(actie, String.valueOf(verwijzer)).query(Long.class).single();
    }

    @Test
    void de_coordinator_houdt_het_register_bij_met_versies_en_audit() {
        JsonNode v = voegToe("Kessler Stichting", "OPVANG");
        long id = v.path("id").asLong();
        assertThat(v.path("versie").asInt()).isEqualTo(1);
        assertThat(v.path("soortLabel").asString()).isEqualTo("Opvangorganisatie");
        assertThat(audit("VHB_VERWIJZER_TOEGEVOEGD", id)).isEqualTo(1);

        // every invalid field at once; a name the register has (case does not count) is a 409
        assertThat(namen(api.als(t.coordinator).post(A + "/verwijzers", "{\"naam\":\" \",\"soort\":\"KERK\","
                + "\"contactEmail\":\"geen-adres\"}").probleem(400))).containsExactlyInAnyOrder("naam", "soort",
                        "contactEmail");
        assertThat(namen(api.als(t.coordinator).post(A + "/verwijzers", "{\"naam\":\"kessler stichting\","
                + "\"soort\":\"OPVANG\"}").probleem(409))).containsExactly("naam");
        api.als(t.coordinator).post(A + "/verwijzers", "{\"naam\":\"X\",\"soort\":\"OPVANG\",\"onbekend\":1}")
                .probleem(400);

        // a change names its version: none is a 400 (with the other invalid fields), a stale one a 409
        String wijziging = "{\"naam\":\"Kessler Stichting Den Haag\",\"soort\":\"OPVANG\",\"contactpersoon\":"
                + "\"J. de Vries\",\"contactEmail\":\"aanmelden@kessler.example\"}";
        assertThat(namen(api.als(t.coordinator).put(A + "/verwijzers/" + id, "{\"soort\":\"\"}").probleem(400)))
                .containsExactlyInAnyOrder("If-Match", "naam", "soort");
        Api.Antwoord gewijzigd = api.als(t.coordinator).put(A + "/verwijzers/" + id, wijziging, "\"1\"");
        assertThat(gewijzigd.json(200).path("versie").asInt()).isEqualTo(2);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        api.als(t.coordinator).put(A + "/verwijzers/" + id, wijziging, "\"1\"").probleem(409);
        assertThat(audit("VHB_VERWIJZER_GEWIJZIGD", id)).isEqualTo(1);
        assertThat(jdbc.sql("select oude_waarde::text from audit_log where actie = 'VHB_VERWIJZER_GEWIJZIGD' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).contains("Kessler Stichting", "\"versie\": 1");

        // the register is the team's: the ICP reads it, an aanmelder does not, another team's coordinator finds nothing
        assertThat(api.als(t.icp).get(A + "/verwijzers").json().path("verwijzers").size()).isEqualTo(1);
        api.als(t.aanmelder).get(A + "/verwijzers").probleem(403);
        api.als(t.aanmelder).post(A + "/verwijzers", "{\"naam\":\"Y\",\"soort\":\"OPVANG\"}").probleem(403);
        api.als(t.anderAccount("COORDINATOR")).get(A + "/verwijzers/" + id).probleem(404);
    }

    @Test
    void een_aanmelder_hoort_bij_een_organisatie_en_zijn_meldingen_dragen_haar_naam_ook_in_de_cijfers() {
        long ldh = voegToe("Leger des Heils Haaglanden", "OPVANG").path("id").asLong();
        long kessler = voegToe("Kessler Stichting", "OPVANG").path("id").asLong();
        // not an aanmelder of the team, no version: both named
        assertThat(namen(api.als(t.coordinator).doe(MockMvcRequestBuilders.put(A + "/verwijzers/" + ldh
                + "/aanmelders/" + t.icp)).probleem(400))).containsExactlyInAnyOrder("gebruikersnaam", "If-Match");
        assertThat(koppel(ldh, t.aanmelder, 1).json(200).path("aanmelders").toString()).contains(t.aanmelder);
        koppel(ldh, t.aanmelder, 1).probleem(409);
        assertThat(audit("VHB_VERWIJZER_AANMELDER_GEKOPPELD", ldh)).isEqualTo(1);

        // the referral needs no typed organisation and cannot name another one
        String zonder = Testteam.melding("Cliënt Register", 0).replace("\"organisatie\":\"Leger des Heils\",", "");
        long id = api.als(t.aanmelder).post(A + "/meldingen", zonder).json(201).path("id").asLong();
        JsonNode casus = api.als(t.coordinator).get(A + "/casussen/" + id).json();
        assertThat(casus.path("organisatie").asString()).isEqualTo("Leger des Heils Haaglanden");
        assertThat(casus.path("verwijzer").asLong()).isEqualTo(ldh);
        assertThat(namen(api.als(t.aanmelder).post(A + "/meldingen", zonder.replace("{", "{\"verwijzer\":" + kessler
                + ",")).probleem(400))).containsExactly("verwijzer");

        // an account without an organisation types one: a register name (any case) links, another text is listed
        String tweede = t.account("AANMELDER");
        long getypt = api.als(tweede).post(A + "/meldingen", Testteam.melding("Cliënt Getypt", 0)
                .replace("Leger des Heils", "kessler stichting")).json(201).path("id").asLong();
        assertThat(api.als(t.coordinator).get(A + "/casussen/" + getypt).json().path("verwijzer").asLong())
                .isEqualTo(kessler);
        long vrij = api.als(tweede).post(A + "/meldingen", Testteam.melding("Cliënt Vrij", 0)
                .replace("Leger des Heils", "LdH Zilveren Toren")).json(201).path("id").asLong();
        assertThat(api.als(t.coordinator).get(A + "/verwijzers/ongekoppeld").json().toString())
                .contains("LdH Zilveren Toren");
        assertThat(namen(api.als(t.coordinator).post(A + "/verwijzers/" + ldh + "/koppelingen",
                "{\"organisatie\":\"Niemand\"}").probleem(400))).containsExactly("organisatie");
        assertThat(api.als(t.coordinator).post(A + "/verwijzers/" + ldh + "/koppelingen",
                "{\"organisatie\":\"LdH Zilveren Toren\"}").json(200).path("casussen").toString())
                .isEqualTo("[" + vrij + "]");
        assertThat(api.als(t.coordinator).get(A + "/verwijzers/ongekoppeld").json().path("ongekoppeld").size())
                .isZero();

        // the report takes the register's (current) name; each part equals its drill-down
        api.als(t.coordinator).put(A + "/verwijzers/" + ldh, "{\"naam\":\"Leger des Heils\",\"soort\":\"OPVANG\"}",
                "\"2\"").status(200);
        Map<String, List<Long>> per = delen(rapport(), "AANMELDINGEN_PER_ORGANISATIE");
        assertThat(per).containsOnlyKeys("Leger des Heils", "Kessler Stichting");
        assertThat(per.get("Leger des Heils")).containsExactlyInAnyOrder(id, vrij);
        assertThat(per.get("Kessler Stichting")).containsExactly(getypt);
    }

    /** Per case: the field, the JSON value and the answer (400 naming exactly that field, or 201 stored as sent). */
    static final String[][] VELDEN = {
        {"dakloosSinds", "1949", "400"},
        {"dakloosSinds", "2999", "400"},
        {"soortSlaapplaats", "\"TENT\"", "400"},
        {"soortInkomen", "\"BIJSTAND\"", "400"},
        {"opvang", "\"" + "o".repeat(201) + "\"", "400"},
        {"soortSlaapplaats", "\"nachtopvang\"", "201"},
        {"soortInkomen", "\"DAKLOZENUITKERING\"", "201"},
        {"dakloosSinds", "2020", "201"},
        {"remigrant", "true", "201"},
        {"werkperspectief", "false", "201"},
    };

    @Test
    void de_gestructureerde_gegevens_van_een_melding() {
        for (String[] c : VELDEN) {
            Api.Antwoord a = api.als(t.aanmelder).post(A + "/meldingen", Testteam.melding("Cliënt Veld", 0)
                    .replace("{", "{\"" + c[0] + "\":" + c[1] + ","));
            if (c[2].equals("400")) {
                assertThat(namen(a.probleem(400))).as(c[0] + "=" + c[1]).containsExactly(c[0]);
            } else {
                JsonNode casus = api.als(t.coordinator).get(A + "/casussen/" + a.json(201).path("id").asLong())
                        .json();
                assertThat(casus.path(c[0]).asString().toUpperCase()).as(c[0])
                        .isEqualTo(c[1].replace("\"", "").toUpperCase());
                assertThat(casus.path("huishoudtype").asString()).isEqualTo("ALLEENSTAANDE");
            }
        }
    }

    @Test
    void de_uitsplitsingen_van_de_gehuisveste_naar_inkomen_remigrant_werk_en_opvang() {
        t.capaciteit(LocalDate.now().getYear(), 2);
        String melding = Testteam.melding("Cliënt Verhuisd", 2).replace("{", "{\"soortInkomen\":\"IOAW\","
                + "\"remigrant\":true,\"werkperspectief\":false,\"opvang\":\"Zilveren Toren\",\"dakloosSinds\":2023,"
                + "\"soortSlaapplaats\":\"OPVANG\",");
        long id = t.metAanvaardAanbodVan(melding, "Heerlen");
        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\"", 200);
        JsonNode r = rapport();
        assertThat(delen(r, "GEHUISVEST_PER_INKOMEN")).containsExactly(Map.entry("IOAW", List.of(id)));
        assertThat(delen(r, "GEHUISVEST_PER_REMIGRANT")).containsExactly(Map.entry("JA", List.of(id)));
        assertThat(delen(r, "GEHUISVEST_PER_WERKPERSPECTIEF")).containsExactly(Map.entry("NEE", List.of(id)));
        assertThat(delen(r, "GEHUISVEST_PER_OPVANG")).containsExactly(Map.entry("Zilveren Toren", List.of(id)));
    }

    JsonNode rapport() {
        String vandaag = LocalDate.now().toString();
        return api.als(t.coordinator).get(A + "/rapportage?van=" + vandaag + "&tot=" + vandaag).json();
    }

    /** The parts of a figure by key, each with the cases of its drill-down (which must number the part's value). */
    Map<String, List<Long>> delen(JsonNode rapport, String code) {
        Map<String, List<Long>> per = new LinkedHashMap<>();
        for (JsonNode c : rapport.path("cijfers")) {
            if (!c.path("code").asString().equals(code)) {
                continue;
            }
            for (JsonNode d : c.path("delen")) {
                List<Long> ids = new ArrayList<>();
                for (JsonNode x : api.als(t.coordinator).get(d.path("casussenUrl").asString()).json()
                        .path("casussen")) {
                    ids.add(x.path("casus").asLong());
                }
                assertThat(ids).as(code + "/" + d.path("sleutel").asString()).hasSize(d.path("waarde").asInt());
                per.put(d.path("sleutel").asString(), ids);
            }
            return per;
        }
        throw new AssertionError("geen cijfer " + code);
    }
}
