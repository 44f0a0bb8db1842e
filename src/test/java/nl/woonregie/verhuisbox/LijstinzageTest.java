package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.woonregie.support.Api;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Every read of personal data is logged (verwerkingenlogging), also when a list shows it: the worklist, the list of
 * cases, the waiting list, the grants and their XLSX, the budget page, the obstacle log and the aftercare overview —
 * pages and API. Each read of a list is one processing action: one row per case shown (so a person's processings
 * are found per case), all with the action's id, the reader, the role's purpose and what was read. A list that
 * showed no case logs nothing.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LijstinzageTest {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;
    long verhuizing;
    long belemmerd;
    long verhuisd;
    long wachtend;

    @BeforeAll
    void team() {
        t = new Testteam(mvc, jdbc);
        int jaar = LocalDate.now().getYear();
        t.capaciteit(jaar, "HUISHOUDEN", 50);
        t.geldjaar(jaar, "220000.00");
        // a case moving house with a proposed grant
        verhuizing = t.metAanvaardAanbod("Inzage Verhuizing", "Heerlen");
        t.api.als(t.casemanager).post(A + "/casussen/" + verhuizing + "/verstrekkingen", "{\"soort\":\"REISKOSTEN\","
                + "\"bedrag\":20.00,\"toelichting\":\"bezichtiging\"}").status(201);
        // a case whose offer the corporation refused (the obstacle log), searching again
        belemmerd = t.inZoeken("Inzage Belemmerd");
        long aanbod = t.api.als(t.casemanager).post(A + "/casussen/" + belemmerd + "/aanbiedingen", "{\"gemeente\":"
                + "\"Emmen\",\"corporatie\":\"Lefier\",\"adres\":\"Kerkstraat 5\",\"huur\":645.10,\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}").json(201).path("aanbiedingen").get(0).path("id").asLong();
        t.api.als(t.casemanager).post(A + "/aanbiedingen/" + aanbod + "/besluit", "{\"besluit\":"
                + "\"GEWEIGERD_CORPORATIE\",\"grond\":\"inkomen\",\"toelichting\":\"te laag\"}").status(200);
        // a case that moved a month ago: its first aftercare contact is due
        verhuisd = t.metAanvaardAanbod("Inzage Verhuisd", "Heerlen");
        t.vinkAlles(t.casemanager, verhuisd, "VERHUIZING");
        t.overgang(t.casemanager, verhuisd, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\","
                + "\"verhuisdatum\":\"" + LocalDate.now().minusMonths(1) + "\"", 200);
        // a referral on the waiting list
        wachtend = t.meld("Inzage Wachtend");
        t.overgang(t.icp, wachtend, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(A + "/casussen/" + wachtend + "/toets", Testteam.toets("VOLDAAN")).status(200);
    }

    /** The processing actions of an account with this handeling: per action, the cases it logged (sorted). */
    List<List<Long>> acties(String actor, String handeling) {
        return jdbc.sql("""
                select array_to_string(array_agg(casus_id order by casus_id), ',') from vhb_verwerking
                where actor = ? and handeling = ? group by actie_id order by min(id)""").params(actor, handeling)
                .query(String.class).list().stream()
                .map(s -> Arrays.stream(s.split(",")).map(Long::valueOf).toList()).toList();
    }

    /** The last action of an account with this handeling, after the read {@code lees}. */
    List<Long> nieuweActie(String actor, String handeling, Runnable lees) {
        int voor = acties(actor, handeling).size();
        lees.run();
        List<List<Long>> na = acties(actor, handeling);
        assertThat(na).as("één verwerkingsactie " + handeling).hasSize(voor + 1);
        return na.get(na.size() - 1);
    }

    static List<Long> gesorteerd(List<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    static List<Long> casussenIn(JsonNode lijst, String veld) {
        List<Long> ids = new ArrayList<>();
        lijst.forEach(x -> ids.add(x.path(veld).asLong()));
        return gesorteerd(ids);
    }

    @Test
    void de_werklijst_logt_de_casussen_van_de_getoonde_taken() {
        JsonNode[] antwoord = new JsonNode[1];
        List<Long> api = nieuweActie(t.casemanager, "werklijst (API)",
                () -> antwoord[0] = t.api.als(t.casemanager).get(A + "/werklijst").json());
        assertThat(api).isEqualTo(casussenIn(antwoord[0].path("taken"), "casus")).contains(verhuizing, verhuisd);
        List<Long> pagina = nieuweActie(t.casemanager, "werklijst",
                () -> t.api.als(t.casemanager).get("/verhuisbox").status(200));
        assertThat(pagina).isEqualTo(api);
        // with the purpose of the role
        assertThat(jdbc.sql("select distinct doel from vhb_verwerking where actor = ? and handeling = 'werklijst'")
                .param(t.casemanager).query(String.class).list()).containsExactly("casemanagement van toegewezen casus");
    }

    @Test
    void de_lijst_van_casussen_logt_alleen_de_getoonde_pagina() {
        List<Long> alle = nieuweActie(t.coordinator, "casussenlijst (API)",
                () -> t.api.als(t.coordinator).get(A + "/casussen").json());
        assertThat(alle).containsExactly(verhuizing, belemmerd, verhuisd, wachtend);
        List<Long> pagina = nieuweActie(t.coordinator, "casussenlijst (API)",
                () -> t.api.als(t.coordinator).get(A + "/casussen?paginaGrootte=2&pagina=2").json());
        assertThat(pagina).containsExactly(verhuisd, wachtend);
        List<Long> gezocht = nieuweActie(t.coordinator, "casussenlijst",
                () -> t.api.als(t.coordinator).get("/verhuisbox/casussen?zoek=Belemmerd").status(200));
        assertThat(gezocht).containsExactly(belemmerd);
    }

    @Test
    void de_wachtlijst_logt_wie_erop_staat() {
        assertThat(nieuweActie(t.coordinator, "wachtlijst", () -> t.api.als(t.coordinator).get(A + "/wachtlijst")
                .json())).containsExactly(wachtend);
        assertThat(nieuweActie(t.icp, "wachtlijst", () -> t.api.als(t.icp).get("/verhuisbox").status(200)))
                .containsExactly(wachtend);
    }

    @Test
    void verstrekkingen_hun_xlsx_en_de_budgetpagina_loggen_hun_casussen() {
        assertThat(nieuweActie(t.consulent, "verstrekkingenlijst", () -> t.api.als(t.consulent)
                .get(A + "/verstrekkingen").json())).containsExactly(verhuizing);
        assertThat(nieuweActie(t.coordinator, "verstrekkingen-export (XLSX)", () -> t.api.als(t.coordinator)
                .get(A + "/verstrekkingen.xlsx").status(200))).containsExactly(verhuizing);
        assertThat(nieuweActie(t.consulent, "budgetpagina", () -> assertThat(t.api.als(t.consulent)
                .get("/verhuisbox/budget").tekst()).contains("Inzage Verhuizing"))).containsExactly(verhuizing);
    }

    @Test
    void het_belemmeringenlog_logt_zijn_casussen() {
        assertThat(nieuweActie(t.coordinator, "belemmeringenlog", () -> t.api.als(t.coordinator)
                .get(A + "/belemmeringen").json())).containsExactly(belemmerd);
    }

    @Test
    void het_nazorgoverzicht_logt_de_casussen_met_een_contact_dat_aan_de_beurt_is() {
        assertThat(nieuweActie(t.casemanager, "nazorgoverzicht", () -> assertThat(t.api.als(t.casemanager)
                .get("/verhuisbox/nazorg").tekst()).contains("Inzage Verhuisd"))).containsExactly(verhuisd);
    }

    @Test
    void een_lijst_zonder_casussen_logt_niets_en_een_geweigerde_lijst_ook_niet() {
        String leeg = t.anderAccount("COORDINATOR");
        t.api.als(leeg).get(A + "/casussen").json();
        t.api.als(leeg).get("/verhuisbox").status(200);
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where actor = ?").param(leeg).query(Long.class)
                .single()).isZero();
        t.api.als(t.aanmelder).get(A + "/casussen").probleem(403);
        t.api.als(Api.BEHEERDER).get(A + "/werklijst").probleem(403);
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where actor in (?, ?) and handeling like '%lijst%'")
                .params(t.aanmelder, Api.BEHEERDER).query(Long.class).single()).isZero();
    }

    @Test
    void de_avg_inzage_noemt_bij_elke_verwerking_de_actie() {
        t.api.als(t.coordinator).get(A + "/casussen").json();
        JsonNode export = t.api.als(t.coordinator).get(A + "/casussen/" + belemmerd + "/avg-export").json();
        List<String> lijstacties = new ArrayList<>();
        export.path("verwerkingen").forEach(v -> {
            if (v.path("handeling").asString().equals("casussenlijst (API)")) {
                lijstacties.add(v.path("actie").asString());
            }
        });
        assertThat(lijstacties).isNotEmpty().allMatch(a -> a.matches("[0-9a-f-]{36}"));
        String actie = lijstacties.get(lijstacties.size() - 1);
        assertThat(jdbc.sql("select count(*) from vhb_verwerking where actie_id = cast(? as uuid)").param(actie)
                .query(Long.class).single()).isEqualTo(4);
    }
}
