package nl.woonregie.toezicht.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import nl.woonregie.toezicht.regels.Gespreksverloop.Geweigerd;
import nl.woonregie.toezicht.regels.Gespreksverloop.Omstandigheden;
import nl.woonregie.toezicht.regels.Gespreksverloop.Stap;
import nl.woonregie.toezicht.regels.Gespreksverloop.Toegestaan;
import nl.woonregie.toezicht.regels.Gespreksverloop.Toestand;
import nl.woonregie.toezicht.regels.Gespreksverloop.Uitkomst;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which step is allowed on a toezichtgesprek in which state (issue 19 §4, ADR 0058). */
class GespreksverloopTest {

    @ParameterizedTest(name = "{0} + {1} (gehouden={2}, termijn voorbij={3}, akkoord={4}) → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # toestand | stap | gehouden | termijn voorbij | akkoord | daarna
            GEPLAND | UITNODIGEN | false | false | false | UITGENODIGD
            GEPLAND | UITNODIGEN | true | false | false | geweigerd
            UITGENODIGD | UITNODIGEN | false | false | false | UITGENODIGD
            GEPLAND | REAGEREN | false | false | false | geweigerd
            UITGENODIGD | UITNODIGEN | true | false | false | geweigerd
            GEHOUDEN | UITNODIGEN | false | false | false | geweigerd
            CONCEPT_TER_REACTIE | UITNODIGEN | true | false | false | geweigerd
            GEPLAND | CORRIGEREN | false | false | false | GEPLAND
            UITGENODIGD | CORRIGEREN | false | false | false | UITGENODIGD
            CONCEPT_TER_REACTIE | CORRIGEREN | true | false | false | CONCEPT_TER_REACTIE
            VASTGESTELD | CORRIGEREN | true | true | true | geweigerd
            GEPLAND | CONCEPT_VERSTUREN | false | false | false | geweigerd
            UITGENODIGD | CONCEPT_VERSTUREN | false | false | false | geweigerd
            UITGENODIGD | CONCEPT_VERSTUREN | true | false | false | CONCEPT_TER_REACTIE
            GEHOUDEN | CONCEPT_VERSTUREN | true | false | false | CONCEPT_TER_REACTIE
            CONCEPT_TER_REACTIE | CONCEPT_VERSTUREN | true | false | false | CONCEPT_TER_REACTIE
            VASTGESTELD | CONCEPT_VERSTUREN | true | false | false | geweigerd
            UITGENODIGD | REAGEREN | true | false | false | geweigerd
            CONCEPT_TER_REACTIE | REAGEREN | true | false | false | CONCEPT_TER_REACTIE
            CONCEPT_TER_REACTIE | REAGEREN | true | true | false | CONCEPT_TER_REACTIE
            VASTGESTELD | REAGEREN | true | true | false | geweigerd
            GEHOUDEN | VASTSTELLEN | true | true | true | geweigerd
            CONCEPT_TER_REACTIE | VASTSTELLEN | true | false | false | geweigerd
            CONCEPT_TER_REACTIE | VASTSTELLEN | true | true | false | VASTGESTELD
            CONCEPT_TER_REACTIE | VASTSTELLEN | true | false | true | VASTGESTELD
            VASTGESTELD | VASTSTELLEN | true | true | true | geweigerd
            """)
    void een_stap_is_toegestaan_of_geweigerd(Toestand toestand, Stap stap, boolean gehouden,
            boolean termijnVoorbij, boolean akkoord, String daarna) {
        Uitkomst u = Gespreksverloop.stap(toestand, stap,
                new Omstandigheden(gehouden, termijnVoorbij, akkoord));
        if (daarna.equals("geweigerd")) {
            assertThat(u).isInstanceOf(Geweigerd.class);
            assertThat(((Geweigerd) u).reden()).isNotBlank();
        } else {
            assertThat(u).isEqualTo(new Toegestaan(Toestand.valueOf(daarna)));
        }
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GEPLAND             | false | 2022-10-18 | 2022-10-30 | Gepland
            UITGENODIGD         | false | 2022-10-18 | 2022-10-30 | Uitnodiging verzonden
            UITGENODIGD         | true  | 2022-10-18 | 2022-10-30 | Gehouden
            GEHOUDEN            | true  | 2022-10-18 | 2022-10-30 | Gehouden
            CONCEPT_TER_REACTIE | true  | 2022-10-18 | 2022-10-30 | Concept-verslag ter reactie tot 18 oktober 2022
            VASTGESTELD         | true  | 2022-10-18 | 2022-10-30 | Verslag vastgesteld op 30 oktober 2022
            """)
    void de_toestand_in_het_nederlands(Toestand toestand, boolean gehouden, LocalDate reactieTot,
            LocalDate vastgesteldOp, String label) {
        assertThat(Gespreksverloop.label(toestand, gehouden, reactieTot, vastgesteldOp)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-10-04 | 10:00 | dinsdag 4 oktober 2022 om 10.00 uur
            2022-09-01 | 09:30 | donderdag 1 september 2022 om 9.30 uur
            2022-09-01 |       | donderdag 1 september 2022
            """)
    void de_datum_van_het_gesprek_in_het_nederlands(LocalDate datum, LocalTime aanvang, String tekst) {
        assertThat(Gespreksverloop.datumEnTijd(datum, aanvang)).isEqualTo(tekst);
    }

    @ParameterizedTest(name = "verzonden {0} → reactie tot {1}")
    @CsvSource({"2022-10-04, 2022-10-18", "2022-12-20, 2023-01-03"})
    void de_reactietermijn_is_veertien_dagen(LocalDate verzonden, LocalDate tot) {
        assertThat(Gespreksverloop.standaardReactieTot(verzonden)).isEqualTo(tot);
    }
}
