package nl.woonregie.gebied;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The gebied endpoints are described (in Dutch) in the public OpenAPI document. */
@IntegratieTest
class GebiedOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void de_openapi_beschrijving_noemt_de_gebied_endpoints_onder_de_tag_gebied() {
        JsonNode openapi = new Api(mvc).als(Api.BEHEERDER).get("/api/v1/openapi.json").json();
        JsonNode paden = openapi.path("paths");
        for (String pad : List.of("/provincies", "/gemeenten", "/gemeenten/{code}",
                "/regios", "/regios/{code}")) {
            JsonNode get = paden.path(pad).path("get");
            assertThat(get.isMissingNode()).as(pad).isFalse();
            assertThat(get.path("tags").path(0).asString()).as(pad).isEqualTo("Gebied");
            assertThat(get.path("summary").asString()).as(pad).isNotBlank();
        }
        assertThat(openapi.path("components").path("schemas").path("GemeentenPagina").path("properties")
                .has("_links")).isTrue();
        assertThat(Api.velden(paden.path("/gemeenten").path("get").path("parameters"), "name"))
                .contains("provincie", "regio", "peildatum", "pagina", "paginaGrootte");
    }
}
