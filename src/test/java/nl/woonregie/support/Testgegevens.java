package nl.woonregie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Shared set-up for integration tests: accounts through the API, figures straight into the tables. */
public final class Testgegevens {

    private Testgegevens() {
    }

    /**
     * Creates an account through the API as the administrator (an existing one is fine). Only for the tests not yet on
     * {@link Accounts}, which makes a new account per call and expects 201; new tests use that.
     */
    public static void gebruiker(MockMvc mvc, String naam, String wachtwoord, String rol, String scopeJson)
            throws Exception {
        String body = "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\"" + wachtwoord + "\",\"rol\":\"" + rol
                + "\"" + (scopeJson == null ? "" : "," + scopeJson) + "}";
        MvcResult r = mvc.perform(post("/api/v1/gebruikers").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isIn(201, 409);
    }

    public static void taakstelling(JdbcClient jdbc, String gemeente, String periode, int taakstelling) {
        jdbc.sql("insert into taakstelling (gemeente_code, periode, taakstelling, ingevoerd_door) "
                + "values (?, ?, ?, 'test')").params(gemeente, periode, taakstelling).update();
    }

    /** The municipality's beginstand: where its registration starts (saldo carried in, step). */
    public static void beginstand(JdbcClient jdbc, String gemeente, String periode, int saldoIn, String trede) {
        jdbc.sql("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                + "values (?, ?, ?, ?, 'test')").params(gemeente, periode, saldoIn, trede).update();
    }

    /** A COA standing that may mark the municipality as stapelgemeente in the standing's month. */
    public static void coaStand(JdbcClient jdbc, String gemeente, String periode, LocalDate datum, int gehuisvest,
            int koppelingen, int omkoppelingen, boolean stapelgemeente) {
        jdbc.sql("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, ?, ?, ?, ?, ?, ?, 'test')")
                .params(gemeente, periode, datum, gehuisvest, koppelingen, omkoppelingen, stapelgemeente).update();
    }

    /** A lease the municipality submitted (R14), with its own reference. */
    public static void huurcontract(JdbcClient jdbc, String gemeente, String periode, LocalDate ingangsdatum,
            int personen, String referentie) {
        jdbc.sql("insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, "
                + "ingediend_door) values (?, ?, ?, ?, ?, 'test')")
                .params(gemeente, periode, ingangsdatum, personen, referentie).update();
    }

    public static void coaStand(JdbcClient jdbc, String gemeente, String periode, String datum, int gehuisvest,
            int koppelingen, int omkoppelingen) {
        jdbc.sql("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, "
                + "stapelgemeente, ingevoerd_door) values (?, ?, ?, ?, ?, ?, false, 'test')")
                .params(gemeente, periode, LocalDate.parse(datum), gehuisvest, koppelingen, omkoppelingen).update();
    }
}
