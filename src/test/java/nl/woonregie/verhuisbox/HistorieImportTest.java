package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/verhuisbox/historie/import} (issue 20 (c)): every column rule as a table of cases (a valid row
 * with one or more cells changed → the errors named {@code regel 2, kolom X}), all or nothing, idempotent per kenmerk
 * in any format, a kenmerk with other values refused naming the columns, the figures by date (never capacity), and
 * the example file with the 2021 structure reproducing the 2021 report (179 → 156 → 90). Each test on a team of its
 * own ({@link Testteam}).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistorieImportTest {

    static final String PAD = Testteam.A + "/historie/import";
    static final String KOP = "kenmerk;organisatie;aanmelddatum;geboortejaar;huishoudtype;uitkomst;einddatum;"
            + "toetsdatum;startdatum;dienstverlening;stopreden;bestemmingCode;kinderen;remigrant;werkperspectief;"
            + "inkomen;opvang";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    Testteam t;

    @BeforeAll
    void team() {
        t = new Testteam(mvc, jdbc);
    }

    /** A valid row (moved, intensive) with the given columns changed. */
    static String rij(Map<String, String> anders) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("kenmerk", "K-1");
        r.put("organisatie", "Leger des Heils");
        r.put("aanmelddatum", "2021-03-01");
        r.put("geboortejaar", "1985");
        r.put("huishoudtype", "EENOUDER");
        r.put("uitkomst", "VERHUISD");
        r.put("einddatum", "2021-06-15");
        r.put("toetsdatum", "2021-03-08");
        r.put("startdatum", "2021-03-22");
        r.put("dienstverlening", "INTENSIEF");
        r.put("stopreden", "");
        r.put("bestemmingCode", "GM0917");
        r.put("kinderen", "2");
        r.put("remigrant", "nee");
        r.put("werkperspectief", "ja");
        r.put("inkomen", "DAKLOZENUITKERING");
        r.put("opvang", "Zilveren Toren");
        r.putAll(anders);
        return String.join(";", r.values());
    }

    static Map<String, String> m(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Arguments geval(String naam, Map<String, String> anders, String... verwacht) {
        return Arguments.of(naam, anders, List.of(verwacht));
    }

    /** Per column rule: the changed cells and every error expected ("name: part of the reason"). */
    static Stream<Arguments> regels() {
        return Stream.of(
                geval("kenmerk verplicht", m("kenmerk", ""), "regel 2, kolom kenmerk: is leeg"),
                geval("organisatie verplicht", m("organisatie", ""), "regel 2, kolom organisatie: is leeg"),
                geval("aanmelddatum verplicht", m("aanmelddatum", ""), "regel 2, kolom aanmelddatum: is leeg"),
                geval("aanmelddatum geen datum", m("aanmelddatum", "1 maart"),
                        "regel 2, kolom aanmelddatum: '1 maart' is geen datum"),
                geval("aanmelddatum vóór 2019", m("aanmelddatum", "2018-12-31"),
                        "regel 2, kolom aanmelddatum: 2018-12-31 ligt niet tussen 2019-01-01 en vandaag"),
                geval("einddatum na vandaag", m("einddatum", "2999-01-01"),
                        "regel 2, kolom einddatum: 2999-01-01 ligt niet tussen 2019-01-01 en vandaag"),
                geval("geboortejaar verplicht", m("geboortejaar", ""), "regel 2, kolom geboortejaar: is leeg"),
                geval("geboortejaar na de aanmelding", m("geboortejaar", "2022"),
                        "regel 2, kolom geboortejaar: is te groot (hoogstens 2021)"),
                geval("huishoudtype onbekend", m("huishoudtype", "KOPPEL"),
                        "regel 2, kolom huishoudtype: 'KOPPEL' is geen geldige waarde; kies uit ALLEENSTAANDE, "
                                + "EENOUDER, STEL, GEZIN, OVERIG"),
                geval("uitkomst verplicht", m("uitkomst", ""), "regel 2, kolom uitkomst: is leeg; kies uit GEWEIGERD"),
                geval("einddatum verplicht", m("einddatum", ""), "regel 2, kolom einddatum: is leeg"),
                geval("toetsdatum nodig bij een startdatum", m("uitkomst", "GESTOPT", "stopreden", "ANDERS",
                        "bestemmingCode", "", "toetsdatum", ""), "regel 2, kolom toetsdatum: is leeg; verplicht bij "
                                + "een startdatum"),
                geval("geweigerd: toetsdatum = einddatum", m("uitkomst", "GEWEIGERD", "bestemmingCode", "",
                        "startdatum", "", "dienstverlening", "", "einddatum", "2021-03-09"),
                        "regel 2, kolom toetsdatum: moet bij uitkomst GEWEIGERD gelijk zijn aan de einddatum"),
                geval("geweigerd: toetsdatum verplicht", m("uitkomst", "GEWEIGERD", "bestemmingCode", "",
                        "startdatum", "", "dienstverlening", "", "toetsdatum", ""),
                        "regel 2, kolom toetsdatum: is leeg; verplicht bij uitkomst GEWEIGERD"),
                geval("geweigerd: niet gestart", m("uitkomst", "GEWEIGERD", "bestemmingCode", "",
                        "einddatum", "2021-03-08", "startdatum", "2021-03-08"),
                        "regel 2, kolom startdatum: hoort niet bij uitkomst GEWEIGERD",
                        "regel 2, kolom dienstverlening: hoort niet bij uitkomst GEWEIGERD"),
                geval("gehuisvest: startdatum verplicht", m("startdatum", ""),
                        "regel 2, kolom startdatum: is leeg; verplicht bij uitkomst VERHUISD"),
                geval("gehuisvest: dienstverlening verplicht", m("uitkomst", "GEHUISVEST_DEN_HAAG",
                        "bestemmingCode", "", "dienstverlening", ""),
                        "regel 2, kolom dienstverlening: is leeg; verplicht bij uitkomst GEHUISVEST_DEN_HAAG"),
                geval("dienstverlening onbekend", m("dienstverlening", "LICHT"),
                        "regel 2, kolom dienstverlening: 'LICHT' is geen geldige waarde; kies uit INTENSIEF, "
                                + "ALLEEN_GELD"),
                geval("stopreden verplicht bij gestopt", m("uitkomst", "GESTOPT", "bestemmingCode", ""),
                        "regel 2, kolom stopreden: is leeg; verplicht bij uitkomst GESTOPT"),
                geval("stopreden alleen bij gestopt", m("stopreden", "ANDERS"),
                        "regel 2, kolom stopreden: hoort alleen bij uitkomst GESTOPT"),
                geval("stopreden uit de vaste lijst", m("uitkomst", "GESTOPT", "bestemmingCode", "",
                        "stopreden", "VERVEELD"), "regel 2, kolom stopreden: 'VERVEELD' is geen geldige waarde"),
                geval("bestemming verplicht bij verhuisd", m("bestemmingCode", ""),
                        "regel 2, kolom bestemmingCode: is leeg; verplicht bij uitkomst VERHUISD"),
                geval("bestemming alleen bij verhuisd", m("uitkomst", "GEHUISVEST_DEN_HAAG"),
                        "regel 2, kolom bestemmingCode: hoort alleen bij uitkomst VERHUISD"),
                geval("bestemming geen code", m("bestemmingCode", "Heerlen"),
                        "regel 2, kolom bestemmingCode: 'HEERLEN' is geen CBS-gemeentecode"),
                geval("bestemming onbekend", m("bestemmingCode", "GM9999"),
                        "regel 2, kolom bestemmingCode: 'GM9999' is geen bekende gemeentecode"),
                geval("bestemming opgeheven vóór de einddatum", m("bestemmingCode", "GM0003"),
                        "regel 2, kolom bestemmingCode: GM0003 (Appingedam) bestond niet op de einddatum 2021-06-15"),
                geval("2019: bestemming pas later ingesteld (CBS-bevolking 2019)", m("aanmelddatum", "2019-02-01",
                        "toetsdatum", "2019-02-08", "startdatum", "2019-02-20", "einddatum", "2019-06-15",
                        "geboortejaar", "1985", "bestemmingCode", "GM1979"),
                        "regel 2, kolom bestemmingCode: 'GM1979' was op 2019-06-15 geen gemeente (CBS-indeling van "
                                + "2019)"),
                geval("datumvolgorde", m("toetsdatum", "2021-02-01", "startdatum", "2021-07-01"),
                        "regel 2, kolom toetsdatum: ligt vóór de aanmelddatum (2021-03-01)",
                        "regel 2, kolom einddatum: ligt vóór de startdatum (2021-07-01)"),
                geval("kinderen 0–20", m("kinderen", "21"), "regel 2, kolom kinderen: is te groot (hoogstens 20)"),
                geval("remigrant ja/nee", m("remigrant", "misschien"),
                        "regel 2, kolom remigrant: 'misschien' is geen ja of nee"),
                geval("werkperspectief ja/nee", m("werkperspectief", "1"),
                        "regel 2, kolom werkperspectief: '1' is geen ja of nee"),
                geval("inkomen uit de lijst", m("inkomen", "BIJSTAND"),
                        "regel 2, kolom inkomen: 'BIJSTAND' is geen geldige waarde; kies uit PARTICIPATIEWET, "
                                + "DAKLOZENUITKERING, INSTELLINGSNORM, KOSTENDELERSNORM, IOAW, AANVULLEND, ANDERS"),
                geval("opvang hoogstens 200 tekens", m("opvang", "x".repeat(201)),
                        "regel 2, kolom opvang: is langer dan 200 tekens"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regels")
    void elke_kolomregel_noemt_regel_en_kolom_en_slaat_niets_op(String naam, Map<String, String> anders,
            List<String> verwacht) {
        int voor = aantalCasussen(t.team);
        JsonNode p = t.api.als(t.coordinator).postCsv(PAD, KOP + "\n" + rij(anders) + "\n").probleem(400);
        List<String> f = fouten(p);
        assertThat(f).hasSameSizeAs(verwacht);
        for (int i = 0; i < verwacht.size(); i++) {
            assertThat(f.get(i)).as(naam).startsWith(verwacht.get(i));
        }
        assertThat(aantalCasussen(t.team)).isEqualTo(voor);
    }

    @Test
    void geldige_regels_uit_2019_en_de_kop_zoals_cijfers_import() {
        // 2019: a gemeente of the CBS population file of 2019 that ended later is a valid destination then
        Testteam eigen = new Testteam(mvc, jdbc);
        String csv = KOP.toUpperCase() + "\n" + rij(m("aanmelddatum", "2019-02-01", "toetsdatum", "2019-02-08",
                "startdatum", "2019-02-20", "einddatum", "2019-06-15", "bestemmingCode", "gm0003")) + "\n";
        JsonNode r = eigen.api.als(eigen.coordinator).postCsv(PAD, csv).json(201);
        assertThat(r.path("nieuw").asInt()).isEqualTo(1);
        // header errors as docs/cijfers-import.md: a missing required column, an unknown one, one twice
        JsonNode p = eigen.api.als(eigen.coordinator).postCsv(PAD, "kenmerk;organisatie;organisatie;naam\nx;y;y;z\n")
                .probleem(400);
        assertThat(fouten(p)).contains("kolom naam: onbekende kolom; verwacht: kenmerk, organisatie, aanmelddatum, "
                + "geboortejaar, huishoudtype, uitkomst, einddatum, toetsdatum, startdatum, dienstverlening, "
                + "stopreden, bestemmingCode, kinderen, remigrant, werkperspectief, inkomen, opvang",
                "kolom organisatie: staat meer dan eens in de kopregel", "kolom aanmelddatum: ontbreekt in de kopregel");
        // a kenmerk twice in one file
        p = eigen.api.als(eigen.coordinator).postCsv(PAD, KOP + "\n" + rij(m("kenmerk", "D")) + "\n"
                + rij(m("kenmerk", "D")) + "\n").probleem(400);
        assertThat(fouten(p)).containsExactly("regel 3: dubbel: zelfde kenmerk als regel 2");
        // other roles: 403 before the file is read; no body at all: 415
        eigen.api.als(eigen.casemanager).postCsv(PAD, csv).probleem(403);
        eigen.api.als(eigen.icp).postCsv(PAD, csv).probleem(403);
        eigen.api.als(eigen.coordinator).post(PAD, "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .probleem(415);
    }

    @Test
    void alles_of_niets_idempotent_in_elk_formaat_en_een_ander_kenmerk_is_een_fout() throws IOException {
        Testteam eigen = new Testteam(mvc, jdbc);
        String csv = KOP + "\n" + rij(m()) + "\n" + rij(m("kenmerk", "K-2", "uitkomst", "GEWEIGERD",
                "bestemmingCode", "", "startdatum", "", "dienstverlening", "", "einddatum", "2021-03-08")) + "\n";
        // one bad row: nothing of the good row is stored either
        eigen.api.als(eigen.coordinator).postCsv(PAD, csv + rij(m("kenmerk", "K-3", "kinderen", "-1")) + "\n")
                .probleem(400);
        assertThat(aantalCasussen(eigen.team)).isZero();

        JsonNode r = eigen.api.als(eigen.coordinator).postCsv(PAD, csv).json(201);
        assertThat(r.path("import").isNumber()).isTrue();
        assertThat(r.path("nieuw").asInt()).isEqualTo(2);
        assertThat(aantalCasussen(eigen.team)).isEqualTo(2);
        // the same rows again, as CSV, as an XLSX upload, in another order: nothing new
        assertThat(eigen.api.als(eigen.coordinator).postCsv(PAD, csv).json(200).path("import").isNull()).isTrue();
        List<String> regels = new java.util.ArrayList<>(csv.lines().skip(1).toList());
        Collections.reverse(regels);
        String omgekeerd = KOP + "\n" + String.join("\n", regels) + "\n";
        assertThat(eigen.api.als(eigen.coordinator).postCsv(PAD, omgekeerd).json(200).path("ongewijzigd").asInt())
                .isEqualTo(2);
        JsonNode x = eigen.api.als(eigen.coordinator).upload(PAD, "historie.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(csv)).json(200);
        assertThat(x.path("soort").asString()).isEqualTo("XLSX");
        assertThat(aantalCasussen(eigen.team)).isEqualTo(2);

        // the same kenmerk with other values: an error naming the kenmerk and the differing columns
        JsonNode p = eigen.api.als(eigen.coordinator).postCsv(PAD, KOP + "\n" + rij(m("einddatum", "2021-06-16",
                "organisatie", "Kessler Stichting")) + "\n").probleem(400);
        assertThat(fouten(p)).containsExactly("regel 2, kolom kenmerk: kenmerk 'K-1' is al geïmporteerd met andere "
                + "waarden in organisatie, einddatum; een eerdere import wordt niet overschreven");

        // another team may use the same kenmerk
        Testteam ander = new Testteam(mvc, jdbc);
        ander.api.als(ander.coordinator).postCsv(PAD, csv).json(201);
    }

    @Test
    void geimporteerde_casussen_tellen_op_hun_datums_nooit_voor_de_capaciteit_en_anonimiseren_verandert_niets() {
        Testteam eigen = new Testteam(mvc, jdbc);
        LocalDate vandaag = LocalDate.now(klok);
        String start = vandaag.minusDays(10).toString();
        // started this year (alleen geld), moved a few days ago: no place of this year's capacity is used
        String csv = KOP + "\n" + rij(m("aanmelddatum", vandaag.minusDays(30).toString(), "toetsdatum",
                vandaag.minusDays(20).toString(), "startdatum", start, "einddatum", vandaag.minusDays(2).toString(),
                "dienstverlening", "ALLEEN_GELD", "geboortejaar", "1980")) + "\n";
        eigen.api.als(eigen.coordinator).postCsv(PAD, csv).json(201);
        JsonNode w = eigen.api.als(eigen.coordinator).get(Testteam.A + "/wachtlijst").json();
        assertThat(w.path("HUISHOUDEN").path("gestart").asInt()).isZero();
        assertThat(w.path("HUISHOUDEN").path("plaatsen")).isEmpty();

        String periode = "?van=" + vandaag.withDayOfYear(1) + "&tot=" + vandaag;
        Map<String, Object> cijfers = cijfers(eigen, periode);
        assertThat(cijfers).containsEntry("AANMELDINGEN", 1).containsEntry("GESCREEND", 1)
                .containsEntry("GESTART", 1).containsEntry("GEHUISVEST", 1)
                .containsEntry("GEHUISVEST_PER_DIENSTVERLENING:ALLEEN_GELD", 1)
                .containsEntry("GEHUISVEST_PER_ORGANISATIE:Leger des Heils", 1)
                .containsEntry("GESTART_PER_HUISHOUDTYPE:EENOUDER", 1);

        // retention and anonymisation: the case is anonymised after its term and no figure changes
        long casus = jdbc.sql("select id from vhb_casus where team_id = ?").param(eigen.team).query(Long.class)
                .single();
        klok.zet(vandaag.plusDays(800));
        try {
            eigen.api.als(eigen.coordinator).post(Testteam.A + "/anonimiseren", "{}").status(200);
            assertThat(jdbc.sql("select geanonimiseerd_op is not null from vhb_casus where id = ?").param(casus)
                    .query(Boolean.class).single()).isTrue();
        } finally {
            klok.herstel();
        }
        assertThat(cijfers(eigen, periode)).isEqualTo(cijfers);
    }

    @Test
    void het_voorbeeldbestand_met_de_structuur_van_2021_geeft_de_cijfers_van_2021() throws IOException {
        Testteam eigen = new Testteam(mvc, jdbc);
        byte[] bestand;
        try (InputStream in = getClass().getResourceAsStream("/verhuisbox/historie-2021.csv")) {
            bestand = in.readAllBytes();
        }
        JsonNode r = eigen.api.als(eigen.coordinator).upload(PAD, "historie-2021.csv", "text/csv", bestand).json(201);
        assertThat(r.path("nieuw").asInt()).isEqualTo(179);
        Map<String, Object> c = cijfers(eigen, "?van=2021-01-01&tot=2021-12-31");
        // inventory §10 (L7690-L7697, L9178-L9211, L7642-L7656): 179 registrations, 156 started, 23 stopped or not
        // started, 90 moved: 49 intensive, 41 money only; outflow 48 singles, 34 single parents, 5 families, 3
        // couples; OCW 66 and D&T loket 48 registrations
        assertThat(c).containsEntry("AANMELDINGEN", 179).containsEntry("GESCREEND", 179)
                .containsEntry("GESTART", 156).containsEntry("GEHUISVEST", 90)
                .containsEntry("GEHUISVEST_PER_DIENSTVERLENING:INTENSIEF", 49)
                .containsEntry("GEHUISVEST_PER_DIENSTVERLENING:ALLEEN_GELD", 41)
                .containsEntry("GEHUISVEST_PER_HUISHOUDTYPE:ALLEENSTAANDE", 48)
                .containsEntry("GEHUISVEST_PER_HUISHOUDTYPE:EENOUDER", 34)
                .containsEntry("GEHUISVEST_PER_HUISHOUDTYPE:GEZIN", 5)
                .containsEntry("GEHUISVEST_PER_HUISHOUDTYPE:STEL", 3)
                .containsEntry("AANMELDINGEN_PER_ORGANISATIE:Casemanagers OCW", 66)
                .containsEntry("AANMELDINGEN_PER_ORGANISATIE:D&T loket SZW", 48)
                .containsEntry("GEHUISVEST_PER_ORGANISATIE:Casemanagers OCW", 22)
                .containsEntry("GEHUISVEST_PER_ORGANISATIE:D&T loket SZW", 34);
        assertThat((int) c.get("GEWEIGERD") + (int) c.get("GESTOPT")).isEqualTo(23);
        // the 2021 report's reasons of the 23 "gestaakt of niet gestart" (002:L9180-L9182): 10 refused by the toets,
        // 13 stopped before their start with the reasons it names, in the file's rotation
        assertThat(c).containsEntry("GESTOPT", 13).containsEntry("GESTOPT_PER_FASE:NIET_GESTART", 13)
                .doesNotContainKey("GESTOPT_PER_FASE:GESTAAKT")
                .containsEntry("GESTOPT_PER_REDEN:GEEN_DOELGROEP", 3)
                .containsEntry("GESTOPT_PER_REDEN:BLIJFT_IN_EIGEN_GEMEENTE", 3)
                .containsEntry("GESTOPT_PER_REDEN:INDICATIE_BESCHERMD_WONEN", 4)
                .containsEntry("GESTOPT_PER_REDEN:GEEN_CONTACT", 3);
        // the breakdowns of the moved by the row's structured data (issue 20 §5; inventory §10: 14 remigrants; 76
        // benefits — 48 daklozenuitkering, 19 PW, 9 kostendelersnorm/aanvullend/IOAW — and 14 other incomes)
        assertThat(c).containsEntry("GEHUISVEST_PER_REMIGRANT:JA", 14).containsEntry("GEHUISVEST_PER_REMIGRANT:NEE", 76)
                .containsEntry("GEHUISVEST_PER_INKOMEN:DAKLOZENUITKERING", 48)
                .containsEntry("GEHUISVEST_PER_INKOMEN:PARTICIPATIEWET", 19)
                .containsEntry("GEHUISVEST_PER_INKOMEN:ANDERS", 14)
                .containsEntry("GEHUISVEST_PER_INKOMEN:KOSTENDELERSNORM", 4)
                .containsEntry("GEHUISVEST_PER_INKOMEN:AANVULLEND", 3).containsEntry("GEHUISVEST_PER_INKOMEN:IOAW", 2)
                .containsEntry("GEHUISVEST_PER_OPVANG:GEEN", 70)
                .containsEntry("GEHUISVEST_PER_OPVANG:Zilveren Toren", 12);
        // the source's household breakdown of the 156 started (91 + 67 + 18 + 5 = 181) cannot be reproduced: the
        // file spreads the 156 in proportion (78 + 58 + 15 + 5), and the parts sum to the whole
        assertThat(c).containsEntry("GESTART_PER_HUISHOUDTYPE:ALLEENSTAANDE", 78)
                .containsEntry("GESTART_PER_HUISHOUDTYPE:EENOUDER", 58)
                .containsEntry("GESTART_PER_HUISHOUDTYPE:GEZIN", 15)
                .containsEntry("GESTART_PER_HUISHOUDTYPE:STEL", 5);
        JsonNode rapport = eigen.api.als(eigen.coordinator).get(Testteam.A
                + "/rapportage?van=2021-01-01&tot=2021-12-31").json();
        for (JsonNode k : rapport.path("controles")) {
            assertThat(k.path("klopt").asBoolean()).as(k.path("code").asString() + ": "
                    + k.path("toelichting").asString()).isTrue();
        }
        // number = drill-down (ADR 0009)
        JsonNode d = eigen.api.als(eigen.coordinator).get(Testteam.A
                + "/rapportage/GESTART_PER_HUISHOUDTYPE/casussen?van=2021-01-01&tot=2021-12-31&sleutel=EENOUDER")
                .json();
        assertThat(d.path("casussen")).hasSize(58);
    }

    /** The figures of the team's report: code → value, and code:key → value of each part. */
    private static Map<String, Object> cijfers(Testteam t, String periode) {
        JsonNode r = t.api.als(t.coordinator).get(Testteam.A + "/rapportage" + periode).json();
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonNode c : r.path("cijfers")) {
            if (c.path("waarde").isNumber()) {
                m.put(c.path("code").asString(), c.path("waarde").asInt());
            }
            for (JsonNode d : c.path("delen")) {
                m.put(c.path("code").asString() + ":" + d.path("sleutel").asString(), d.path("waarde").asInt());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private int aantalCasussen(long team) {
        return jdbc.sql("select count(*) from vhb_casus where team_id = ?").param(team).query(Integer.class).single();
    }

    /** The CSV's rows as the first sheet of a workbook (every cell text). */
    private static byte[] xlsx(String csv) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Historie");
            int i = 0;
            for (String regel : csv.lines().toList()) {
                Row row = s.createRow(i++);
                String[] v = regel.split(";", -1);
                for (int k = 0; k < v.length; k++) {
                    if (!v[k].isEmpty()) {
                        row.createCell(k).setCellValue(v[k]);
                    }
                }
            }
            wb.write(uit);
            return uit.toByteArray();
        }
    }
}
