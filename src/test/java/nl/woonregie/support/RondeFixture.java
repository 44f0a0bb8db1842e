package nl.woonregie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Assessment rounds of a test's own. {@link #nieuw()} hands out a half year of Zuid-Holland (the province with a
 * beleidskader) that no round and no figure in this database uses yet, with a new supervisor of the province;
 * {@link Toezicht#gemeente()} gives a municipality that never had figures in this database plain figures for that
 * period; rounds are made through the API. A round so made depends only on what its test gave: the other
 * municipalities of the province have no figures for the period (they are listed as missing), so its outcomes,
 * totals and letters are the test's own, in any order of tests. Making it final therefore needs a BEHEERDER's
 * override of the consistency check ({@link Toezicht#vaststellen}).
 *
 * <pre>
 * RondeFixture.Toezicht t = rondes.nieuw();
 * String gemeente = t.gemeente();
 * long ronde = t.vastgesteld(t.tussentijds());
 * api.als(t.toezichthouder()).get("/api/v1/beoordelingsrondes/" + ronde).json();
 * </pre>
 *
 * Periods are handed out after every round (of Zuid-Holland and Noord-Brabant) and every figure in the database
 * that lies in the fixture's window, 2022-I (the first period whose municipal division the register knows) up to
 * and including 2079-II; a municipality is handed out once per database. Tests that write figures for a period of
 * their own choosing use one from 2080 on ({@link #VASTE_PERIODEN_VANAF}) so that their order never moves this
 * calendar on: a fork that met such a test first would otherwise hand out periods near 2100, where a test's own "a
 * few years later" is refused. The calendar is kept per database (each context has its own), and a full window is
 * a failure that says so. Zuid-Holland has about fifty municipalities, so a database can serve that many test
 * municipalities.
 */
public final class RondeFixture {

    /** Zuid-Holland: the only province with a beleidskader. */
    public static final String PROVINCIE = "PV28";
    /** Noord-Brabant: fresh municipalities for tests that need no round of Zuid-Holland. */
    public static final String ELDERS = "PV30";
    /** The reason with which {@link Toezicht#vaststellen} overrides the missing figures of the other municipalities. */
    public static final String OVERSCHRIJFREDEN = "test: alleen de gemeenten van deze test hebben cijfers";

    /** The first period of the tests that choose their own periods; the fixture hands out only periods before it. */
    public static final Periode VASTE_PERIODEN_VANAF = Periode.of("2080-I");

    private static final Periode EERSTE = Periode.van(GebiedService.INDELING_BEKEND_VANAF);
    private static final Object SLOT = new Object();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RondeFixture.class);
    /** The last period handed out, per database. */
    private static final Map<Integer, Periode> LAATSTE = new java.util.HashMap<>();

    private final Api api;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final GebiedService gebied;

    public RondeFixture(MockMvc mvc, JdbcClient jdbc, GebiedService gebied) {
        this.api = new Api(mvc);
        this.accounts = new Accounts(mvc);
        this.jdbc = jdbc;
        this.gebied = gebied;
    }

    /**
     * A municipality's figures for the period: beginstand (saldo, step), taakstelling, COA's standing at the end of
     * the month before the mid date and on the period's last day.
     */
    public record Cijfers(int saldo, String trede, int taakstelling, int gehuisvestMidden, int koppelingenMidden,
            int gehuisvestEinde, int koppelingenEinde) {

        /**
         * Opgave 100, minimaal 50: 40 housed at the mid date (not on schedule: step 0 → 1) with koppelingen enough
         * for the 60 left; 70 at the end (not realised, no threshold: step 1 → 2).
         */
        public static final Cijfers GEWOON = new Cijfers(0, "0", 100, 40, 100, 70, 10);
    }

    /** A new period and a new supervisor of the province. */
    public Toezicht nieuw() {
        return new Toezicht(nieuwePeriode(), accounts.toezichthouder(PROVINCIE));
    }

    /** One period per test class (in this database): each new period moves the shared calendar on by half a year. */
    private static final java.util.Map<String, Toezicht> PER_KLASSE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The period and supervisor of this test class, made at its first use: for a class that needs fresh
     * municipalities with figures but no period of its own per test.
     */
    public Toezicht vanKlasse(Class<?> klasse) {
        synchronized (SLOT) {
            String sleutel = klasse.getName() + "@" + System.identityHashCode(jdbc);
            return PER_KLASSE.computeIfAbsent(sleutel, k -> nieuw());
        }
    }

    private Periode nieuwePeriode() {
        synchronized (SLOT) {
            Periode volgende = EERSTE;
            // a round's peildatum lies in its period or on the first day after it
            LocalDate grens = VASTE_PERIODEN_VANAF.eersteDag().plusDays(1);
            // rounds of the fixture's provinces only: another province's round never shares a period with them
            LocalDate peildatum = jdbc.sql("select max(peildatum) from beoordelingsronde where peildatum < :grens "
                    + "and provincie_code in (:provincies)").param("grens", grens)
                    .param("provincies", List.of(PROVINCIE, ELDERS)).query(LocalDate.class).optional().orElse(null);
            if (peildatum != null) {
                volgende = later(volgende, Periode.van(peildatum.minusDays(1)).volgende());
            }
            for (String tabel : new String[] {"beginstand", "taakstelling", "coa_stand", "coa_definitief",
                "huurcontract"}) {
                String periode = jdbc.sql("select max(periode) from " + tabel + " where periode < :grens")
                        .param("grens", String.valueOf(VASTE_PERIODEN_VANAF.jaar())).query(String.class)
                        .optional().orElse(null);
                if (periode != null) {
                    volgende = later(volgende, Periode.of(periode).volgende());
                }
            }
            Integer database = System.identityHashCode(jdbc);
            Periode laatste = LAATSTE.get(database);
            if (laatste != null) {
                volgende = later(volgende, laatste.volgende());
            }
            assertThat(volgende).as("the fixture's window (up to %s) is full in this database; tests that choose "
                    + "their own period use one from %s on", VASTE_PERIODEN_VANAF, VASTE_PERIODEN_VANAF)
                    .isLessThan(VASTE_PERIODEN_VANAF);
            LAATSTE.put(database, volgende);
            LOG.info("Testperiode {} uitgegeven", volgende);
            return volgende;
        }
    }

    private static Periode later(Periode a, Periode b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One test's period of supervision in Zuid-Holland. */
    public final class Toezicht {

        private final Periode periode;
        private final String toezichthouder;
        private final List<String> gemeenten = new ArrayList<>();

        private Toezicht(Periode periode, String toezichthouder) {
            this.periode = periode;
            this.toezichthouder = toezichthouder;
        }

        public Periode periode() {
            return periode;
        }

        public String provincie() {
            return PROVINCIE;
        }

        /** A TOEZICHTHOUDER of the province, made for this period. */
        public String toezichthouder() {
            return toezichthouder;
        }

        /** The peildatum of the period's tussentijdse toets (1 April or 1 October). */
        public LocalDate tussentijds() {
            return periode.peildatumTussentijds();
        }

        /** The peildatum of the period's eindoordeel (1 July or 1 January). */
        public LocalDate eindoordeel() {
            return periode.peildatumEindoordeel();
        }

        /** A municipality with {@link Cijfers#GEWOON} figures for the period. */
        public String gemeente() {
            return gemeente(Cijfers.GEWOON);
        }

        /** A municipality that never had figures in this database, with these figures for the period. */
        public String gemeente(Cijfers c) {
            return gemeente(c, PROVINCIE);
        }

        /**
         * A municipality outside Zuid-Holland (Noord-Brabant) that never had figures in this database, with
         * {@link Cijfers#GEWOON} figures: for a test that needs a fresh municipality of its own but no round or
         * supervisor of the province, so that the shared context does not run out of Zuid-Holland's municipalities.
         */
        public String gemeenteElders() {
            return gemeenteElders(Cijfers.GEWOON);
        }

        /** As {@link #gemeenteElders()}, with these figures. */
        public String gemeenteElders(Cijfers c) {
            return gemeente(c, ELDERS);
        }

        private String gemeente(Cijfers c, String provincie) {
            String code;
            synchronized (SLOT) {
                Set<String> gebruikt = jdbc.sql("""
                        select gemeente_code from beginstand union select gemeente_code from taakstelling
                        union select gemeente_code from coa_stand""").query(String.class).set();
                Set<String> vrij = new TreeSet<>(codes(provincie, tussentijds()));
                vrij.retainAll(codes(provincie, periode.laatsteDag()));
                vrij.removeAll(gebruikt);
                code = vrij.stream().findFirst().orElseThrow(() -> new IllegalStateException("Alle gemeenten van "
                        + provincie + " hebben in deze database al cijfers: te veel tests in één context"));
                Testgegevens.beginstand(jdbc, code, periode.code(), c.saldo(), c.trede());
            }
            Testgegevens.taakstelling(jdbc, code, periode.code(), c.taakstelling());
            Testgegevens.coaStand(jdbc, code, periode.code(), tussentijds().minusDays(1), c.gehuisvestMidden(),
                    c.koppelingenMidden(), 0, false);
            Testgegevens.coaStand(jdbc, code, periode.code(), periode.laatsteDag(), c.gehuisvestEinde(),
                    c.koppelingenEinde(), 0, false);
            gemeenten.add(code);
            return code;
        }

        private Set<String> codes(String provincie, LocalDate datum) {
            return gebied.gemeentenVanProvincie(provincie, datum).stream().map(Gemeente::code)
                    .collect(Collectors.toSet());
        }

        /** The municipalities this test gave figures, in the order they were handed out. */
        public List<String> gemeenten() {
            return List.copyOf(gemeenten);
        }

        /** A CONCEPT round at this peildatum, made through the API by the supervisor (201 with its Location). */
        public long ronde(LocalDate peildatum) {
            Api.Antwoord a = api.als(toezichthouder).post("/api/v1/provincies/" + PROVINCIE + "/beoordelingsrondes",
                    "{\"peildatum\":\"" + peildatum + "\"}");
            long id = a.idUitLocation();
            assertThat(a.header("Location")).isEqualTo("/api/v1/beoordelingsrondes/" + id);
            return id;
        }

        /** A round at this peildatum, made final. */
        public long vastgesteld(LocalDate peildatum) {
            long id = ronde(peildatum);
            vaststellen(id);
            return id;
        }

        /** Makes the round final as a BEHEERDER, overriding the missing figures of the other municipalities. */
        public JsonNode vaststellen(long ronde) {
            JsonNode r = api.als(Api.BEHEERDER).post("/api/v1/beoordelingsrondes/" + ronde + "/vaststellen",
                    Api.JSON.writeValueAsString(Map.of("versie", versie(ronde), "overschrijfControle", true,
                            "reden", OVERSCHRIJFREDEN))).json();
            assertThat(r.get("status").asString()).isEqualTo("VASTGESTELD");
            // the letters are made by a background job right after the vaststelling
            Achtergrondwerk.wacht(jdbc);
            return r;
        }

        /** The round as the supervisor reads it. */
        public JsonNode lees(long ronde) {
            return api.als(toezichthouder).get("/api/v1/beoordelingsrondes/" + ronde).json();
        }

        /** The round's current version. */
        public int versie(long ronde) {
            return lees(ronde).get("versie").asInt();
        }
    }
}
