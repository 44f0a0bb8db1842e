package nl.woonregie.verhuisbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A new Verhuisbox team for one test: the team (municipality GM0518, like Den Haag) and a second team for cross-team
 * refusals (GM0599), both with a name no other test uses, and a new account ({@link Accounts}, 201) for each role of
 * the team. Steps take a referral through the API to a state: {@link #inZoeken}, {@link #metAanvaardAanbod}. So a test
 * sees only its own cases, accounts, waiting list and pots, whatever other tests did before it. Every account has the
 * password {@link Accounts#WACHTWOORD}; requests go through {@link #api}.
 *
 * <pre>
 * Testteam t = new Testteam(mvc, jdbc);
 * long id = t.metAanvaardAanbod("Testcliënt", "Heerlen");
 * t.api.als(t.casemanager).get(Testteam.A + "/casussen/" + id).json();
 * </pre>
 */
public final class Testteam {

    public static final String A = "/api/v1/verhuisbox";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger TELLER = new AtomicInteger();

    public final Api api;
    public final Accounts accounts;
    private final JdbcClient jdbc;
    /** The team's name (unique), its id, and the id of the second team (name + " ander"). */
    public final String naam;
    public final long team;
    public final long ander;
    /** A new account of each role in the team. */
    public final String aanmelder;
    public final String icp;
    public final String coordinator;
    public final String casemanager;
    public final String administratief;
    public final String consulent;

    /** The two teams with their waiting-list setting (as the migration gives every team) and the role accounts. */
    public Testteam(MockMvc mvc, JdbcClient jdbc) {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        this.jdbc = jdbc;
        naam = "Testteam " + RUN + "-" + TELLER.incrementAndGet();
        team = nieuwTeam(jdbc, naam, "GM0518");
        ander = nieuwTeam(jdbc, naam + " ander", "GM0599");
        aanmelder = account("AANMELDER");
        icp = account("ICP");
        coordinator = account("COORDINATOR");
        casemanager = account("CASEMANAGER");
        administratief = account("ADMINISTRATIEF");
        consulent = account("CONSULENT");
    }

    private static long nieuwTeam(JdbcClient jdbc, String naam, String gemeente) {
        long id = jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, ?) returning id")
                .params(naam, gemeente).query(Long.class).single();
        jdbc.sql("insert into vhb_volgorde (team_id) values (?)").param(id).update();
        return id;
    }

    /** One more new account with this role in the team. */
    public String account(String rol) {
        return accounts.team(rol, team);
    }

    /** A new account with this role in the second team. */
    public String anderAccount(String rol) {
        return accounts.team(rol, ander);
    }

    /** The team's capacity of households in a year, set by its coordinator. */
    public void capaciteit(int jaar, int aantal) {
        capaciteit(jaar, "HUISHOUDEN", aantal);
    }

    public void capaciteit(int jaar, String categorie, int aantal) {
        api.als(coordinator).put(A + "/capaciteit", "{\"jaar\":" + jaar + ",\"categorie\":\"" + categorie
                + "\",\"aantal\":" + aantal + "}").status(200);
    }

    /**
     * The money of a year: the three pots (made by the coordinator through the API; maatwerk € 50.000, leenbijstand
     * € 25.000, Verhuisbox Plus this amount with a warning at 80%) and the rules of the seed (Den Haag, 2024) copied to
     * this team and year.
     */
    public void geldjaar(int jaar, String verhuisboxPlus) {
        api.als(coordinator).post(A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"MAATWERK\",\"naam\":"
                + "\"Maatwerk\",\"bedrag\":50000.00}").status(201);
        api.als(coordinator).post(A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"VERHUISBOX_PLUS\",\"naam\":"
                + "\"Verhuisbox Plus\",\"bedrag\":" + verhuisboxPlus + ",\"waarschuwingPct\":80}").status(201);
        api.als(coordinator).post(A + "/budgetten", "{\"jaar\":" + jaar + ",\"code\":\"LEENBIJSTAND\",\"naam\":"
                + "\"Leenbijstand\",\"bedrag\":25000.00}").status(201);
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek,
                    naar_rato_boven_m2)
                select ?, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag, maximum,
                    grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek, naar_rato_boven_m2
                from vhb_regel where jaar = 2024 and team_id = (select id from vhb_team where naam = 'Den Haag')""")
                .params(team, jaar).update();
    }

    /** A complete referral (1 adult, this many children, consent given yesterday). */
    public static String melding(String naam, int kinderen) {
        return """
                {"organisatie":"Leger des Heils","naam":"%s","geboortedatum":"1980-04-01","bsn":"111222333",
                 "telefoon":"06-12345678","email":"client@example.org","volwassenen":1,"kinderen":%d,
                 "inkomen":"Participatiewet","slaapplek":"Nachtopvang","reden":"Dakloos na scheiding",
                 "voorkeursregios":["Limburg","Drenthe"],"urgentie":"Kinderen in de opvang","documenten":["DigiD"],
                 "toestemmingOp":"%s"}""".formatted(naam, kinderen, LocalDate.now().minusDays(1));
    }

    /** An ICP-toets: every hard criterion met except GEEN_DETENTIE, which has this outcome; IB60 still missing. */
    public static String toets(String detentie) {
        StringBuilder sb = new StringBuilder("{\"criteria\":[");
        for (String c : List.of("MOTIVATIE", "DAKLOOS", "INKOMEN", "TAAL", "ZELFREDZAAM", "GEEN_OVERLAST",
                "GEEN_AGRESSIE", "GEEN_WMO_BEGELEIDING", "GEEN_PSYCH_VERSLAVING", "ZEER_KANSRIJKE_REGIO")) {
            sb.append("{\"code\":\"").append(c).append("\",\"uitkomst\":\"VOLDAAN\",\"notitie\":\"telefonisch\"},");
        }
        sb.append("{\"code\":\"GEEN_DETENTIE\",\"uitkomst\":\"").append(detentie).append("\"},");
        sb.append("{\"code\":\"DIGID\",\"uitkomst\":\"VOLDAAN\"},{\"code\":\"IB60\",\"uitkomst\":\"NIET_VOLDAAN\"}]}");
        return sb.toString();
    }

    /** A referral by the team's aanmelder (1 child); its id. */
    public long meld(String naam) {
        return api.als(aanmelder).post(A + "/meldingen", melding(naam, 1)).json(201).path("id").asLong();
    }

    /** A referral on the self-finder's route (route ALLEEN_GELD: a home in view) by the team's aanmelder; its id. */
    public long meldAlleenGeld(String naam) {
        return api.als(aanmelder).post(A + "/meldingen", alleenGeld(melding(naam, 1))).json(201).path("id")
                .asLong();
    }

    /** The referral's JSON with {@code "route":"ALLEEN_GELD"}. */
    public static String alleenGeld(String melding) {
        return melding.substring(0, melding.lastIndexOf('}')) + ",\"route\":\"ALLEEN_GELD\"}";
    }

    /**
     * A referral taken to Zoeken: screened (all hard criteria met) onto the waiting list, assigned to the team's
     * casemanager and administratief, admitted, intake (intensive, Parkstad Limburg) with its checklist done and —
     * with minor children, the CJG rule — the family talk of the CJG gezinscoach recorded.
     * Needs capacity for this year ({@link #capaciteit}).
     */
    public long inZoeken(String client) {
        return inZoekenMet(melding(client, 1));
    }

    /** {@link #inZoeken(String)} for a referral with this JSON, made by the team's aanmelder. */
    public long inZoekenMet(String melding) {
        long id = api.als(aanmelder).post(A + "/meldingen", melding).json(201).path("id").asLong();
        overgang(icp, id, "ICP_TOETS", "", 200);
        api.als(icp).post(A + "/casussen/" + id + "/toets", toets("VOLDAAN")).status(200);
        api.als(coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + casemanager
                + "\",\"administratief\":\"" + administratief + "\"}").status(200);
        overgang(coordinator, id, "INTAKE", "", 200);
        api.als(casemanager).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}").status(200);
        vinkAlles(casemanager, id, "INTAKE");
        if (metKinderen(melding)) {
            gezinsgesprek(id);
        }
        overgang(casemanager, id, "ZOEKEN", "", 200);
        return id;
    }

    /** Does the referral's JSON have minor children ({@code "kinderen":n}, n > 0)? */
    static boolean metKinderen(String melding) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"kinderen\"\\s*:\\s*(\\d+)").matcher(melding);
        return m.find() && Integer.parseInt(m.group(1)) > 0;
    }

    /** The family talk of the CJG rule, held today by a gezinscoach, recorded by the casemanager (case in Intake). */
    public void gezinsgesprek(long id) {
        // the day of the referral: never in the future nor before it, whatever the application's clock says
        LocalDate dag = jdbc.sql("select compleet_op from vhb_casus where id = ?").param(id).query(LocalDate.class)
                .single();
        api.als(casemanager).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\"" + dag
                + "\",\"gezinscoach\":\"Gezinscoach CJG (test)\"}").status(200);
    }

    /**
     * A referral taken to an accepted offer in {@code gemeente}: the case is in Verhuizing, assigned to the
     * casemanager and the administratief, with the intake and offer checklists done (the moving checklist is not).
     */
    public long metAanvaardAanbod(String client, String gemeente) {
        return aanvaard(inZoeken(client), gemeente);
    }

    /** {@link #metAanvaardAanbod(String, String)} for a referral with this JSON. */
    public long metAanvaardAanbodVan(String melding, String gemeente) {
        return aanvaard(inZoekenMet(melding), gemeente);
    }

    private long aanvaard(long id, String gemeente) {
        String aanbod = "{\"gemeente\":\"" + gemeente + "\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\","
                + "\"huur\":612.50,\"bezichtiging\":\"" + LocalDate.now().plusDays(2) + "\",\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}";
        long a = api.als(casemanager).post(A + "/casussen/" + id + "/aanbiedingen", aanbod).json(201)
                .path("aanbiedingen").get(0).path("id").asLong();
        vinkAlles(casemanager, id, "AANBOD");
        api.als(casemanager).post(A + "/aanbiedingen/" + a + "/besluit", "{\"besluit\":\"AANVAARD\"}").status(200);
        return id;
    }

    /** A transition with reason "test" and {@code extra} JSON members (",\"uitkomst\":…"), expecting a status. */
    public void overgang(String wie, long id, String naar, String extra, int verwacht) {
        api.als(wie).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"" + naar + "\",\"reden\":\"test\""
                + extra + "}").status(verwacht);
    }

    /** Ticks every point of a checklist of the case. */
    public void vinkAlles(String wie, long id, String lijst) {
        for (JsonNode p : api.als(wie).get(A + "/casussen/" + id + "/checklist").json().path("punten")) {
            if (p.path("lijst").asString().equals(lijst)) {
                api.als(wie).put(A + "/casussen/" + id + "/checklist/" + lijst + "/" + p.path("code").asString(),
                        "{\"stand\":\"GEDAAN\"}").status(200);
            }
        }
    }

    /** The id of an account. */
    public long id(String gebruikersnaam) {
        return jdbc.sql("select id from gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(Long.class)
                .single();
    }
}
