package nl.woonregie.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.MockMvc;

/**
 * The accounts of a test: every call makes a new account through the API (as an administrator would), with a name no
 * other test uses, so no test depends on accounts of another and creating one must succeed (201). All have the
 * password {@link #WACHTWOORD}; use them with {@link Api#als}.
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

    private final Api api;

    public Accounts(MockMvc mvc) {
        this.api = new Api(mvc);
    }

    public String toezichthouder(String provincie) {
        return maak("TOEZICHTHOUDER", "\"provincie\":\"" + provincie + "\"");
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
        api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\""
                + WACHTWOORD + "\",\"rol\":\"" + rol + "\"" + (scopeJson == null ? "" : "," + scopeJson) + "}")
                .status(201);
        return naam;
    }
}
