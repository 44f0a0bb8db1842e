package nl.woonregie.doorbraakplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
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
 * The projectleider's view of its location (issue 17 §5): the lead, its project's facts with their checks and findings
 * and its support plan, read-only; another lead's location and everything else of the municipality stay refused.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class LocatieApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    Api api;
    Accounts accounts;
    RondeFixture rondes;

    @BeforeAll
    void opzet() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        rondes = new RondeFixture(mvc, jdbc, gebied);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static String pad(String gemeente) {
        return "/api/v1/gemeenten/" + gemeente;
    }

    /** A lead taken to its designation by the programme team (its id and the aanbod project's). */
    public record Aangewezen(long lead, long project) {
    }

    public static Aangewezen aanwijzen(Api api, String pt, String gm, String naam, LocalDate vandaag, String projectleider) {
        long tranche = api.als(pt).post(pad(gm) + "/tranches", "{\"naam\": \"Tranche " + naam + "\"}").json(201)
                .path("id").asLong();
        long id = api.als(pt).post(pad(gm) + "/leads", """
                {"naam": "%s", "adres": "%s 1", "ingediendOp": "%s", "inbrengerSoort": "WIJKVERENIGING",
                 "inbrengerNaam": "Jan Jansen", "inbrengerContact": "jan@wijk.example", "eigenaar": "Haag Wonen",
                 "plaatsen": 40, "eenheden": 120}""".formatted(naam, naam, vandaag.minusDays(60))).idUitLocation();
        stap(api, pt, gm, id, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(55) + "\"}");
        stap(api, pt, gm, id, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(50) + "\"}");
        for (String a : new String[] {"UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
            "LEEFBAARHEID_EN_VEILIGHEID"}) {
            api.als(pt).put(pad(gm) + "/leads/" + id + "/analyse/" + a, "{\"uitkomst\": \"POSITIEF\", "
                    + "\"toelichting\": \"HIT-advies\"}").status(200);
        }
        stap(api, pt, gm, id, "{\"stap\": \"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \"" + vandaag.minusDays(40)
                + "\", \"kenmerk\": \"WETH-1\", \"projectleider\": \"" + projectleider + "\"}");
        api.als(pt).put(pad(gm) + "/leads/" + id + "/haalbaarheidsonderzoek", "{\"conclusie\": \"Haalbaar\"}")
                .status(200);
        stap(api, pt, gm, id, "{\"stap\": \"NAAR_COLLEGE\", \"datum\": \"" + vandaag.minusDays(30)
                + "\", \"kenmerk\": \"WETH-2\"}");
        JsonNode a = stap(api, pt, gm, id, "{\"stap\": \"AANWIJZEN\", \"datum\": \"" + vandaag.minusDays(20)
                + "\", \"kenmerk\": \"RIS-1\", \"kleur\": \"GROEN\", \"tranche\": " + tranche + ", \"duur\": "
                + "\"TIJDELIJK\", \"woonvorm\": \"ONZELFSTANDIG\", \"startInhuizing\": \"" + vandaag.plusDays(30)
                + "\"}");
        return new Aangewezen(id, a.path("aanbodbron").asLong());
    }

    static JsonNode stap(Api api, String wie, String gm, long id, String json) {
        int versie = api.als(wie).get(pad(gm) + "/leads/" + id).json().path("versie").asInt();
        return api.als(wie).post(pad(gm) + "/leads/" + id + "/stappen", json.replace("{", "{\"versie\": "
                + versie + ", ")).json();
    }

    @Test
    void de_projectleider_leest_de_eigen_locatie_met_projectfeiten_toetsing_en_ondersteuningsplan_en_niets_anders() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        LocalDate vandaag = LocalDate.of(2023, 3, 6);
        klok.zet(vandaag);
        String pt = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gm + "\"");
        Aangewezen lwp = aanwijzen(api, pt, gm, "Leeghwaterplein", vandaag, "pl-leeghwater");
        Aangewezen ander = aanwijzen(api, pt, gm, "Ander terrein", vandaag, "pl-ander");

        // the gemeente records the project's facts in its supply (a new version of the source)
        String eigen = accounts.gemeente(gm);
        JsonNode bron = api.als(eigen).get(pad(gm) + "/aanbodbronnen/" + lwp.project()).json();
        api.als(eigen).put(pad(gm) + "/aanbodbronnen/" + lwp.project(), """
                {"versie": %d, "soort": "PROJECT", "naam": "Leeghwaterplein", "duur": "TIJDELIJK",
                 "woonvorm": "ONZELFSTANDIG", "plaatsen": 40, "eenheden": 120, "eigenaar": "Haag Wonen",
                 "startInhuizing": "%s", "status": "BESLOTEN", "reden": "De feiten van de memo's",
                 "projectfeiten": {"eisen": [{"tekst": "1 harde eis: 33%% statushouders", "soort": "MIN_AANDEEL",
                                              "waarde": 33}],
                                   "tijdelijkeTermijnJaren": 5, "exploitatietermijnJaren": 6, "stadsdeel": "Laak"}}"""
                .formatted(bron.path("versie").asInt(), bron.path("feiten").path("startInhuizing").asString()))
                .status(200);
        // the programme team stores its support plan
        api.als(pt).put(pad(gm) + "/afdelingen/OCW", "{\"naam\": \"Onderwijs, Cultuur en Welzijn\", "
                + "\"reden\": \"Register\"}").status(200);
        api.als(pt).put(pad(gm) + "/steunplannen/" + lwp.project(), """
                {"versie": 0, "reden": "Memo Benodigde begeleiding statushouders",
                 "regels": [{"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW", "personen": 40,
                             "vanKwartaal": "2022-Q4", "totKwartaal": "2027-Q4"}],
                 "dekking": [{"jaar": 2022, "bron": "Retraiteclaim 2022", "bedrag": 44400}]}""").status(200);

        String pl = accounts.maak("PROJECTLEIDER", "\"project\":" + lwp.lead());
        JsonNode l = api.als(pl).get(pad(gm) + "/leads/" + lwp.lead() + "/locatie").json();
        assertThat(l.path("lead").path("naam").asString()).isEqualTo("Leeghwaterplein");
        assertThat(l.path("lead").path("inbrengerNaam").isMissingNode() || l.path("lead").path("inbrengerNaam")
                .isNull()).isTrue();
        JsonNode t = l.path("project").path("projecttoetsing");
        assertThat(t.path("aandeel").path("procent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(t.path("eisen").get(0).path("uitslag").asString()).isEqualTo("VOLDAAN");
        assertThat(t.path("bevindingen").get(0).path("type").asString()).isEqualTo("TERMIJNEN_VERSCHILLEN");
        assertThat(l.path("project").path("feiten").path("projectfeiten").path("stadsdeel").asString())
                .isEqualTo("Laak");
        assertThat(l.path("steunplan").path("versie").asInt()).isEqualTo(1);
        assertThat(l.path("steunplan").path("berekening").path("totaal").decimalValue())
                .isEqualByComparingTo("932400.00");
        // nothing personal was read, so nothing is logged (the programme team's own reads of the lead are)
        assertThat(jdbc.sql("select count(*) from dbp_verwerking where lead_id = ? and actor = ?")
                .params(lwp.lead(), pl).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from dbp_verwerking where lead_id = ? and actor = ?")
                .params(lwp.lead(), pt).query(Long.class).single()).isPositive();

        // another lead's location, the plans themselves, the supply and the register stay refused
        api.als(pl).get(pad(gm) + "/leads/" + ander.lead() + "/locatie").probleem(403);
        api.als(pl).get(pad(gm) + "/steunplannen/" + lwp.project()).probleem(403);
        api.als(pl).get(pad(gm) + "/steunplannen").probleem(403);
        api.als(pl).get(pad(gm) + "/aanbodbronnen/" + lwp.project()).probleem(403);
        api.als(pl).get(pad(gm) + "/leads").probleem(403);
        api.als(pl).put(pad(gm) + "/steunplannen/" + lwp.project(), "{\"versie\": 1, \"reden\": \"x\", "
                + "\"regels\": [], \"dekking\": []}").probleem(403);

        // the programme team and the bestuur read it too; another municipality's programme team and the gemeente not
        api.als(pt).get(pad(gm) + "/leads/" + lwp.lead() + "/locatie").status(200);
        api.als(accounts.maak("BESTUUR", "\"gemeente\":\"" + gm + "\"")).get(pad(gm) + "/leads/" + lwp.lead()
                + "/locatie").status(200);
        String elders = rondes.vanKlasse(getClass()).gemeenteElders();
        api.als(accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + elders + "\"")).get(pad(gm) + "/leads/"
                + lwp.lead() + "/locatie").probleem(403);
        api.als(eigen).get(pad(gm) + "/leads/" + lwp.lead() + "/locatie").probleem(403);
        api.anoniem().get(pad(gm) + "/leads/" + lwp.lead() + "/locatie").status(401);
        // a lead of another municipality under this one's path is not found
        api.als(pt).get(pad(gm) + "/leads/999999999/locatie").probleem(404);
    }

    @Test
    void een_lead_die_nog_niet_is_aangewezen_heeft_nog_geen_project_of_plan() {
        String gm = rondes.vanKlasse(getClass()).gemeenteElders();
        String pt = accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gm + "\"");
        long id = api.als(pt).post(pad(gm) + "/leads", """
                {"naam": "Nieuw terrein", "ingediendOp": "%s", "inbrengerSoort": "COLLEGA",
                 "inbrengerNaam": "Piet", "inbrengerContact": "piet@example.nl"}""".formatted(gebied.vandaag()
                .minusDays(1))).idUitLocation();
        String pl = accounts.maak("PROJECTLEIDER", "\"project\":" + id);
        JsonNode l = api.als(pl).get(pad(gm) + "/leads/" + id + "/locatie").json();
        assertThat(l.has("project")).isFalse();
        assertThat(l.has("steunplan")).isFalse();
    }
}
