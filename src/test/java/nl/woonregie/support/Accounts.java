package nl.woonregie.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The accounts of a test: every call makes a new account through the API (as an administrator would), with a name no
 * other test uses, so no test depends on accounts of another and creating one must succeed (201). An account with a
 * Verhuisbox role goes the way the product asks: the administrator's request (202), approved by the team's coordinator
 * (one made by this fixture, or the demo's) or, for a team without one, by a second administrator, and activated
 * through the one-time link. All have the password {@link #WACHTWOORD}; use them with {@link Api#als}.
 *
 * <pre>
 * String th = accounts.toezichthouder("PV28");
 * api.als(th).get("/api/v1/provincies/PV28/beoordelingsrondes").json();
 * </pre>
 */
public final class Accounts {

    public static final String WACHTWOORD = "test-account-wachtwoord";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger TELLER = new AtomicInteger();

    private static final java.util.Set<String> VERHUISBOX = java.util.Set.of("AANMELDER", "ICP", "CASEMANAGER",
            "ADMINISTRATIEF", "CONSULENT", "COORDINATOR");
    private static final java.util.regex.Pattern TEAM = java.util.regex.Pattern.compile("\"team\"\\s*:\\s*(\\d+)");

    private final Api api;
    private final MockMvc mvc;
    private String tweedeBeheerder;

    public Accounts(MockMvc mvc) {
        this.api = new Api(mvc);
        this.mvc = mvc;
    }

    public String toezichthouder(String provincie) {
        return maak("TOEZICHTHOUDER", "\"provincie\":\"" + provincie + "\"");
    }

    public String beleidsmedewerker(String provincie) {
        return maak("BELEIDSMEDEWERKER", "\"provincie\":\"" + provincie + "\"");
    }

    public String gemeente(String gemeente) {
        return maak("GEMEENTE", "\"gemeente\":\"" + gemeente + "\"");
    }

    public String coa() {
        return maak("COA", null);
    }

    public String beheerder() {
        return maak("BEHEERDER", null);
    }

    /** An account of a Verhuisbox team role (AANMELDER, ICP, CASEMANAGER, …). */
    public String team(String rol, long team) {
        return maak(rol, "\"team\":" + team);
    }

    /** A new account with this role and scope (a JSON fragment such as {@code "provincie":"PV28"}, or null). */
    public String maak(String rol, String scopeJson) {
        String naam = ("t-" + rol + "-" + RUN + "-" + TELLER.incrementAndGet()).toLowerCase();
        if (!VERHUISBOX.contains(rol)) {
            api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\""
                    + WACHTWOORD + "\",\"rol\":\"" + rol + "\"" + (scopeJson == null ? "" : "," + scopeJson) + "}")
                    .status(201);
            return naam;
        }
        JsonNode verzoek = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"rol\":\"" + rol + "\"" + (scopeJson == null ? "" : "," + scopeJson) + "}").json(202);
        java.util.regex.Matcher m = TEAM.matcher(scopeJson == null ? "" : scopeJson);
        long team = m.find() ? Long.parseLong(m.group(1)) : -1;
        String pad = keurGoed(verzoek.path("id").asLong(), verzoek.path("beslisser").asString(), team)
                .path("link").path("pad").asString();
        activeer(pad, WACHTWOORD);
        return naam;
    }

    /** Chooses the password through a one-time link ({@code /wachtwoord/<secret>}) as its user would. */
    public void activeer(String pad, String wachtwoord) {
        api.anoniem().post("/api/v1/wachtwoordlinks/" + pad.substring(pad.lastIndexOf('/') + 1),
                "{\"wachtwoord\":\"" + wachtwoord + "\",\"herhaling\":\"" + wachtwoord + "\"}").status(204);
    }

    /** Approves a request as who decides it: the team's coordinator, or a second administrator. */
    private JsonNode keurGoed(long verzoek, String beslisser, long team) {
        String pad = "/api/v1/accountverzoeken/" + verzoek + "/goedkeuring";
        if (beslisser.equals("BEHEERDER")) {
            if (tweedeBeheerder == null) {
                tweedeBeheerder = beheerder();
            }
            return api.als(tweedeBeheerder).post(pad, "{}").json(200);
        }
        String coordinator = null;
        for (JsonNode g : api.als(Api.BEHEERDER).get("/api/v1/gebruikers").json().path("gebruikers")) {
            boolean coordinatorVanTeam = false;
            for (JsonNode t : g.path("toewijzingen")) {
                coordinatorVanTeam |= t.path("rol").asString().equals("COORDINATOR") && t.path("team").asLong() == team;
            }
            if (coordinatorVanTeam && g.path("actief").asBoolean()) {
                String n = g.path("gebruikersnaam").asString();
                if (n.startsWith("t-coordinator-") || (coordinator == null && n.equals("vhb-coordinator"))) {
                    coordinator = n;
                }
            }
        }
        if (coordinator == null) {
            throw new IllegalStateException("geen coördinator van team " + team + " met een bekend wachtwoord");
        }
        if (coordinator.equals("vhb-coordinator")) {
            try {
                return new Api.Antwoord(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(pad).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(coordinator, BrowserTest.DEMO_WACHTWOORD))).andReturn().getResponse())
                        .json(200);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return api.als(coordinator).post(pad, "{}").json(200);
    }
}
