package nl.woonregie.verhuisbox;

import static nl.woonregie.verhuisbox.VerhuisboxApiTest.json;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.status;
import static nl.woonregie.verhuisbox.VerhuisboxApiTest.tekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.woonregie.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A Verhuisbox team of a test class's own, made through the API: the team (municipality GM0518, like Den Haag) and a
 * second team for cross-team refusals, accounts with a role, and a referral taken through screening, intake and
 * search to an accepted offer. Every account has the password {@link VerhuisboxApiTest#WW}.
 */
public final class Testteam {

    public static final String A = "/api/v1/verhuisbox";

    /** The accounts of the team that take a referral to an accepted offer. */
    public record Rollen(String aanmelder, String icp, String coordinator, String casemanager, String administratief) {
    }

    public final Http http;
    public final long team;
    public final long ander;

    public Testteam(MockMvc mvc, JdbcClient jdbc, String naam) {
        http = new Http(mvc, VerhuisboxApiTest.WW);
        jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, 'GM0518'), (?, 'GM0599') "
                + "on conflict (naam) do nothing").params(naam, naam + " ander").update();
        team = jdbc.sql("select id from vhb_team where naam = ?").param(naam).query(Long.class).single();
        ander = jdbc.sql("select id from vhb_team where naam = ?").param(naam + " ander").query(Long.class).single();
    }

    /** An account with a role in a team (201, or 409 when an earlier test class made it). */
    public void account(String naam, String rol, long team) {
        MockHttpServletResponse r = http.post("beheerder", "/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"wachtwoord\":\"" + VerhuisboxApiTest.WW + "\",\"rol\":\"" + rol + "\",\"team\":" + team + "}");
        assertThat(r.getStatus()).as(tekst(r)).isIn(201, 409);
    }

    /**
     * A referral taken to an accepted offer in {@code gemeente}: the case is in Verhuizing, assigned to the
     * casemanager and the administratief, with the intake and offer checklists done (the moving checklist is not).
     */
    public long metAanvaardAanbod(Rollen r, String naam, String gemeente) {
        long id = json(http.post(r.aanmelder(), A + "/meldingen", VerhuisboxApiTest.melding(naam, 1)), 201).path("id")
                .asLong();
        overgang(r.icp(), id, "ICP_TOETS", "", 200);
        status(http.post(r.icp(), A + "/casussen/" + id + "/toets", VerhuisboxApiTest.toets("VOLDAAN")), 200);
        status(http.put(r.coordinator(), A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                + r.casemanager() + "\",\"administratief\":\"" + r.administratief() + "\"}"), 200);
        overgang(r.coordinator(), id, "INTAKE", "", 200);
        status(http.put(r.casemanager(), A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}"), 200);
        vinkAlles(r.casemanager(), id, "INTAKE");
        overgang(r.casemanager(), id, "ZOEKEN", "", 200);
        String aanbod = "{\"gemeente\":\"" + gemeente + "\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"Akerstraat 1\","
                + "\"huur\":612.50,\"bezichtiging\":\"" + LocalDate.now().plusDays(2) + "\",\"deadline\":\""
                + LocalDate.now().plusDays(3) + "\"}";
        long a = json(http.post(r.casemanager(), A + "/casussen/" + id + "/aanbiedingen", aanbod), 201)
                .path("aanbiedingen").get(0).path("id").asLong();
        vinkAlles(r.casemanager(), id, "AANBOD");
        status(http.post(r.casemanager(), A + "/aanbiedingen/" + a + "/besluit", "{\"besluit\":\"AANVAARD\"}"), 200);
        return id;
    }

    /** A transition with reason "test" and {@code extra} JSON members (",\"uitkomst\":…"), expecting a status. */
    public void overgang(String wie, long id, String naar, String extra, int verwacht) {
        status(http.post(wie, A + "/casussen/" + id + "/overgangen", "{\"naar\":\"" + naar + "\",\"reden\":\"test\""
                + extra + "}"), verwacht);
    }

    /** Ticks every point of a checklist of the case. */
    public void vinkAlles(String wie, long id, String lijst) {
        for (JsonNode p : json(http.get(wie, A + "/casussen/" + id + "/checklist"), 200).path("punten")) {
            if (p.path("lijst").asString().equals(lijst)) {
                status(http.put(wie, A + "/casussen/" + id + "/checklist/" + lijst + "/" + p.path("code").asString(),
                        "{\"stand\":\"GEDAAN\"}"), 200);
            }
        }
    }
}
