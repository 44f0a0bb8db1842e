package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static nl.woonregie.verhuisbox.Testteam.toets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The Verhuisbox API end to end, each test on a new team of its own ({@link Testteam}, so no other test's cases stand
 * in the waiting list): the main path, the refusal and stopping branches, validation, and access per role — an
 * aanmelder sees only the status of own referrals, the vault reveals only to the assigned staff and every reveal is
 * audited, every read is logged.
 */
@IntegratieTest
class VerhuisboxApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam testteam;
    Api api;
    String aanmelder;
    String aanmelder2;
    String icp;
    String cm;
    String cm2;
    String adm;
    String consulent;
    String coord;
    String coordAnder;

    @BeforeEach
    void team() {
        testteam = new Testteam(mvc, jdbc);
        api = testteam.api;
        aanmelder = testteam.aanmelder;
        aanmelder2 = testteam.account("AANMELDER");
        icp = testteam.icp;
        cm = testteam.casemanager;
        cm2 = testteam.account("CASEMANAGER");
        adm = testteam.administratief;
        consulent = testteam.consulent;
        coord = testteam.coordinator;
        coordAnder = testteam.anderAccount("COORDINATOR");
        testteam.capaciteit(LocalDate.now().getYear(), 50);
    }

    long meld(String wie, String naam) {
        JsonNode n = api.als(wie).post(A + "/meldingen", Testteam.melding(naam, 1)).json(201);
        assertThat(n.path("status").asString()).isEqualTo("MELDING");
        return n.path("id").asLong();
    }

    void overgang(String wie, long id, String naar, String extra, int verwacht) {
        testteam.overgang(wie, id, naar, extra, verwacht);
    }

    void vinkAlles(String wie, long id, String lijst) {
        testteam.vinkAlles(wie, id, lijst);
    }

@Test
    void het_hele_traject_van_melding_tot_verhuizing() {
        long id = meld(aanmelder, "Testcliënt Hoofdlijn");
        // the aanmelder: own status yes, the case file no; another aanmelder not even the status
        assertThat(api.als(aanmelder).get(A + "/meldingen/" + id).json().path("statusLabel").asString())
                .isEqualTo("Melding");
        api.als(aanmelder).get(A + "/casussen/" + id).probleem(403);
        api.als(aanmelder2).get(A + "/meldingen/" + id).probleem(403);
        assertThat(api.als(aanmelder2).get(A + "/meldingen").json().path("meldingen").toString())
                .doesNotContain("\"id\":" + id + ",");

        overgang(icp, id, "ICP_TOETS", "", 200);
        JsonNode t = api.als(icp).post(A + "/casussen/" + id + "/toets", toets("VOLDAAN")).json();
        assertThat(t.path("besluit").asString()).isEqualTo("WACHTLIJST");
        assertThat(t.path("basisOpOrde").toString()).contains("IB60");
        assertThat(api.als(consulent).get(A + "/werklijst").json().path("taken").toString()).contains("IB60");

        // the waiting list, explained; the aanmelder sees position and expected wait
        JsonNode w = api.als(coord).get(A + "/wachtlijst").json();
        assertThat(w.path("volgorde").asString()).contains("kinderen eerst");
        assertThat(w.path("HUISHOUDEN").path("plaatsen").get(0).path("casus").asLong()).isEqualTo(id);
        JsonNode s = api.als(aanmelder).get(A + "/meldingen/" + id).json();
        assertThat(s.path("wachtlijstPositie").asInt()).isEqualTo(1);
        assertThat(s.path("verwachteWachttijdWeken").asInt()).isEqualTo(2);
        assertThat(s.has("naam")).isFalse();

        // admitting needs a casemanager first
        JsonNode p = api.als(coord).post(A + "/casussen/" + id + "/overgangen",
                "{\"naar\":\"INTAKE\",\"reden\":\"eerste op de lijst\"}").probleem(409);
        assertThat(namen(p)).contains("casemanager");
        api.als(coord).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + cm
                + "\",\"administratief\":\"" + adm + "\"}").status(200);
        api.als(icp).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"INTAKE\",\"reden\":\"x\"}").probleem(403);
        overgang(coord, id, "INTAKE", "", 200);
        api.als(icp).get(A + "/casussen/" + id).probleem(403);
        api.als(cm2).get(A + "/casussen/" + id).probleem(403);

        // intake: variant, regions with a very promising one, the checklist
        api.als(cm).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad\",\"zeerKansrijk\":false}]}").probleem(400);
        api.als(cm).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true},{\"regio\":\"Drenthe\"}]}").status(200);
        p = api.als(cm).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"ZOEKEN\",\"reden\":\"intake klaar\"}")
                .probleem(409);
        // the household has a child: the CJG rule asks the gezinscoach's family talk first
        assertThat(namen(p)).containsExactly("intakechecklist", "gezinsgesprek");
        vinkAlles(cm, id, "INTAKE");
        testteam.gezinsgesprek(id);
        overgang(cm, id, "ZOEKEN", "", 200);

        // registration with credentials in the vault
        long site = jdbc.sql("select id from vhb_website where naam = 'Thuis in Limburg'").query(Long.class).single();
        JsonNode ins = api.als(adm).post(A + "/casussen/" + id + "/inschrijvingen", "{\"website\":" + site
                + ",\"datum\":\"" + LocalDate.now() + "\",\"nummer\":\"TIL-1\",\"kosten\":15.00,\"verlengdatum\":\""
                + LocalDate.now().plusYears(1) + "\",\"gebruikersnaam\":\"client01\",\"wachtwoord\":\"Geheim!123\"}")
                .json(201);
        assertThat(ins.toString()).doesNotContain("Geheim!123").contains("\"inKluis\":true");
        long inschrijving = ins.path("inschrijvingen").get(0).path("id").asLong();
        byte[] opgeslagen = jdbc.sql("select kluis_geheim from vhb_inschrijving where id = ?").param(inschrijving)
                .query(byte[].class).single();
        assertThat(new String(opgeslagen, StandardCharsets.ISO_8859_1)).doesNotContain("Geheim!123");
        String kluis = A + "/casussen/" + id + "/inschrijvingen/" + inschrijving + "/inloggegevens";
        api.als(coord).post(kluis, "").probleem(403);
        api.als(consulent).post(kluis, "").probleem(403);
        api.als(cm2).post(kluis, "").probleem(403);
        long voor = onthullingen(id);
        JsonNode geheim = api.als(adm).post(kluis, "").json();
        assertThat(geheim.path("wachtwoord").asString()).isEqualTo("Geheim!123");
        assertThat(onthullingen(id)).isEqualTo(voor + 1);
        assertThat(jdbc.sql("select actor from audit_log where actie = 'VHB_KLUIS_ONTHULD' and object_id = ? "
                + "order by id desc limit 1").param(String.valueOf(id)).query(String.class).single()).isEqualTo(adm);

        // a lottery reaction: a deadline today on the administratief's worklist
        api.als(adm).post(A + "/casussen/" + id + "/reacties", "{\"inschrijving\":" + inschrijving + ",\"datum\":\""
                + LocalDate.now() + "\",\"woning\":\"Akerstraat 1, Heerlen\",\"soort\":\"LOTING\"}").status(201);
        JsonNode taken = api.als(adm).get(A + "/werklijst").json().path("taken");
        assertThat(taken.toString()).contains("REACTIE_DEADLINE", "\"deadline\":\"" + LocalDate.now() + "\"");

        // offers: the client may refuse without penalty; a corporation refusal goes into the obstacle log
        String aanbod = "{\"gemeente\":\"Heerlen\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\","
                + "\"huur\":612.50,\"bezichtiging\":\"" + LocalDate.now().plusDays(2) + "\",\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}";
        long a1 = api.als(cm).post(A + "/casussen/" + id + "/aanbiedingen", aanbod).json(201).path("aanbiedingen")
                .get(0).path("id").asLong();
        assertThat(casus(cm, id).path("status").asString()).isEqualTo("AANBOD");
        api.als(cm).post(A + "/aanbiedingen/" + a1 + "/besluit", "{\"besluit\":\"GEWEIGERD_CLIENT\","
                + "\"toelichting\":\"te ver van familie\"}").status(200);
        assertThat(casus(cm, id).path("status").asString()).isEqualTo("ZOEKEN");
        long a2 = api.als(cm).post(A + "/casussen/" + id + "/aanbiedingen", aanbod).json(201).path("aanbiedingen")
                .get(0).path("id").asLong();
        p = api.als(cm).post(A + "/aanbiedingen/" + a2 + "/besluit", "{\"besluit\":\"GEWEIGERD_CORPORATIE\"}")
                .probleem(400);
        assertThat(namen(p)).containsExactly("grond", "toelichting");
        api.als(cm).post(A + "/aanbiedingen/" + a2 + "/besluit", "{\"besluit\":\"GEWEIGERD_CORPORATIE\",\"grond\":"
                + "\"briefadres Den Haag\",\"toelichting\":\"corporaties weigeren DH-briefadressen\"}").status(200);
        assertThat(api.als(coord).get(A + "/belemmeringen").json().path("belemmeringen").toString())
                .contains("briefadres Den Haag", "Vincio Wonen");
        long a3 = api.als(cm).post(A + "/casussen/" + id + "/aanbiedingen", aanbod).json(201).path("aanbiedingen")
                .get(0).path("id").asLong();
        p = api.als(cm).post(A + "/aanbiedingen/" + a3 + "/besluit", "{\"besluit\":\"AANVAARD\"}").probleem(409);
        assertThat(namen(p)).containsExactly("documenten");
        vinkAlles(cm, id, "AANBOD");
        api.als(cm).post(A + "/aanbiedingen/" + a3 + "/besluit", "{\"besluit\":\"AANVAARD\"}").status(200);
        assertThat(casus(cm, id).path("status").asString()).isEqualTo("VERHUIZING");

        // moving and closing
        p = api.als(cm).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":\"verhuisd\","
                + "\"uitkomst\":\"VERHUISD\"}").probleem(409);
        assertThat(namen(p)).containsExactly("verhuischecklist", "bestemming");
        vinkAlles(cm, id, "VERHUIZING");
        overgang(cm, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemming\":\"Heerlen\"", 200);
        JsonNode slot = casus(cm, id);
        assertThat(slot.path("status").asString()).isEqualTo("AFGESLOTEN");
        assertThat(slot.path("bestemming").asString()).isEqualTo("Heerlen");
        assertThat(api.als(aanmelder).get(A + "/meldingen/" + id).json().path("status").asString())
                .isEqualTo("AFGESLOTEN");

        // history kept, timeline complete
        assertThat(jdbc.sql("select string_agg(naar, ',' order by id) from vhb_statuswijziging where casus_id = ?")
                .param(id).query(String.class).single()).isEqualTo("MELDING,ICP_TOETS,WACHTLIJST,INTAKE,ZOEKEN,AANBOD,"
                        + "ZOEKEN,AANBOD,ZOEKEN,AANBOD,VERHUIZING,AFGESLOTEN");
        JsonNode tijdlijn = api.als(cm).get(A + "/casussen/" + id + "/tijdlijn").json().path("gebeurtenissen");
        assertThat(tijdlijn.toString()).contains("VHB_MELDING", "VHB_TOETS", "VHB_KLUIS_ONTHULD",
                "Verhuizing → Afgesloten");
        assertThatThrownBy(() -> jdbc.sql("delete from vhb_statuswijziging where casus_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    long onthullingen(long id) {
        return jdbc.sql("select count(*) from audit_log where actie = 'VHB_KLUIS_ONTHULD' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    JsonNode casus(String wie, long id) {
        return api.als(wie).get(A + "/casussen/" + id).json();
    }

    @Test
    void een_harde_uitsluiting_leidt_tot_weigering_met_brief_voor_de_aanmelder() {
        long id = meld(aanmelder2, "Testcliënt Weigering");
        overgang(icp, id, "ICP_TOETS", "", 200);
        JsonNode t = api.als(icp).post(A + "/casussen/" + id + "/toets", toets("NIET_VOLDAAN")).json();
        assertThat(t.path("besluit").asString()).isEqualTo("GEWEIGERD");
        assertThat(t.path("status").asString()).isEqualTo("GEWEIGERD");
        JsonNode s = api.als(aanmelder2).get(A + "/meldingen/" + id).json();
        assertThat(s.path("weigerbrief").asString()).contains("Niet voldaan: Cliënt is niet gedetineerd",
                "Re-integratiecentrum", "recht op andere hulp");
        api.als(coord).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"WACHTLIJST\",\"reden\":\"toch\"}")
                .probleem(403);
    }

    @Test
    void onbekende_harde_criteria_geven_nog_geen_besluit() {
        long id = meld(aanmelder, "Testcliënt Onbekend");
        overgang(icp, id, "ICP_TOETS", "", 200);
        JsonNode t = api.als(icp).post(A + "/casussen/" + id + "/toets",
                "{\"criteria\":[{\"code\":\"MOTIVATIE\",\"uitkomst\":\"VOLDAAN\"}]}").json();
        assertThat(t.path("besluit").asString()).isEqualTo("ONVOLLEDIG");
        assertThat(t.path("onbekend").toString()).contains("TAAL", "GEEN_DETENTIE");
        assertThat(t.path("status").asString()).isEqualTo("ICP_TOETS");
        // stopping from any active state, with a reason from the fixed list
        assertThat(api.als(coord).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\","
                + "\"reden\":\"weg\",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"VERVEELD\"}").ongeldigeVelden())
                .contains("stopreden");
        overgang(coord, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"NIET_GEMOTIVEERD\"", 200);
        assertThat(api.als(aanmelder).get(A + "/meldingen/" + id).json().path("status").asString())
                .isEqualTo("AFGESLOTEN");
    }

    @Test
    void een_ongeldige_melding_noemt_elk_ongeldig_veld() {
        JsonNode p = api.als(aanmelder).post(A + "/meldingen", """
                {"organisatie":"","naam":"X","geboortedatum":"2020-01-01","bsn":"123456789","volwassenen":0,
                 "kinderen":-1,"inkomen":"PW","slaapplek":"straat","reden":"r","voorkeursregios":[],
                 "email":"geen-adres"}""").probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("organisatie", "geboortedatum", "bsn", "email",
                "volwassenen", "kinderen", "voorkeursregios", "toestemmingOp");
    }

    @Test
    void elke_inzage_wordt_gelogd_met_wie_en_waarom_en_het_log_is_onveranderbaar() {
        long id = meld(aanmelder, "Testcliënt Inzage");
        long voor = inzages(id);
        casus(coord, id);
        api.als(coord).get(A + "/casussen/" + id + "/tijdlijn").json();
        api.als(aanmelder).get(A + "/meldingen/" + id).json();
        assertThat(inzages(id)).isEqualTo(voor + 3);
        assertThat(jdbc.sql("select actor || '|' || doel || '|' || handeling from vhb_verwerking where casus_id = ? "
                + "order by id").param(id).query(String.class).list()).contains(
                coord + "|wachtlijst, capaciteit en toewijzing|casus",
                aanmelder + "|status van eigen aanmelding volgen|status");
        // refused reads are not reads
        api.als(coordAnder).get(A + "/casussen/" + id).probleem(403);
        api.als(consulent).get(A + "/casussen/" + id).probleem(403);
        assertThat(inzages(id)).isEqualTo(voor + 3);
        assertThatThrownBy(() -> jdbc.sql("update vhb_verwerking set doel = 'x' where casus_id = ?").param(id)
                .update()).hasMessageContaining("append-only");
    }

    long inzages(long id) {
        return jdbc.sql("select count(*) from vhb_verwerking where casus_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void andere_rollen_en_teams_zien_geen_casussen() {
        long id = meld(aanmelder, "Testcliënt Afgeschermd");
        api.als(Api.BEHEERDER).get(A + "/casussen/" + id).probleem(403);
        api.als(Api.BEHEERDER).get(A + "/meldingen/" + id).probleem(403);
        api.als(coordAnder).get(A + "/meldingen/" + id).probleem(403);
        assertThat(api.als(coordAnder).get(A + "/casussen").json().path("casussen").toString())
                .doesNotContain("Afgeschermd");
        assertThat(api.als(coord).get(A + "/casussen").json().path("casussen").toString()).contains("Afgeschermd");
        assertThat(api.als(icp).get(A + "/casussen").json().path("casussen").toString()).contains("Afgeschermd");
        assertThat(api.als(cm).get(A + "/casussen").json().path("casussen").toString()).doesNotContain("Afgeschermd");
        api.als(aanmelder).get(A + "/casussen").probleem(403);
    }

    @Test
    void een_beheerder_maakt_accounts_met_een_verhuisboxrol_alleen_met_een_team() {
        JsonNode p = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"vhbt-zonder-team\","
                + "\"rol\":\"CASEMANAGER\",\"gemeente\":\"GM0518\"}")
                .probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("team", "gemeente");
        p = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"vhbt-team-coa\","
                + "\"wachtwoord\":\"" + Accounts.WACHTWOORD + "\",\"rol\":\"COA\",\"team\":1}").probleem(400);
        assertThat(namen(p)).containsExactly("team");
    }
}
