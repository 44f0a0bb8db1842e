package nl.woonregie.toezicht.ronde;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.support.Api.reden;
import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A round is judged by the beleidskader of its own province: a Noord-Holland round asked under Zuid-Holland's
 * {@code zuid-holland-2020} is refused (400 naming {@code beleidskader}) and nothing is stored.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class RondeBeleidskaderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void een_ronde_onder_het_beleidskader_van_een_andere_provincie_wordt_geweigerd() {
        Api api = new Api(mvc);
        String noordHolland = new Accounts(mvc).toezichthouder("PV27");
        long voor = jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV27'").query(Long.class)
                .single();
        JsonNode p = api.als(noordHolland).post("/api/v1/provincies/PV27/beoordelingsrondes",
                "{\"peildatum\":\"2023-07-01\",\"beleidskader\":\"zuid-holland-2020\"}").probleem(400);
        assertThat(namen(p)).containsExactly("beleidskader");
        assertThat(reden(p, "beleidskader")).contains("PV28").contains("PV27");
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV27'").query(Long.class)
                .single()).isEqualTo(voor);
        // the administrator may supervise every province, and is refused the same way
        p = api.als(Api.BEHEERDER).post("/api/v1/provincies/PV27/beoordelingsrondes",
                "{\"peildatum\":\"2023-07-01\",\"beleidskader\":\"zuid-holland-2020\"}").probleem(400);
        assertThat(namen(p)).containsExactly("beleidskader");
    }
}
