package nl.woonregie.doorbraakplan.communicatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Actie;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Bevinding;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Project;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Soort;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Uitkomst;
import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid.Vraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same-moment rule of memo 5 ("Raad, bewonersorganisaties en omwonenden worden gelijktijdig geïnformeerd",
 * 000:L894-897) and the letters to the omwonenden of each new project (000:L386-391), as a table of cases on the
 * second tranche: college decision 22 March 2022, Leeghwaterplein its new project.
 */
class GelijktijdigheidTest {

    static final LocalDate BESLUIT = LocalDate.of(2022, 3, 22);
    static final Project LEEGHWATERPLEIN = new Project(7, "Leeghwaterplein");

    /** An action as a table cell: "RAAD 2022-03-29", "OMWONENDEN@7 BRIEF 2022-04" (a month), "… VERVALLEN", "… GEDAAN 2022-03-30". */
    static Actie actie(long id, String cel) {
        String[] d = cel.split(" ");
        String[] doelgroep = d[0].split("@");
        Long lead = doelgroep.length > 1 ? Long.valueOf(doelgroep[1]) : null;
        int i = 1;
        Kanaal kanaal = Kanaal.EMAIL;
        if (Arrays.stream(Kanaal.values()).anyMatch(k -> k.name().equals(d[1]))) {
            kanaal = Kanaal.valueOf(d[1]);
            i = 2;
        }
        Moment gepland = d[i].length() == 7 ? Moment.maand(YearMonth.parse(d[i])) : Moment.dag(LocalDate.parse(d[i]));
        Actiestand stand = d.length > i + 1 ? Actiestand.valueOf(d[i + 1]) : Actiestand.GEPLAND;
        LocalDate gedaan = stand == Actiestand.GEDAAN ? LocalDate.parse(d[i + 2]) : null;
        return new Actie(id, "actie " + id, Set.of(doelgroep[0].split("\\+")), kanaal, lead, gepland, stand, gedaan);
    }

    static Uitkomst toets(String... cellen) {
        List<Actie> acties = new ArrayList<>();
        for (int i = 0; i < cellen.length; i++) {
            acties.add(actie(i + 1, cellen[i]));
        }
        return Gelijktijdigheid.toets(new Vraag(BESLUIT, acties, List.of(LEEGHWATERPLEIN)));
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                // all three on the same day, the project's letter among them: no finding
                Arguments.of("alle drie op 29 maart", List.of("RAAD RAADSMEDEDELING 2022-03-29",
                        "BEWONERSORGANISATIES TELEFONISCH 2022-03-29", "OMWONENDEN@7 BRIEF 2022-03-29"), List.of()),
                // one action informing two audiences counts for both
                Arguments.of("een nieuwsbrief voor twee", List.of("RAAD+BEWONERSORGANISATIES NIEUWSBRIEF 2022-03-29",
                        "OMWONENDEN@7 BRIEF 2022-03-29"), List.of()),
                Arguments.of("de raad ontbreekt", List.of("BEWONERSORGANISATIES 2022-03-29",
                        "OMWONENDEN@7 BRIEF 2022-03-29"), List.of(Soort.DOELGROEP_ONTBREEKT)),
                Arguments.of("de omwonenden ontbreken", List.of("RAAD 2022-03-29", "BEWONERSORGANISATIES 2022-03-29"),
                        List.of(Soort.DOELGROEP_ONTBREEKT, Soort.BRIEF_OMWONENDEN_ONTBREEKT)),
                Arguments.of("raadsmededeling 29, brieven 30 maart", List.of("RAAD RAADSMEDEDELING 2022-03-29",
                        "BEWONERSORGANISATIES 2022-03-29", "OMWONENDEN@7 BRIEF 2022-03-30"),
                        List.of(Soort.VERSCHILLENDE_MOMENTEN)),
                // done a day later than planned: the day it was done counts
                Arguments.of("gedaan op een andere dag", List.of("RAAD 2022-03-29 GEDAAN 2022-03-31",
                        "BEWONERSORGANISATIES 2022-03-29", "OMWONENDEN@7 BRIEF 2022-03-29"),
                        List.of(Soort.VERSCHILLENDE_MOMENTEN)),
                Arguments.of("alle drie alleen in april", List.of("RAAD 2022-04", "BEWONERSORGANISATIES 2022-04",
                        "OMWONENDEN@7 BRIEF 2022-04"), List.of(Soort.ALLEEN_MAAND_BEKEND)),
                Arguments.of("een dag in april en april", List.of("RAAD 2022-04-05", "BEWONERSORGANISATIES 2022-04-05",
                        "OMWONENDEN@7 BRIEF 2022-04"), List.of(Soort.ALLEEN_MAAND_BEKEND)),
                Arguments.of("maart tegen april", List.of("RAAD 2022-03-29", "BEWONERSORGANISATIES 2022-03-29",
                        "OMWONENDEN@7 BRIEF 2022-04"), List.of(Soort.VERSCHILLENDE_MOMENTEN)),
                // a lapsed action informs nobody
                Arguments.of("de raadsmededeling vervallen", List.of("RAAD 2022-03-29 VERVALLEN",
                        "BEWONERSORGANISATIES 2022-03-29", "OMWONENDEN@7 BRIEF 2022-03-29"),
                        List.of(Soort.DOELGROEP_ONTBREEKT)),
                // the omwonenden told by e-mail, not by letter: the letter is still missing
                Arguments.of("geen brief maar e-mail", List.of("RAAD 2022-03-29", "BEWONERSORGANISATIES 2022-03-29",
                        "OMWONENDEN@7 EMAIL 2022-03-29"), List.of(Soort.BRIEF_OMWONENDEN_ONTBREEKT)),
                // a later meeting with the bewonersorganisaties (mei) does not move their first moment
                Arguments.of("een latere bijeenkomst telt niet", List.of("RAAD 2022-03-29",
                        "BEWONERSORGANISATIES 2022-03-29", "BEWONERSORGANISATIES BIJEENKOMST 2022-05",
                        "OMWONENDEN@7 BRIEF 2022-03-29"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void raad_bewonersorganisaties_en_omwonenden_op_hetzelfde_moment(String geval, List<String> acties,
            List<Soort> verwacht) {
        Uitkomst u = toets(acties.toArray(String[]::new));
        assertThat(u.getoetst()).isTrue();
        assertThat(u.bevindingen()).extracting(Bevinding::soort).as(geval).containsExactlyInAnyOrderElementsOf(verwacht);
        assertThat(u.inOrde()).isEqualTo(verwacht.isEmpty());
    }

    @Test
    void de_bevinding_noemt_wie_wanneer_en_met_welke_actie() {
        Uitkomst u = toets("RAAD RAADSMEDEDELING 2022-03-29", "BEWONERSORGANISATIES 2022-03-29",
                "OMWONENDEN@7 BRIEF 2022-03-30");
        assertThat(u.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.tekst()).contains("De raad: 29 maart 2022 (actie 1)",
                    "De omwonenden van Leeghwaterplein: 30 maart 2022 (actie 3)");
            assertThat(b.acties()).containsExactly(1L, 2L, 3L);
        });
        Uitkomst maand = toets("RAAD 2022-04", "BEWONERSORGANISATIES 2022-04", "OMWONENDEN@7 BRIEF 2022-04");
        assertThat(maand.bevindingen().get(0).tekst()).contains("april 2022");
    }

    @Test
    void een_vervallen_brief_met_reden_is_een_uitzondering_geen_bevinding() {
        // "m.u.v. Wonen in ontwikkeling, de communicatie over dit project verder met Haagwonen afstemmen" (000:L388-391)
        Uitkomst u = toets("RAAD 2022-03-29", "BEWONERSORGANISATIES 2022-03-29", "OMWONENDEN 2022-03-29",
                "OMWONENDEN@7 BRIEF 2022-03-29 VERVALLEN");
        assertThat(u.bevindingen()).isEmpty();
    }

    @Test
    void zonder_collegebesluit_wordt_niet_getoetst() {
        Uitkomst u = Gelijktijdigheid.toets(new Vraag(null, List.of(actie(1, "RAAD 2022-03-29")),
                List.of(LEEGHWATERPLEIN)));
        assertThat(u.getoetst()).isFalse();
        assertThat(u.bevindingen()).isEmpty();
        assertThat(u.inOrde()).isFalse();
    }

    @Test
    void een_maand_en_een_dag_erin_zijn_niet_zeker_gelijk_en_niet_zeker_verschillend() {
        Moment april = Moment.maand(YearMonth.of(2022, 4));
        Moment vijfApril = Moment.dag(LocalDate.of(2022, 4, 5));
        assertThat(april.zekerGelijk(vijfApril)).isFalse();
        assertThat(april.zekerVerschillend(vijfApril)).isFalse();
        assertThat(april.zekerVerschillend(Moment.dag(LocalDate.of(2022, 3, 31)))).isTrue();
        assertThat(vijfApril.zekerGelijk(Moment.dag(LocalDate.of(2022, 4, 5)))).isTrue();
        assertThat(new Moment(LocalDate.of(2022, 4, 17), Precisie.MAAND).datum()).isEqualTo(LocalDate.of(2022, 4, 1));
    }
}
