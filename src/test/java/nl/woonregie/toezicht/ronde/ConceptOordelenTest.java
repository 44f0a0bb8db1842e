package nl.woonregie.toezicht.ronde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.TestKlok;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * A municipality sees only vastgestelde judgments — on its page, in its history (the judgments and the table of
 * periods), in the round API and in the history's XLSX — unless the province shares its draft with it, a recorded
 * choice per round and municipality. Each test gives a municipality a final tussentijdse toets and a draft
 * eindoordeel with a judgment of the supervisor in it (an excusable reason, recorded twice: the first is replaced),
 * and reads the four paths as that municipality.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class ConceptOordelenTest {

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

    @BeforeEach
    void fixtures() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    /** A period with a final mid check and a draft eindoordeel of one municipality, whose account reads it. */
    final class Geval {
        final RondeFixture.Toezicht t = new RondeFixture(mvc, jdbc, gebied).nieuw();
        final String gemeente = t.gemeente();
        final String buur = t.gemeente();
        final String account = accounts.gemeente(gemeente);
        final String buurAccount = accounts.gemeente(buur);
        final long midden;
        final long eind;
        /** The draft's excusable reason (in force) and the one it replaced: the province's words. */
        final String reden;
        final String vervangen;

        Geval() {
            // the history computes periods up to today: make it a fortnight after the period
            klok.zet(t.eindoordeel().plusDays(14));
            midden = t.vastgesteld(t.tussentijds());
            eind = t.ronde(t.eindoordeel());
            vervangen = "Eerste gedachte van de provincie over " + gemeente + " " + eind + ".";
            reden = "COA leverde onvolledige dossiers aan " + gemeente + " " + eind + ".";
            beslis(vervangen);
            beslis(reden);
        }

        private void beslis(String tekst) {
            api.als(t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + eind + "/gemeenten/" + gemeente
                    + "/beslissingen", Api.JSON.writeValueAsString(Map.of("soort", "VERSCHOONBARE_REDEN",
                            "waarde", tekst, "motivering", "Motivering: " + tekst, "versie", t.versie(eind))))
                    .status(200);
        }

        Api.Antwoord ronde(String wie, long id) {
            return api.als(wie).get("/api/v1/beoordelingsrondes/" + id);
        }

        JsonNode historie(String wie) {
            return api.als(wie).get("/api/v1/gemeenten/" + gemeente + "/toezicht").json();
        }

        String pagina(String wie) {
            return HtmlUtils.htmlUnescape(api.als(wie).get("/gemeenten/" + gemeente).status(200).tekst());
        }

        /** The history's XLSX: per sheet its rows (the header first), each row's cells as text joined by "|". */
        Map<String, List<String>> xlsx(String wie) {
            byte[] inhoud = api.als(wie).get("/api/v1/gemeenten/" + gemeente + "/toezicht.xlsx").status(200).bytes();
            Map<String, List<String>> bladen = new java.util.LinkedHashMap<>();
            DataFormatter f = new DataFormatter();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(inhoud))) {
                wb.forEach(blad -> {
                    List<String> rijen = new ArrayList<>();
                    for (Row r : blad) {
                        List<String> cellen = new ArrayList<>();
                        for (Cell c : r) {
                            cellen.add(f.formatCellValue(c));
                        }
                        rijen.add(String.join("|", cellen));
                    }
                    bladen.put(blad.getSheetName(), rijen);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bladen;
        }

        /**
         * The peildata of the history's judgments in this test's period (the municipality is also in the rounds of
         * earlier periods, without figures).
         */
        List<String> oordelen(JsonNode historie) {
            return Api.velden(historie.get("oordelen"), "peildatum").stream()
                    .filter(d -> d.compareTo(t.tussentijds().toString()) >= 0).toList();
        }

        /** The judgment of this peildatum in the history. */
        JsonNode oordeel(JsonNode historie, java.time.LocalDate peildatum) {
            for (JsonNode o : historie.get("oordelen")) {
                if (o.get("peildatum").asString().equals(peildatum.toString())) {
                    return o;
                }
            }
            throw new AssertionError("geen oordeel per " + peildatum);
        }

        /** The rows of a sheet about this test's period. */
        List<String> rijen(Map<String, List<String>> xlsx, String blad) {
            String code = t.periode().code();
            return xlsx.get(blad).stream().filter(r -> r.startsWith(code + "|") || r.contains("|" + code + "|"))
                    .toList();
        }

        /** Asserts the municipality sees the final mid check only: no trace of the draft anywhere. */
        void zietAlleenDeTussentijdseToets() {
            ronde(account, eind).probleem(404);
            assertThat(ronde(account, midden).json().get("gemeenten").size()).isEqualTo(1);

            JsonNode h = historie(account);
            assertThat(oordelen(h)).containsExactly(t.tussentijds().toString());
            assertThat(h.get("berekendTotEnMet").asString()).isEqualTo(t.tussentijds().toString());
            JsonNode periode = h.get("perioden").get(h.get("perioden").size() - 1);
            assertThat(periode.get("periode").asString()).isEqualTo(t.periode().code());
            assertThat(periode.get("gehuisvest").isNull()).as("het eindcijfer van het concept").isTrue();
            assertThat(periode.get("saldoUit").isNull()).isTrue();
            assertThat(periode.get("tredeNaEindoordeel").isNull()).isTrue();
            assertThat(h.toString()).doesNotContain(reden).doesNotContain(vervangen);

            Map<String, List<String>> xlsx = xlsx(account);
            assertThat(rijen(xlsx, "Oordelen")).as("de tussentijdse toets").hasSize(1);
            assertThat(rijen(xlsx, "Perioden")).as("de periode").hasSize(1);
            assertThat(xlsx.toString()).doesNotContain(reden).doesNotContain(vervangen);

            String pagina = pagina(account);
            assertThat(pagina).doesNotContain(reden).doesNotContain(vervangen)
                    .doesNotContain(">" + NlFormaat.datum(t.eindoordeel()) + "<")
                    .contains("Een oordeel staat hier zodra de provincie de ronde heeft vastgesteld");
        }

        /** Asserts the municipality sees the eindoordeel on every path, with only the decision in force. */
        void zietHetEindoordeel(String status) {
            JsonNode r = ronde(account, eind).json();
            assertThat(Api.velden(r.get("gemeenten"), "gemeente")).containsExactly(gemeente);
            JsonNode eigen = r.get("gemeenten").get(0);
            assertThat(eigen.get("uitkomst").get("verschoonbareReden").asString()).isEqualTo(reden);
            assertThat(Api.velden(eigen.get("beslissingen"), "waarde")).containsExactly(reden);

            JsonNode h = historie(account);
            assertThat(oordelen(h)).containsExactly(t.tussentijds().toString(), t.eindoordeel().toString());
            JsonNode oordeel = oordeel(h, t.eindoordeel());
            assertThat(oordeel.get("status").asString()).isEqualTo(status);
            assertThat(Api.velden(oordeel.get("beslissingen"), "waarde")).containsExactly(reden);
            assertThat(h.get("berekendTotEnMet").asString()).isEqualTo(t.eindoordeel().toString());
            assertThat(h.toString()).doesNotContain(vervangen);

            Map<String, List<String>> xlsx = xlsx(account);
            assertThat(rijen(xlsx, "Oordelen")).hasSize(2);
            assertThat(rijen(xlsx, "Oordelen").get(1)).contains(reden);
            assertThat(xlsx.get("Beslissingen")).hasSize(2);                     // the header and the one in force
            assertThat(xlsx.get("Beslissingen").get(1)).contains(reden);
            assertThat(xlsx.toString()).doesNotContain(vervangen);

            assertThat(pagina(account)).contains(reden).doesNotContain(vervangen)
                    .contains(">" + NlFormaat.datum(t.eindoordeel()) + "<");
        }
    }

    @Test
    void een_gemeente_ziet_het_concept_niet_en_na_vaststellen_wel_op_pagina_historie_ronde_en_xlsx() {
        Geval g = new Geval();
        // the supervisor sees the draft with both its judgments, the periods up to the draft's peildatum
        JsonNode h = g.historie(g.t.toezichthouder());
        assertThat(g.oordelen(h)).containsExactly(g.t.tussentijds().toString(), g.t.eindoordeel().toString());
        assertThat(h.get("berekendTotEnMet").asString()).isEqualTo(g.t.eindoordeel().toString());
        assertThat(h.toString()).contains(g.reden).contains(g.vervangen);

        g.zietAlleenDeTussentijdseToets();

        g.t.vaststellen(g.eind);
        g.zietHetEindoordeel("VASTGESTELD");
        assertThat(g.ronde(g.account, g.eind).json().get("gemeenten").get(0).has("gedeeld")).isFalse();
        // the neighbour sees its own entry, never this municipality's
        assertThat(Api.velden(g.ronde(g.buurAccount, g.eind).json().get("gemeenten"), "gemeente"))
                .containsExactly(g.buur);
        api.als(g.buurAccount).get("/api/v1/gemeenten/" + g.gemeente + "/toezicht").probleem(403);
    }

    @Test
    void de_provincie_deelt_het_concept_met_een_reden_vastgelegd_en_alleen_met_die_gemeente() {
        Geval g = new Geval();
        String pad = "/api/v1/beoordelingsrondes/" + g.eind + "/gemeenten/" + g.gemeente + "/delen";
        String waarom = "Voor het toezichtgesprek van volgende week.";
        g.zietAlleenDeTussentijdseToets();

        // only the province's supervisor, with a reason
        api.als(g.account).post(pad, "{\"reden\":\"ik wil het zien\"}").probleem(403);
        api.als(accounts.toezichthouder("PV27")).post(pad, "{\"reden\":\"x\"}").probleem(403);
        assertThat(api.als(g.t.toezichthouder()).post(pad, "{}").ongeldigeVelden()).containsExactly("reden");
        api.als(g.t.toezichthouder()).post("/api/v1/beoordelingsrondes/" + g.eind + "/gemeenten/GM0363/delen",
                "{\"reden\":\"" + waarom + "\"}").probleem(404);
        g.zietAlleenDeTussentijdseToets();

        JsonNode ronde = api.als(g.t.toezichthouder()).post(pad, "{\"reden\":\"" + waarom + "\"}").json();
        JsonNode gedeeld = gemeente(ronde, g.gemeente).get("gedeeld");
        assertThat(gedeeld.get("reden").asString()).isEqualTo(waarom);
        assertThat(gedeeld.get("door").asString()).isEqualTo(g.t.toezichthouder());
        assertThat(gemeente(ronde, g.buur).has("gedeeld")).isFalse();
        assertThat(api.als(g.t.toezichthouder()).post(pad, "{\"reden\":\"nog eens\"}").probleem(409)
                .get("title").asString()).isEqualTo("Al gedeeld");
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actie = 'RONDE_CONCEPT_GEDEELD' and object_id = ?
                  and actor = ? and nieuwe_waarde ->> 'reden' = ?""")
                .params(g.eind + "/" + g.gemeente, g.t.toezichthouder(), waarom).query(Long.class).single())
                .isEqualTo(1);

        g.zietHetEindoordeel("CONCEPT");
        JsonNode oordeel = g.oordeel(g.historie(g.account), g.t.eindoordeel());
        assertThat(oordeel.get("gedeeld").get("reden").asString()).isEqualTo(waarom);
        assertThat(g.pagina(g.account)).contains("door de provincie met de gemeente gedeeld: " + waarom);
        assertThat(g.rijen(g.xlsx(g.account), "Oordelen").get(1)).contains("met de gemeente gedeeld op")
                .contains(waarom);
        // shared with this municipality only
        g.ronde(g.buurAccount, g.eind).probleem(404);

        // a draft that changes after sharing: the municipality sees it as it now is
        g.beslis("Tweede reden " + g.eind + ".");
        assertThat(gemeente(g.ronde(g.account, g.eind).json(), g.gemeente).get("uitkomst").get("verschoonbareReden")
                .asString()).isEqualTo("Tweede reden " + g.eind + ".");

        g.t.vaststellen(g.eind);
        api.als(g.t.toezichthouder()).post(pad, "{\"reden\":\"" + waarom + "\"}").probleem(409);
        assertThat(g.oordeel(g.historie(g.account), g.t.eindoordeel()).get("status").asString())
                .isEqualTo("VASTGESTELD");
    }

    @Test
    void na_heropenen_is_het_delen_voorbij_en_ziet_de_gemeente_het_nieuwe_concept_niet() {
        Geval g = new Geval();
        String pad = "/api/v1/beoordelingsrondes/" + g.eind + "/gemeenten/" + g.gemeente + "/delen";
        api.als(g.t.toezichthouder()).post(pad, "{\"reden\":\"Voor het gesprek.\"}").status(200);
        g.ronde(g.account, g.eind).status(200);
        g.t.vaststellen(g.eind);
        api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + g.eind + "/heropenen",
                Api.JSON.writeValueAsString(Map.of("reden", "Correctie van COA", "versie", g.t.versie(g.eind))))
                .status(200);
        g.zietAlleenDeTussentijdseToets();
        // and it can be shared again
        api.als(g.t.toezichthouder()).post(pad, "{\"reden\":\"Opnieuw voor het gesprek.\"}").status(200);
        g.ronde(g.account, g.eind).status(200);
    }

    @Test
    void de_knop_op_de_rondepagina_deelt_het_concept_en_een_lege_reden_staat_bij_het_veld() throws Exception {
        Geval g = new Geval();
        String pagina = "/rondes/" + g.eind + "/gemeenten/" + g.gemeente;
        assertThat(api.als(g.t.toezichthouder()).get(pagina).status(200).tekst())
                .contains("Concept delen met " + HtmlUtils.htmlEscape(gebied.naam(g.gemeente)));

        Api.Antwoord leeg = api.als(g.t.toezichthouder()).doe(MockMvcRequestBuilders.post(pagina + "/delen")
                .param("reden", " ").with(csrf()));
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.tekst()).contains("id=\"delen-reden-fout\"").contains("aria-invalid=\"true\"");
        g.ronde(g.account, g.eind).probleem(404);

        Api.Antwoord gedeeld = api.als(g.t.toezichthouder()).doe(MockMvcRequestBuilders.post(pagina + "/delen")
                .param("reden", "Voor het toezichtgesprek.").with(csrf()));
        assertThat(gedeeld.status()).isEqualTo(302);
        assertThat(gedeeld.header("Location")).endsWith(pagina);
        assertThat(HtmlUtils.htmlUnescape(api.als(g.t.toezichthouder()).get(pagina).status(200).tekst()))
                .contains("met de gemeente gedeeld (versie ").contains("Voor het toezichtgesprek.")
                .doesNotContain("Concept delen met");
        assertThat(api.als(g.t.toezichthouder()).get("/rondes/" + g.eind).status(200).tekst())
                .contains("concept gedeeld met de gemeente");
        g.ronde(g.account, g.eind).status(200);

        // a second share from an old page: back to the page with the message
        Api.Antwoord nogEens = api.als(g.t.toezichthouder()).doe(MockMvcRequestBuilders.post(pagina + "/delen")
                .param("reden", "Nog eens.").with(csrf()));
        assertThat(nogEens.status()).isEqualTo(302);
        // a municipality cannot press it
        assertThat(api.als(g.account).doe(MockMvcRequestBuilders.post(pagina + "/delen")
                .param("reden", "Zelf delen.").with(csrf())).status()).isEqualTo(403);
    }

    private static JsonNode gemeente(JsonNode ronde, String code) {
        for (JsonNode g : ronde.get("gemeenten")) {
            if (g.get("gemeente").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError(code + " niet in de ronde");
    }
}
