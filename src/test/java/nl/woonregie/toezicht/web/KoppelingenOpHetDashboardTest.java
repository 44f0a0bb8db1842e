package nl.woonregie.toezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.RondeFixture;
import nl.woonregie.support.RondeFixture.Cijfers;
import nl.woonregie.toezicht.regels.NlFormaat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The province dashboard says which date its koppelingen figures belong to. At a tussentijdse toets it counts the
 * koppelingen and lists every municipality with too few; at the eindoordeel after it there is no count (the card
 * and the column do not pretend there is one), and the list is that of the mid date, said so, with only the
 * municipalities that did not realise their opgave (one that realised it had the koppelingen it needed). The same
 * rule for the API and the letters is a scenario: {@code scenarios/rondes/koppelingen-bij-eindoordeel.yaml}.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=toezicht-rondes")
class KoppelingenOpHetDashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GebiedService gebied;

    @Test
    void bij_het_eindoordeel_noemt_het_dashboard_alleen_wie_niet_realiseerde_met_te_weinig_koppelingen_op_de_middendatum() {
        Api api = new Api(mvc);
        RondeFixture.Toezicht t = new RondeFixture(mvc, jdbc, gebied).nieuw();
        // all three on schedule with 50 of 100 housed at the mid date
        String gerealiseerd = t.gemeente(new Cijfers(0, "1", 100, 50, 10, 110, 0));     // too few, then 110%
        String nietGerealiseerd = t.gemeente(new Cijfers(0, "1", 100, 50, 10, 70, 5));  // too few, then 70%
        String genoeg = t.gemeente(new Cijfers(0, "1", 100, 50, 80, 70, 20));           // enough, then 70%
        t.vastgesteld(t.tussentijds());
        t.ronde(t.eindoordeel());
        String midden = NlFormaat.datum(t.tussentijds());

        JsonNode tussen = api.als(t.toezichthouder()).get(overzicht(t.tussentijds().toString())).json();
        assertThat(teksten(tussen.get("totalen").get("gemeentenMetTeWeinigKoppelingen")))
                .containsExactlyInAnyOrder(naam(gerealiseerd), naam(nietGerealiseerd));
        JsonNode eindOverzicht = api.als(t.toezichthouder()).get(overzicht(t.eindoordeel().toString())).json();
        JsonNode eind = eindOverzicht.get("totalen");
        assertThat(teksten(eind.get("gemeentenMetTeWeinigKoppelingen"))).containsExactly(naam(nietGerealiseerd));
        for (JsonNode r : eindOverzicht.get("gemeenten")) {
            if (r.get("gemeente").asString().equals(genoeg)) {
                assertThat(r.get("conclusie").asString()).isEqualTo("VOLGENDE_FASE");
                assertThat(r.get("koppelingenVoldoende").asBoolean()).isTrue();
            }
        }
        assertThat(eind.get("koppelingen").isNull()).isTrue();
        assertThat(eind.get("haalbaar").isNull()).isTrue();
        assertThat(eind.get("koppelingenOordeelPer").asString()).isEqualTo(t.tussentijds().toString());

        String tussenPagina = pagina(api, t, t.tussentijds().toString());
        assertThat(lijst(tussenPagina, "Gemeenten met te weinig koppelingen"))
                .containsExactlyInAnyOrder(naam(gerealiseerd), naam(nietGerealiseerd));
        assertThat(tussenPagina).contains("koppelingen — niet haalbaar"); // 100 koppelingen, 150 left

        String eindPagina = pagina(api, t, t.eindoordeel().toString());
        assertThat(lijst(eindPagina, "Niet gerealiseerd, met te weinig koppelingen op " + midden))
                .containsExactly(naam(nietGerealiseerd));
        assertThat(eindPagina)
                .contains("gemeenten niet gerealiseerd, met te weinig koppelingen op " + midden)
                .contains("Het oordeel over de koppelingen is dat van de tussentijdse toets per " + midden)
                .contains("Koppelingen voldoende op " + midden)
                .doesNotContain("haalbaarheid onbekend")
                .doesNotContain("Gemeenten met te weinig koppelingen");
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new java.util.ArrayList<>();
        lijst.forEach(n -> teksten.add(n.asString()));
        return teksten;
    }

    private static String overzicht(String peildatum) {
        return "/api/v1/provincies/" + RondeFixture.PROVINCIE + "/overzicht?peildatum=" + peildatum;
    }

    private String pagina(Api api, RondeFixture.Toezicht t, String peildatum) {
        return HtmlUtils.htmlUnescape(api.als(t.toezichthouder())
                .get("/provincies/" + RondeFixture.PROVINCIE + "?peildatum=" + peildatum).status(200).tekst());
    }

    /** The names in the paragraph under the heading (comma separated). */
    private static List<String> lijst(String html, String kop) {
        Matcher m = Pattern.compile(Pattern.quote(kop) + "</h3>\\s*<p class=\"utrecht-paragraph\">([^<]*)</p>")
                .matcher(html);
        assertThat(m.find()).as("kop '" + kop + "' met een lijst").isTrue();
        return List.of(m.group(1).split(", "));
    }

    private String naam(String gemeente) {
        return gebied.naam(gemeente);
    }
}
