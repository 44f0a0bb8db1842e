package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload above the multipart limits, refused before any controller runs, is a 413 problem. */
class TeGrootAdviceTest {

    @Test
    void te_groot_upload_is_413_problem() {
        var response = new TeGrootAdvice().teGroot(new MaxUploadSizeExceededException(10L * 1024 * 1024),
                new MockHttpServletRequest("POST", "/api/v1/coa-standen/import"));
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getType()).hasToString("https://woonregie.nl/problemen/te-groot");
        assertThat(response.getBody().getInstance()).hasToString("/api/v1/coa-standen/import");
    }
}
