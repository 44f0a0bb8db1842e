package nl.woonregie.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import nl.woonregie.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The what-if API is rate-limited per client address, as the toezicht simulation (a token bucket). */
class PrognoseControllerTest {

    static MockHttpServletRequest verzoek(String adres) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/aanbod/prognoses");
        r.setRemoteAddr(adres);
        r.setContentType("application/json");
        r.setContent(PrognoseApiTest.VOORBEELD.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void na_de_piek_krijgt_een_client_429_en_een_andere_client_niet() throws Exception {
        // a tiny rate: the peak of 3 passes, the 4th request of the same address waits, another address does not
        PrognoseController controller = new PrognoseController(new PrognoseService(), 0.001, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(controller.bereken(verzoek("10.1.0.1")).verwachtGehuisvest()).isEqualTo(592);
        }
        assertThatThrownBy(() -> controller.bereken(verzoek("10.1.0.1")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
        assertThat(controller.bereken(verzoek("10.1.0.2")).verwachtGehuisvest()).isEqualTo(592);
    }
}
