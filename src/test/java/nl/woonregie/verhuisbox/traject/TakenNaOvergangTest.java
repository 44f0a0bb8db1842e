package nl.woonregie.verhuisbox.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Worklists that stay true, as a table: a new referral of the test's team takes the steps of a row (through the API,
 * as the screens do) and afterwards exactly the tasks of the last column are open — every transition completes the tasks whose work
 * it did or made moot, and brings the tasks of the new state once; so do the steps that do a task's work (the first
 * registration, granting both first rent and furnishing, assigning a self-finder's casemanager, recording the CJG
 * family talk). {@code NAZORG*4}: four open tasks of that kind. {@code melden}: a referral of a household with a
 * child (the CJG rule applies); {@code kinderloos}: one without children; {@code zelfvinder}: a referral on the route
 * alleen geld (ADR 0043).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TakenNaOvergangTest {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;
    long site;

    @BeforeAll
    void team() {
        t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        t.geldjaar(LocalDate.now().getYear(), "220000.00");
        site = jdbc.sql("select id from vhb_website where naam = 'Wooniezie'").query(Long.class).single();
    }

    /**
     * The ICP-toets of this year's criteria: every criterion met, except IB60 (one "basis op orde" task) and the
     * exceptions; when {@code weigeren}, the first hard criterion is not met either.
     */
    String toets(Testteam t, boolean weigeren) {
        JsonNode criteria = t.api.als(t.icp).get(A + "/criteria/" + LocalDate.now().getYear()).json().path("criteria");
        List<String> regels = new ArrayList<>();
        boolean eerste = true;
        for (JsonNode k : criteria) {
            String code = k.path("code").asString();
            String soort = k.path("soort").asString();
            boolean niet = code.equals("IB60") || soort.equals("UITZONDERING") || (weigeren && eerste
                    && soort.equals("UITSLUITEND"));
            eerste &= !soort.equals("UITSLUITEND");
            regels.add("{\"code\":\"" + code + "\",\"uitkomst\":\"" + (niet ? "NIET_VOLDAAN" : "VOLDAAN") + "\"}");
        }
        return "{\"criteria\":[" + String.join(",", regels) + "]}";
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            melden                                                          | MELDING_BEOORDELEN
            melden behandelen                                               | MELDING_BEOORDELEN
            melden behandelen weigeren                                      |
            melden behandelen wachtlijst                                    | BASIS_OP_ORDE
            melden stoppen                                                  |
            melden behandelen stoppen                                       |
            melden behandelen wachtlijst stoppen                            |
            melden behandelen wachtlijst toelaten                           | BASIS_OP_ORDE GEZINSGESPREK INTAKE
            melden behandelen wachtlijst toelaten gezinsgesprek             | BASIS_OP_ORDE INTAKE
            melden behandelen wachtlijst toelaten stoppen                   |
            melden behandelen wachtlijst toelaten gezinsgesprek stoppen     |
            kinderloos behandelen wachtlijst toelaten                       | BASIS_OP_ORDE INTAKE
            kinderloos behandelen wachtlijst toelaten zoeken                | BASIS_OP_ORDE INSCHRIJVEN
            melden behandelen wachtlijst toelaten zoeken                    | BASIS_OP_ORDE INSCHRIJVEN
            melden behandelen wachtlijst toelaten zoeken inschrijven        | BASIS_OP_ORDE VERLENGEN
            melden behandelen wachtlijst toelaten zoeken inschrijven loting | BASIS_OP_ORDE REACTIE_DEADLINE VERLENGEN
            melden behandelen wachtlijst toelaten zoeken inschrijven aanbod | AANBOD_DOCUMENTEN BASIS_OP_ORDE VERLENGEN
            melden behandelen wachtlijst toelaten zoeken inschrijven aanbod clientweigert | BASIS_OP_ORDE VERLENGEN
            melden behandelen wachtlijst toelaten zoeken inschrijven aanbod corporatieweigert | BASIS_OP_ORDE VERLENGEN
            melden behandelen wachtlijst toelaten zoeken aanbod clientweigert aanbod | AANBOD_DOCUMENTEN BASIS_OP_ORDE INSCHRIJVEN
            melden behandelen wachtlijst toelaten zoeken inschrijven loting aanbod aanvaarden | BASIS_OP_ORDE BIJZONDERE_BIJSTAND OVERDRACHT
            melden behandelen wachtlijst toelaten zoeken aanbod aanvaarden eerstehuur | BASIS_OP_ORDE BETALING_VERSTREKKING BIJZONDERE_BIJSTAND OVERDRACHT
            melden behandelen wachtlijst toelaten zoeken aanbod aanvaarden eerstehuur inrichting | BASIS_OP_ORDE BETALING_VERSTREKKING*2 OVERDRACHT
            melden behandelen wachtlijst toelaten zoeken aanbod aanvaarden verhuisd | NAZORG*4
            melden behandelen wachtlijst toelaten zoeken aanbod aanvaarden gehuisvest |
            melden behandelen wachtlijst toelaten zoeken aanbod aanvaarden stoppen |
            melden behandelen wachtlijst toelaten zoeken aanbod stoppen     |
            melden behandelen wachtlijst toelaten zoeken stoppen            |
            melden behandelen wachtlijst toelaten voorstellen               | BASIS_OP_ORDE GEZINSGESPREK GOEDKEURING_VERSTREKKING INTAKE
            melden behandelen wachtlijst toelaten voorstellen stoppen       | GOEDKEURING_VERSTREKKING
            melden behandelen wachtlijst toelaten voorstellen goedkeuren zoeken | BASIS_OP_ORDE BETALING_VERSTREKKING INSCHRIJVEN
            melden behandelen wachtlijst toelaten voorstellen goedkeuren stoppen | BETALING_VERSTREKKING
            zelfvinder behandelen                                           | MELDING_BEOORDELEN
            zelfvinder behandelen weigeren                                  |
            zelfvinder behandelen alleengeld                                | BASIS_OP_ORDE TOEWIJZEN WONING_VASTLEGGEN
            zelfvinder behandelen alleengeld stoppen                        |
            zelfvinder behandelen alleengeld toewijzen                      | BASIS_OP_ORDE WONING_VASTLEGGEN
            zelfvinder behandelen alleengeld toewijzen stoppen              |
            zelfvinder behandelen alleengeld toewijzen aanbod               | AANBOD_DOCUMENTEN BASIS_OP_ORDE
            zelfvinder behandelen alleengeld toewijzen aanbod clientweigert | BASIS_OP_ORDE WONING_VASTLEGGEN
            zelfvinder behandelen alleengeld toewijzen aanbod corporatieweigert | BASIS_OP_ORDE WONING_VASTLEGGEN
            zelfvinder behandelen alleengeld toewijzen aanbod clientweigert aanbod | AANBOD_DOCUMENTEN BASIS_OP_ORDE
            zelfvinder behandelen alleengeld toewijzen aanbod stoppen       |
            zelfvinder behandelen alleengeld toewijzen aanbod aanvaarden    | BASIS_OP_ORDE BIJZONDERE_BIJSTAND OVERDRACHT
            zelfvinder behandelen alleengeld toewijzen aanbod aanvaarden eerstehuur inrichting | BASIS_OP_ORDE BETALING_VERSTREKKING*2 OVERDRACHT
            zelfvinder behandelen alleengeld toewijzen aanbod aanvaarden verhuisd | NAZORG*4
            """)
    void na_elke_overgang_staan_alleen_de_taken_open_waarvan_het_werk_nog_te_doen_is(String stappen, String open) {
        long id = stappen.startsWith("zelfvinder") ? t.meldAlleenGeld("Taken " + stappen.hashCode())
                : stappen.startsWith("kinderloos") ? t.api.als(t.aanmelder).post(A + "/meldingen",
                        Testteam.melding("Taken " + stappen.hashCode(), 0)).json(201).path("id").asLong()
                : t.meld("Taken " + stappen.hashCode());
        Long aanbod = null;
        Long inschrijving = null;
        Long verstrekking = null;
        for (String stap : stappen.strip().split(" +")) {
            switch (stap) {
                case "melden", "zelfvinder", "kinderloos" -> {
                    // the referral itself (one child; zelfvinder: route alleen geld; kinderloos: no children)
                }
                // the CJG rule: the family talk of the gezinscoach (a household with a child, in Intake)
                case "gezinsgesprek" -> t.gezinsgesprek(id);
                // route alleen geld: the passed toets leads to Alleen geld (no assignment yet)
                case "alleengeld" -> t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", toets(t, false))
                        .status(200);
                case "toewijzen" -> t.api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing",
                        "{\"casemanager\":\"" + t.casemanager + "\",\"administratief\":\"" + t.administratief
                                + "\"}").status(200);
                case "behandelen" -> t.overgang(t.icp, id, "ICP_TOETS", "", 200);
                case "weigeren" -> t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", toets(t, true))
                        .status(200);
                case "wachtlijst" -> {
                    // every hard criterion met, IB60 missing: one "basis op orde" task for the consulent
                    t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", toets(t, false)).status(200);
                    t.api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                            + t.casemanager + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
                }
                case "toelaten" -> t.overgang(t.coordinator, id, "INTAKE", "", 200);
                case "zoeken" -> {
                    t.api.als(t.casemanager).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\","
                            + "\"zoekregios\":[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}").status(200);
                    t.vinkAlles(t.casemanager, id, "INTAKE");
                    if (jdbc.sql("select kinderen > 0 and gezinsgesprek_op is null from vhb_casus where id = ?")
                            .param(id).query(Boolean.class).single()) {
                        t.gezinsgesprek(id);
                    }
                    t.overgang(t.casemanager, id, "ZOEKEN", "", 200);
                }
                case "inschrijven" -> inschrijving = t.api.als(t.administratief).post(A + "/casussen/" + id
                        + "/inschrijvingen", "{\"website\":" + site + ",\"datum\":\"" + LocalDate.now()
                        + "\",\"verlengdatum\":\"" + LocalDate.now().plusYears(1) + "\"}").json(201)
                        .path("inschrijvingen").get(0).path("id").asLong();
                case "loting" -> t.api.als(t.administratief).post(A + "/casussen/" + id + "/reacties",
                        "{\"inschrijving\":" + inschrijving + ",\"datum\":\"" + LocalDate.now()
                                + "\",\"woning\":\"Akerstraat 1, Heerlen\",\"soort\":\"LOTING\"}").status(201);
                case "aanbod" -> aanbod = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/aanbiedingen",
                        "{\"gemeente\":\"Heerlen\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\","
                                + "\"huur\":612.50,\"deadline\":\"" + LocalDate.now().plusDays(3) + "\"}").json(201)
                        .path("aanbiedingen").get(0).path("id").asLong();
                case "clientweigert" -> t.api.als(t.casemanager).post(A + "/aanbiedingen/" + aanbod + "/besluit",
                        "{\"besluit\":\"GEWEIGERD_CLIENT\"}").status(200);
                case "corporatieweigert" -> t.api.als(t.casemanager).post(A + "/aanbiedingen/" + aanbod
                        + "/besluit", "{\"besluit\":\"GEWEIGERD_CORPORATIE\",\"grond\":\"inkomen\","
                        + "\"toelichting\":\"te laag\"}").status(200);
                case "aanvaarden" -> {
                    t.vinkAlles(t.casemanager, id, "AANBOD");
                    t.api.als(t.casemanager).post(A + "/aanbiedingen/" + aanbod + "/besluit",
                            "{\"besluit\":\"AANVAARD\"}").status(200);
                }
                case "verhuisd" -> {
                    t.vinkAlles(t.casemanager, id, "VERHUIZING");
                    t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\","
                            + "\"bestemmingCode\":\"GM0917\"", 200);
                }
                case "gehuisvest" -> {
                    t.vinkAlles(t.casemanager, id, "VERHUIZING");
                    t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"GEHUISVEST_DEN_HAAG\"", 200);
                }
                case "stoppen" -> t.overgang(t.coordinator, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\","
                        + "\"stopreden\":\"NIET_GEMOTIVEERD\"", 200);
                case "voorstellen" -> verstrekking = t.api.als(t.casemanager).post(A + "/casussen/" + id
                        + "/verstrekkingen", "{\"soort\":\"REISKOSTEN\",\"bedrag\":20.00,\"gemeente\":\"Heerlen\","
                        + "\"toelichting\":\"bezichtiging\"}").json(201).path("id").asLong();
                case "goedkeuren" -> t.api.als(t.consulent).post(A + "/verstrekkingen/" + verstrekking
                        + "/goedkeuring", "{}").status(200);
                // special assistance after the accepted offer, proposed by the casemanager and granted by the consulent
                case "eerstehuur", "inrichting" -> {
                    long v = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/verstrekkingen", "{\"soort\":\""
                            + (stap.equals("eerstehuur") ? "EERSTE_HUUR\",\"bedrag\":612.50" : "INRICHTING\",\"woonoppervlakte\":64,\"bedrag\":900.00")
                            + ",\"toelichting\":\"bijzondere bijstand\"}").json(201).path("id").asLong();
                    t.api.als(t.consulent).post(A + "/verstrekkingen/" + v + "/goedkeuring", "{}").status(200);
                }
                default -> throw new IllegalArgumentException("onbekende stap " + stap);
            }
        }
        assertThat(openTaken(id)).as(stappen).isEqualTo(verwacht(open));
        // a case left on the waiting list would stand before the next row's case: it stops
        if (jdbc.sql("select status from vhb_casus where id = ?").param(id).query(String.class).single()
                .equals("WACHTLIJST")) {
            t.overgang(t.coordinator, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"ANDERS\"", 200);
        }
    }

    List<String> openTaken(long id) {
        return jdbc.sql("select soort from vhb_taak where casus_id = ? and afgerond_op is null order by soort")
                .param(id).query(String.class).list();
    }

    static List<String> verwacht(String open) {
        List<String> soorten = new ArrayList<>();
        for (String s : open == null ? new String[0] : open.strip().split(" +")) {
            String[] delen = s.split("\\*");
            int n = delen.length == 2 ? Integer.parseInt(delen[1]) : 1;
            for (int i = 0; i < n; i++) {
                soorten.add(delen[0]);
            }
        }
        return soorten.stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MELDING    | MELDING_BEOORDELEN GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            ICP_TOETS  | MELDING_BEOORDELEN GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            GEWEIGERD  | GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            WACHTLIJST | BASIS_OP_ORDE GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            INTAKE     | BASIS_OP_ORDE INTAKE INTAKE_UITKOMST GEZINSGESPREK VERLENGEN REACTIE_DEADLINE GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            ZOEKEN     | BASIS_OP_ORDE INSCHRIJVEN VERLENGEN REACTIE_DEADLINE GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            AANBOD     | BASIS_OP_ORDE INSCHRIJVEN VERLENGEN REACTIE_DEADLINE AANBOD_DOCUMENTEN GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            VERHUIZING | BASIS_OP_ORDE OVERDRACHT BIJZONDERE_BIJSTAND GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING
            AFGESLOTEN | GOEDKEURING_VERSTREKKING BETALING_VERSTREKKING ACHTERSTAND_LENING NAZORG
            """)
    void in_elke_status_staan_alleen_deze_soorten_taken_open(String status, String soorten) {
        assertThat(Taaksoort.blijvenOpenIn(Status.valueOf(status)).stream().map(Enum::name)
                .sorted().toList()).isEqualTo(Arrays.stream(soorten.split(" +")).sorted().toList());
    }

    @Test
    void op_de_demo_staat_geen_taak_open_voor_werk_dat_al_gedaan_is() {
        List<String> onwaar = new ArrayList<>();
        jdbc.sql("""
                select t.id, t.soort, c.status from vhb_taak t join vhb_casus c on c.id = t.casus_id
                where t.afgerond_op is null""").query((rs, i) -> {
            if (!Taaksoort.valueOf(rs.getString(2)).openIn(Status.valueOf(rs.getString(3)))) {
                onwaar.add("taak " + rs.getLong(1) + " " + rs.getString(2) + " in " + rs.getString(3));
            }
            return null;
        }).list();
        assertThat(onwaar).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from (select casus_id from vhb_taak where afgerond_op is null and soort = 'INSCHRIJVEN'
                group by casus_id having count(*) > 1) x""").query(Long.class).single()).isZero();
        // nor a task whose work a step of the case did: registering, both special-assistance grants, a lottery
        // reaction of a case that has moved on to an offer
        assertThat(jdbc.sql("""
                select t.id from vhb_taak t join vhb_casus c on c.id = t.casus_id where t.afgerond_op is null and (
                  (t.soort = 'INSCHRIJVEN' and exists (select 1 from vhb_inschrijving i where i.casus_id = c.id))
                  or (t.soort = 'BIJZONDERE_BIJSTAND' and (select count(distinct v.soort) from vhb_verstrekking v
                      where v.casus_id = c.id and v.soort in ('EERSTE_HUUR', 'INRICHTING')
                        and v.status in ('GOEDGEKEURD', 'BETAALD')) = 2)
                  or (t.soort = 'REACTIE_DEADLINE' and t.deadline < current_date and c.status <> 'ZOEKEN'))""")
                .query(Long.class).list()).isEmpty();
        // the generated year's cases still under way (early in a year there are some) have the tasks their history
        // leaves open, as the transitions make them (HistorischeImportTest shows the import making them)
        List<Long> gegenereerd = jdbc.sql("""
                select c.id from vhb_casus c where c.status not in ('GEWEIGERD', 'AFGESLOTEN')
                  and exists (select 1 from vhb_statuswijziging s where s.casus_id = c.id and s.actor = 'generator')
                order by c.id""").query(Long.class).list();
        for (long id : gegenereerd) {
            List<HistorischeImport.Statusstap> stappen = jdbc.sql("select van, naar, reden, actor, tijdstip "
                    + "from vhb_statuswijziging where casus_id = ? order by id").param(id)
                    .query((rs, i) -> new HistorischeImport.Statusstap(rs.getString(1) == null ? null
                            : Status.valueOf(rs.getString(1)), Status.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class))).list();
            boolean kinderen = jdbc.sql("select kinderen > 0 from vhb_casus where id = ?").param(id)
                    .query(Boolean.class).single();
            List<String> verwacht = Taken.openNa(id, stappen, kinderen, java.time.ZoneId.of("Europe/Amsterdam"))
                    .stream()
                    .map(x -> x.soort().name()).sorted().toList();
            List<String> gemaakt = jdbc.sql("select soort from vhb_taak where casus_id = ? and soort not in "
                    + "('GOEDKEURING_VERSTREKKING', 'BETALING_VERSTREKKING') order by soort").param(id)
                    .query(String.class).list();
            assertThat(gemaakt).as("taken van gegenereerde casus " + id).isEqualTo(verwacht);
        }
    }
}
