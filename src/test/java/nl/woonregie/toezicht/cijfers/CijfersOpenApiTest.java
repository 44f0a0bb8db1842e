package nl.woonregie.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The figures endpoints are described in the OpenAPI document, imports with their three request formats. */
@IntegratieTest
class CijfersOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void de_cijferendpoints_staan_in_de_openapi_beschrijving() {
        JsonNode paden = new Api(mvc).als(Api.BEHEERDER).get("/api/v1/openapi.json").json().path("paths");
        for (String pad : List.of("/taakstellingen/import", "/beginstanden/import",
                "/coa-standen/import")) {
            JsonNode post = paden.path(pad).path("post");
            assertThat(post.path("tags").get(0).asString()).as(pad).isEqualTo("Cijfers");
            assertThat(post.path("requestBody").path("content").propertyNames()).as(pad)
                    .contains("text/csv", Api.XLSX, "multipart/form-data");
        }
        assertThat(paden.path("/gemeenten/{code}/cijfers").has("get")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/cijfers.csv").has("get")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/cijfers.xlsx").has("get")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/huurcontracten").has("post")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/huurcontracten").has("get")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/huurcontracttermijn").has("get")).isTrue();
        assertThat(paden.path("/gemeenten/{code}/coa-definitief").has("post")).isTrue();
    }
}
