package nl.woonregie.toezicht.opvolging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The follow-up endpoints are described in the OpenAPI document under one tag. */
@IntegratieTest
class OpvolgingOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void de_endpoints_staan_in_de_openapi_beschrijving() {
        JsonNode paden = new Api(mvc).anoniem().get("/api/v1/openapi.json").json().path("paths");
        Map<String, String> endpoints = Map.ofEntries(
                Map.entry("/gemeenten/{code}/toezichtgesprekken", "post get"),
                Map.entry("/toezichtgesprekken/{id}", "get put"),
                Map.entry("/toezichtgesprekken/{id}/versies", "get"),
                Map.entry("/gemeenten/{code}/plannen-van-aanpak", "post get"),
                Map.entry("/plannen-van-aanpak/{id}", "get"),
                Map.entry("/plannen-van-aanpak/{id}/acties", "post"),
                Map.entry("/plannen-van-aanpak/{id}/bekrachtigen", "post"),
                Map.entry("/acties/{id}", "get"),
                Map.entry("/acties/{id}/afronden", "post"),
                Map.entry("/gemeenten/{code}/acties", "get"),
                Map.entry("/provincies/{code}/acties/verlopen", "get"),
                Map.entry("/gemeenten/{code}/inzendingen", "post get"),
                Map.entry("/inzendingen/{id}", "get put"));
        endpoints.forEach((pad, methoden) -> {
            for (String methode : methoden.split(" ")) {
                JsonNode operatie = paden.path(pad).path(methode);
                assertThat(operatie.isMissingNode()).as(methode + " " + pad).isFalse();
                assertThat(operatie.path("tags").path(0).asString()).as(pad).isEqualTo("Toezichtopvolging");
                assertThat(operatie.path("summary").asString()).as(pad).isNotBlank();
            }
        });
    }
}
