package nl.woonregie.doorbraakplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.aanbod.Aanbodbronnen;
import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The lead pipeline over the API (issue 17 §1 and §3): a lead travels every step to its designation and appears as a
 * project in the municipality's supply and forecast; every entry condition refused with its field; dropping at a step
 * with a reason of the list; the tasks to inform the submitter appear, go overdue and are done; who may do what; the
 * submitter's reads logged and anonymised after the retention term; the funnel counted from the leads. Each test on a
 * municipality of its own ({@link RondeFixture}), the clock set.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Autowired
    TestKlok klok;

    @Autowired
    Leads leads;

    @Autowired
    Aanbodbronnen aanbod;

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

    /**
     * Another municipality than {@code gm}: Rotterdam, unless the fixture handed out Rotterdam itself (it hands out
     * Zuid-Holland's municipalities in code order, so a long fork reaches GM0599), then Utrecht.
     */
    static String ander(String gm) {
        return "GM0599".equals(gm) ? "GM0344" : "GM0599";
    }

    String programma(String gemeente) {
        return accounts.maak("PROGRAMMATEAM", "\"gemeente\":\"" + gemeente + "\"");
    }

    long lead(String wie, String gemeente, String naam, LocalDate op) {
        return api.als(wie).post(pad(gemeente) + "/leads", """
                {"naam": "%s", "adres": "Leeghwaterplein 1", "ingediendOp": "%s",
                 "inbrengerSoort": "WIJKVERENIGING", "inbrengerNaam": "Jan Jansen",
                 "inbrengerContact": "jan@wijk.example", "eigenaar": "Ontwikkelaar BV",
                 "plaatsen": 40, "eenheden": 120}""".formatted(naam, op)).idUitLocation();
    }

    JsonNode stap(String wie, String gemeente, long id, String json) {
        int versie = api.als(wie).get(pad(gemeente) + "/leads/" + id).json().path("versie").asInt();
        return api.als(wie).post(pad(gemeente) + "/leads/" + id + "/stappen", json.replace("{", "{\"versie\": "
                + versie + ", ")).json();
    }

    static List<String> namen(JsonNode probleem) {
        List<String> n = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> n.add(p.path("name").asString()));
        return n;
    }

    @Test
    void een_lead_gaat_van_inbreng_tot_aanwijzing_en_staat_dan_als_project_in_het_aanbod_en_de_prognose() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        LocalDate vandaag = t.tussentijds().plusDays(14);
        klok.zet(vandaag);
        String pt = programma(gm);
        long tranche = api.als(pt).post(pad(gm) + "/tranches", "{\"naam\": \"Tweede tranche\"}").json(201)
                .path("id").asLong();
        long id = lead(pt, gm, "Leeghwaterplein", vandaag.minusDays(60));
        String p = pad(gm) + "/leads/" + id;

        stap(pt, gm, id, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(55) + "\"}");
        stap(pt, gm, id, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(50) + "\"}");
        // the wethouders cannot decide before all four aspects are analysed
        int versie = api.als(pt).get(p).json().path("versie").asInt();
        JsonNode te = api.als(pt).post(p + "/stappen", "{\"versie\": " + versie + ", \"stap\": "
                + "\"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \"" + vandaag.minusDays(40) + "\"}").probleem(400);
        assertThat(namen(te)).containsExactlyInAnyOrder("kenmerk", "projectleider", "analyse.UITGANGSPUNTEN",
                "analyse.RUIMTELIJKE_MOGELIJKHEDEN", "analyse.FINANCIEN", "analyse.LEEFBAARHEID_EN_VEILIGHEID");
        for (String a : List.of("UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
                "LEEFBAARHEID_EN_VEILIGHEID")) {
            api.als(pt).put(p + "/analyse/" + a, "{\"uitkomst\": \"POSITIEF\", \"toelichting\": \"HIT-advies\"}")
                    .status(200);
        }
        JsonNode gestart = stap(pt, gm, id, "{\"stap\": \"HAALBAARHEIDSONDERZOEK_STARTEN\", \"datum\": \""
                + vandaag.minusDays(40) + "\", \"kenmerk\": \"WETH-2022-1\", \"projectleider\": \"pl-leeghwater\"}");
        assertThat(gestart.path("status").asString()).isEqualTo("HAALBAARHEIDSONDERZOEK");

        // the projectleider of this lead (its PROJECT scope) reads it and records the study, nothing else
        String pl = accounts.maak("PROJECTLEIDER", "\"project\":" + id);
        assertThat(api.als(pl).get(p).json().path("inbrengerNaam").asString()).isEqualTo("Jan Jansen");
        api.als(pl).put(p + "/haalbaarheidsonderzoek", "{\"conclusie\": \"Haalbaar met BZK-middelen\"}").status(200);
        api.als(pl).get(pad(gm) + "/leads").probleem(403);
        api.als(pl).post(p + "/stappen", "{\"stap\": \"NAAR_COLLEGE\"}").probleem(403);
        long ander = lead(pt, gm, "Ander terrein", vandaag.minusDays(10));
        api.als(pl).get(pad(gm) + "/leads/" + ander).probleem(403);

        stap(pt, gm, id, "{\"stap\": \"NAAR_COLLEGE\", \"datum\": \"" + vandaag.minusDays(30)
                + "\", \"kenmerk\": \"WETH-2022-2\"}");
        // the designation needs the project's facts for the supply; a missing one is named
        versie = api.als(pt).get(p).json().path("versie").asInt();
        JsonNode zonder = api.als(pt).post(p + "/stappen", "{\"versie\": " + versie + ", \"stap\": \"AANWIJZEN\", "
                + "\"datum\": \"" + vandaag.minusDays(20) + "\", \"kenmerk\": \"RIS-311\", \"kleur\": \"GROEN\", "
                + "\"tranche\": " + tranche + "}").probleem(400);
        assertThat(namen(zonder)).contains("duur", "woonvorm", "startInhuizing");
        JsonNode aangewezen = stap(pt, gm, id, "{\"stap\": \"AANWIJZEN\", \"datum\": \"" + vandaag.minusDays(20)
                + "\", \"kenmerk\": \"RIS-311\", \"kleur\": \"GROEN\", \"tranche\": " + tranche + ", \"duur\": "
                + "\"TIJDELIJK\", \"woonvorm\": \"ONZELFSTANDIG\", \"startInhuizing\": \"" + vandaag.plusDays(30)
                + "\"}");
        assertThat(aangewezen.path("status").asString()).isEqualTo("AANGEWEZEN");
        assertThat(aangewezen.path("mogelijkeStappen")).isEmpty();
        long bron = aangewezen.path("aanbodbron").asLong();
        assertThat(bron).isPositive();

        // the project in the municipality's supply, BESLOTEN with the lead's places, and in its forecast
        String eigen = accounts.gemeente(gm);
        JsonNode b = api.als(eigen).get(pad(gm) + "/aanbodbronnen/" + bron).json();
        assertThat(b.path("soort").asString()).isEqualTo("PROJECT");
        assertThat(b.toString()).contains("\"status\":\"BESLOTEN\"", "\"plaatsen\":40", "Leeghwaterplein");
        JsonNode prognose = api.als(eigen).get(pad(gm) + "/prognose").json();
        List<Long> bronnen = new ArrayList<>();
        prognose.path("bronnen").forEach(x -> bronnen.add(x.path("id").asLong()));
        assertThat(bronnen).contains(bron);

        // the history holds every step with its date and reference
        JsonNode lead = api.als(pt).get(p).json();
        List<String> stappen = new ArrayList<>();
        lead.path("stappen").forEach(s -> stappen.add(s.path("stap").asString()));
        assertThat(stappen).containsExactly("INDIENEN", "BESCHIKBAARHEID_VRAGEN", "BESCHIKBAAR",
                "HAALBAARHEIDSONDERZOEK_STARTEN", "NAAR_COLLEGE", "AANWIJZEN");
        assertThat(lead.path("stappen").get(5).path("kenmerk").asString()).isEqualTo("RIS-311");
        assertThat(lead.path("trancheNaam").asString()).isEqualTo("Tweede tranche");
        JsonNode tranches = api.als(pt).get(pad(gm) + "/tranches").json();
        assertThat(tranches.get(0).path("groen").asInt()).isEqualTo(1);

        // three decisions: three tasks to inform the submitter
        JsonNode taken = api.als(pt).get(pad(gm) + "/informeertaken").json();
        assertThat(taken).hasSize(3);
    }

    @Test
    void taken_om_de_inbrenger_te_informeren_verschijnen_gaan_te_laat_en_worden_afgehandeld() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        LocalDate vandaag = t.tussentijds();
        klok.zet(vandaag);
        String pt = programma(gm);
        long id = lead(pt, gm, "Braakliggend terrein", vandaag.minusDays(5));
        stap(pt, gm, id, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(3) + "\"}");
        // not a decision: no task
        assertThat(api.als(pt).get(pad(gm) + "/informeertaken").json()).isEmpty();
        JsonNode af = stap(pt, gm, id, "{\"stap\": \"AFVALLEN\", \"datum\": \"" + vandaag + "\", \"reden\": "
                + "\"NIET_BESCHIKBAAR\", \"toelichting\": \"De eigenaar verkoopt het terrein\"}");
        assertThat(af.path("status").asString()).isEqualTo("AFGEVALLEN");
        assertThat(af.path("afvalredenOmschrijving").asString()).isEqualTo("Niet beschikbaar (eigenaar)");

        JsonNode taak = api.als(pt).get(pad(gm) + "/informeertaken").json().get(0);
        assertThat(taak.path("stap").asString()).isEqualTo("AFVALLEN");
        assertThat(taak.path("termijn").asString()).isEqualTo(vandaag.plusDays(14).toString());
        assertThat(taak.path("teLaat").asBoolean()).isFalse();
        klok.zet(vandaag.plusDays(14));
        assertThat(api.als(pt).get(pad(gm) + "/informeertaken").json().get(0).path("teLaat").asBoolean()).isFalse();
        klok.zet(vandaag.plusDays(15));
        assertThat(api.als(pt).get(pad(gm) + "/informeertaken").json().get(0).path("teLaat").asBoolean()).isTrue();

        long taakId = taak.path("id").asLong();
        String afhandeling = pad(gm) + "/informeertaken/" + taakId + "/afhandeling";
        assertThat(namen(api.als(pt).post(afhandeling, "{\"datum\": \"" + vandaag.plusDays(16) + "\", \"wijze\": "
                + "\"DUIF\"}").probleem(400))).containsExactlyInAnyOrder("datum", "wijze");
        api.als(accounts.maak("BESTUUR", "\"gemeente\":\"" + gm + "\"")).post(afhandeling, "{\"datum\": \""
                + vandaag.plusDays(15) + "\", \"wijze\": \"BRIEF\"}").probleem(403);
        JsonNode gedaan = api.als(pt).post(afhandeling, "{\"datum\": \"" + vandaag.plusDays(15)
                + "\", \"wijze\": \"TELEFOON\", \"toelichting\": \"Gebeld\"}").json();
        assertThat(gedaan.path("wijze").asString()).isEqualTo("TELEFOON");
        assertThat(gedaan.path("teLaat").asBoolean()).isFalse();
        assertThat(api.als(pt).get(pad(gm) + "/informeertaken").json()).isEmpty();
        assertThat(api.als(pt).get(pad(gm) + "/informeertaken?open=false").json()).hasSize(1);
        api.als(pt).post(afhandeling, "{\"datum\": \"" + vandaag.plusDays(15) + "\", \"wijze\": \"BRIEF\"}")
                .probleem(409);
    }

    @Test
    void wie_wat_mag_en_de_inzage_van_de_inbrenger_wordt_gelogd() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        LocalDate vandaag = t.tussentijds();
        klok.zet(vandaag);
        String pt = programma(gm);
        String bestuur = accounts.maak("BESTUUR", "\"gemeente\":\"" + gm + "\"");
        String anderProgramma = programma(ander(gm));
        String gemeente = accounts.gemeente(gm);
        long id = lead(pt, gm, "Schoolgebouw", vandaag.minusDays(2));
        String p = pad(gm) + "/leads/" + id;

        JsonNode voorBestuur = api.als(bestuur).get(p).json();
        assertThat(voorBestuur.path("inbrengerNaam").isNull()).isTrue();
        assertThat(voorBestuur.path("inbrengerContact").isNull()).isTrue();
        assertThat(voorBestuur.path("inbrenger").asString()).isEqualTo("WIJKVERENIGING");
        assertThat(voorBestuur.path("mogelijkeStappen")).isEmpty();
        api.als(bestuur).get(pad(gm) + "/leads").status(200);
        api.als(bestuur).post(p + "/stappen", "{\"stap\": \"AFVALLEN\"}").probleem(403);
        api.als(bestuur).post(pad(gm) + "/leads", "{}").probleem(403);
        for (String geweigerd : List.of(anderProgramma, gemeente, t.toezichthouder())) {
            api.als(geweigerd).get(pad(gm) + "/leads").probleem(403);
            api.als(geweigerd).get(p).probleem(403);
            api.als(geweigerd).get(pad(gm) + "/leadtrechter").probleem(403);
        }
        api.anoniem().get(p).status(401);

        JsonNode voorTeam = api.als(pt).get(p).json();
        assertThat(voorTeam.path("inbrengerContact").asString()).isEqualTo("jan@wijk.example");
        assertThat(voorTeam.path("mogelijkeStappen").toString()).contains("BESCHIKBAARHEID_VRAGEN", "AFVALLEN");
        api.als(Api.BEHEERDER).get(p).status(200);
        List<String> log = new ArrayList<>();
        api.als(pt).get(p + "/verwerkingen").json().forEach(x -> log.add(x.asString()));
        assertThat(log).containsExactly(pt + " (PROGRAMMATEAM): lead (API)", "beheerder (BEHEERDER): lead (API)");
        // the register and the audit trail hold no personal data
        assertThat(api.als(pt).get(pad(gm) + "/leads").tekst()).doesNotContain("Jan Jansen", "jan@wijk.example");
        List<String> audit = jdbc.sql("select cast(nieuwe_waarde as text) from audit_log where object_type = "
                + "'doorbraakplan-lead' and object_id = ?").param(String.valueOf(id)).query(String.class).list();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).contains("WIJKVERENIGING").doesNotContain("Jansen", "jan@wijk.example");
        // a stale version: 409
        api.als(pt).post(p + "/stappen", "{\"versie\": 99, \"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \""
                + vandaag + "\"}").probleem(409);
    }

    @Test
    void na_de_bewaartermijn_wordt_de_inbrenger_van_een_afgesloten_lead_geanonimiseerd() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        LocalDate vandaag = t.tussentijds();
        klok.zet(vandaag);
        String pt = programma(gm);
        long open = lead(pt, gm, "Kantoor", vandaag.minusDays(2));
        long dicht = lead(pt, gm, "Kerk", vandaag.minusDays(2));
        stap(pt, gm, dicht, "{\"stap\": \"AFVALLEN\", \"datum\": \"" + vandaag + "\", \"reden\": \"INGETROKKEN\", "
                + "\"toelichting\": \"Ingetrokken\"}");
        leads.anonimiseer(vandaag.plusMonths(24), "test");
        assertThat(api.als(pt).get(pad(gm) + "/leads/" + dicht).json().path("geanonimiseerd").asBoolean()).isFalse();
        assertThat(leads.anonimiseer(vandaag.plusMonths(24).plusDays(1), "test")).isPositive();
        JsonNode l = api.als(pt).get(pad(gm) + "/leads/" + dicht).json();
        assertThat(l.path("geanonimiseerd").asBoolean()).isTrue();
        assertThat(l.path("inbrengerNaam").isNull()).isTrue();
        assertThat(l.path("inbrengerContact").isNull()).isTrue();
        assertThat(l.path("inbrenger").asString()).isEqualTo("WIJKVERENIGING");
        assertThat(api.als(pt).get(pad(gm) + "/leads/" + open).json().path("inbrengerNaam").asString())
                .isEqualTo("Jan Jansen");
        // the log of reads is append-only
        assertThatThrownBy(() -> jdbc.sql("delete from dbp_verwerking where lead_id = ?")
                .param(open).update()).hasMessageContaining("append-only");
    }

    @Test
    void de_trechter_telt_uit_de_leads_per_stand_en_reden_op_een_peildatum_en_per_tranche() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        LocalDate vandaag = t.tussentijds();
        klok.zet(vandaag);
        String pt = programma(gm);
        long tranche = api.als(pt).post(pad(gm) + "/tranches", "{\"naam\": \"Tweede tranche\", \"besluitdatum\": \""
                + vandaag + "\", \"kenmerk\": \"RIS-1\"}").json(201).path("id").asLong();
        api.als(pt).post(pad(gm) + "/tranches", "{\"naam\": \"tweede TRANCHE\"}").probleem(400);
        // nine leads analysed and put to the wethouder; three dropped there
        for (int i = 0; i < 9; i++) {
            long id = lead(pt, gm, "Locatie " + i, vandaag.minusDays(30));
            stap(pt, gm, id, "{\"stap\": \"BESCHIKBAARHEID_VRAGEN\", \"datum\": \"" + vandaag.minusDays(25) + "\", "
                    + "\"tranche\": " + tranche + "}");
            stap(pt, gm, id, "{\"stap\": \"BESCHIKBAAR\", \"datum\": \"" + vandaag.minusDays(20) + "\"}");
            if (i < 3) {
                stap(pt, gm, id, "{\"stap\": \"AFVALLEN\", \"datum\": \"" + vandaag.minusDays(10) + "\", \"reden\": "
                        + "\"BESLUIT_WETHOUDERS\", \"toelichting\": \"Geen haalbaarheidsonderzoek\"}");
            }
        }
        long buiten = lead(pt, gm, "Buiten de tranche", vandaag.minusDays(30));
        stap(pt, gm, buiten, "{\"stap\": \"AFVALLEN\", \"datum\": \"" + vandaag.minusDays(29) + "\", \"reden\": "
                + "\"NIET_BESCHIKBAAR\", \"toelichting\": \"Verhuurd\"}");

        JsonNode tr = api.als(pt).get(pad(gm) + "/leadtrechter?tranche=" + tranche).json();
        assertThat(tr.path("leads").asInt()).isEqualTo(9);
        JsonNode analyse = trede(tr, "ANALYSE");
        assertThat(analyse.path("bereikt").asInt()).isEqualTo(9);
        assertThat(analyse.path("afgevallen").asInt()).isEqualTo(3);
        assertThat(analyse.path("over").asInt()).isEqualTo(6);
        assertThat(tr.path("afgevallen").get(0).path("reden").asString()).isEqualTo("BESLUIT_WETHOUDERS");

        // a lead is in a tranche from the step that put it there: the day before, the tranche had none
        JsonNode voorDeTranche = api.als(pt).get(pad(gm) + "/leadtrechter?tranche=" + tranche + "&peildatum="
                + vandaag.minusDays(26)).json();
        assertThat(voorDeTranche.path("leads").asInt()).isZero();
        assertThat(api.als(pt).get(pad(gm) + "/leadtrechter?tranche=" + tranche + "&peildatum="
                + vandaag.minusDays(25)).json().path("leads").asInt()).isEqualTo(9);

        JsonNode alles = api.als(pt).get(pad(gm) + "/leadtrechter").json();
        assertThat(alles.path("leads").asInt()).isEqualTo(10);
        assertThat(trede(alles, "INGEDIEND").path("afgevallen").asInt()).isEqualTo(1);
        // before the drops: nobody dropped at the analysis yet
        JsonNode eerder = api.als(pt).get(pad(gm) + "/leadtrechter?peildatum=" + vandaag.minusDays(15)).json();
        assertThat(trede(eerder, "ANALYSE").path("nu").asInt()).isEqualTo(9);
        assertThat(trede(eerder, "ANALYSE").path("afgevallen").asInt()).isZero();
        assertThat(namen(api.als(pt).get(pad(gm) + "/leadtrechter?peildatum=gisteren&tranche=999999999")
                .probleem(400))).containsExactlyInAnyOrder("peildatum", "tranche");
        Api.Antwoord xlsx = api.als(pt).get(pad(gm) + "/leads.xlsx").status(200);
        assertThat(xlsx.contentType()).startsWith(Api.XLSX);
    }

    static JsonNode trede(JsonNode trechter, String stand) {
        for (JsonNode t : trechter.path("treden")) {
            if (t.path("stand").asString().equals(stand)) {
                return t;
            }
        }
        throw new AssertionError(stand);
    }

    @Test
    void de_lijst_van_redenen_houdt_het_programmateam_bij() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        String pt = programma(gm);
        JsonNode redenen = api.als(pt).get(pad(gm) + "/afvalredenen").json();
        assertThat(redenen.toString()).contains("NIET_BESCHIKBAAR", "RUIMTELIJK_NIET_MOGELIJK",
                "FINANCIEEL_NIET_HAALBAAR", "LEEFBAARHEID_VEILIGHEID");
        api.als(pt).post(pad(gm) + "/afvalredenen", "{\"code\": \"GEEN_DRAAGVLAK\", \"omschrijving\": \"Geen "
                + "draagvlak in de buurt\"}").status(200);
        api.als(pt).post(pad(gm) + "/afvalredenen", "{\"code\": \"ANDERS\", \"actief\": false}").status(200);
        assertThat(namen(api.als(pt).post(pad(gm) + "/afvalredenen", "{\"code\": \"kleine letters\"}")
                .probleem(400))).containsExactlyInAnyOrder("code", "omschrijving");
        klok.zet(t.tussentijds());
        long id = lead(pt, gm, "Pand", t.tussentijds());
        int versie = api.als(pt).get(pad(gm) + "/leads/" + id).json().path("versie").asInt();
        JsonNode p = api.als(pt).post(pad(gm) + "/leads/" + id + "/stappen", "{\"versie\": " + versie
                + ", \"stap\": \"AFVALLEN\", \"datum\": \"" + t.tussentijds() + "\", \"reden\": \"ANDERS\"}")
                .probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("reden", "toelichting");
        stap(pt, gm, id, "{\"stap\": \"AFVALLEN\", \"datum\": \"" + t.tussentijds() + "\", \"reden\": "
                + "\"GEEN_DRAAGVLAK\", \"toelichting\": \"Bewonersavond\"}");
    }

    @Test
    void het_programmateam_voegt_alleen_een_aangewezen_project_van_de_eigen_gemeente_aan_het_aanbod_toe() {
        RondeFixture.Toezicht t = rondes.nieuw();
        String gm = t.gemeente();
        Gebruiker team = new Gebruiker(1, "programmateam", null,
                List.of(Toewijzing.gemeente(Rol.PROGRAMMATEAM, gm)), true, null);
        Bronverzoek corporatie = new Bronverzoek("CORPORATIE", "Corporaties", null, "2024", "100", null, null,
                "1000", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, "afspraak");
        assertThatThrownBy(() -> aanbod.toevoegenAangewezenProject(team, gm, corporatie, "test"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("soort"));
        Bronverzoek project = new Bronverzoek("PROJECT", "Locatie", null, null, null, null, null, null, null,
                "PERMANENT", "ZELFSTANDIG", "20", "10", null, null, "2025-01-01", null, null, "BESLOTEN", null, null,
                null, null, null, "aangewezen");
        Gebruiker anderTeam = new Gebruiker(2, "ander-team", null,
                List.of(Toewijzing.gemeente(Rol.PROGRAMMATEAM, ander(gm))), true, null);
        assertThatThrownBy(() -> aanbod.toevoegenAangewezenProject(anderTeam, gm, project, "test"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        Gebruiker bestuur = new Gebruiker(3, "bestuur", null,
                List.of(Toewijzing.gemeente(Rol.BESTUUR, gm)), true, null);
        assertThatThrownBy(() -> aanbod.toevoegenAangewezenProject(bestuur, gm, project, "test"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(aanbod.toevoegenAangewezenProject(team, gm, project, "test").versies().get(0).door())
                .isEqualTo("programmateam");
    }
}
