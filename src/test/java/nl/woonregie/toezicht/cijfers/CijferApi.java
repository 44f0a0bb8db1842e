package nl.woonregie.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the figures API as a given account, and files to import. */
final class CijferApi {

    static final String WACHTWOORD = "wachtwoord-cijfers-test-1";
    static final String BEHEERDER = "beheerder";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    CijferApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Creates an account (as the administrator); an existing one is fine. */
    void gebruiker(String naam, String rol, String provincie, String gemeente) {
        String body = "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\"" + WACHTWOORD + "\",\"rol\":\"" + rol
                + "\"" + (provincie == null ? "" : ",\"provincie\":\"" + provincie + "\"")
                + (gemeente == null ? "" : ",\"gemeente\":\"" + gemeente + "\"") + "}";
        MockHttpServletResponse r = doe(post("/api/v1/gebruikers").contentType(MediaType.APPLICATION_JSON)
                .content(body), BEHEERDER);
        assertThat(r.getStatus()).as(tekst(r)).isIn(201, 409);
    }

    /** The file as the request body. */
    MockHttpServletResponse importeer(String pad, String wie, byte[] inhoud, String type) {
        return doe(post(pad).contentType(type).content(inhoud), wie);
    }

    MockHttpServletResponse importeerCsv(String pad, String wie, String csv) {
        return importeer(pad, wie, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    /** The file in the form field {@code bestand}. */
    MockHttpServletResponse importeerFormulier(String pad, String wie, String bestandsnaam, byte[] inhoud,
            String type) {
        return doe(multipart(pad).file(new MockMultipartFile("bestand", bestandsnaam, type, inhoud)), wie);
    }

    MockHttpServletResponse postJson(String pad, String wie, String json) {
        return doe(post(pad).contentType(MediaType.APPLICATION_JSON).content(json), wie);
    }

    MockHttpServletResponse get(String pad, String wie) {
        return doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(pad), wie);
    }

    JsonNode json(String pad, String wie) {
        MockHttpServletResponse r = get(pad, wie);
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(200);
        return lees(r);
    }

    MockHttpServletResponse doe(AbstractMockHttpServletRequestBuilder<?> verzoek, String wie) {
        try {
            return mvc.perform(verzoek.with(httpBasic(wie, wie.equals(BEHEERDER)
                    ? IntegratieTest.BEHEERDER_WACHTWOORD : WACHTWOORD))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 200 or 201 JSON answer. */
    static JsonNode ok(MockHttpServletResponse r, int status) {
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(status);
        return lees(r);
    }

    /** A problem answer with the status. */
    static JsonNode probleem(MockHttpServletResponse r, int status) {
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(status);
        assertThat(MediaType.parseMediaType(r.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(r.getContentType()).isTrue();
        return lees(r);
    }

    /** The invalidParams as "name: reason". */
    static List<String> fouten(JsonNode probleem) {
        List<String> lijst = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> lijst.add(p.path("name").asString() + ": "
                + p.path("reason").asString()));
        return lijst;
    }

    /** The names in invalidParams. */
    static List<String> namen(JsonNode probleem) {
        List<String> lijst = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> lijst.add(p.path("name").asString()));
        return lijst;
    }

    static JsonNode lees(MockHttpServletResponse r) {
        return JSON.readTree(r.getContentAsByteArray());
    }

    static String tekst(MockHttpServletResponse r) {
        return r.getStatus() + " " + new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** An XLSX workbook with one sheet; each row's cells are String, Number, Boolean or LocalDate. */
    static byte[] xlsx(List<List<Object>> rijen) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Cijfers");
            var datum = wb.createCellStyle();
            datum.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            for (int r = 0; r < rijen.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cellen = rijen.get(r);
                for (int c = 0; c < cellen.size(); c++) {
                    Object v = cellen.get(c);
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof java.time.LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(datum);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
