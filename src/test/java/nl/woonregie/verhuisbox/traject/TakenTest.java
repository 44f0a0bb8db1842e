package nl.woonregie.verhuisbox.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.verhuisbox.HistorischeImport.Statusstap;
import nl.woonregie.verhuisbox.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tasks a state brings and keeps, without a database: the rule the transitions and the import share. */
class TakenTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Test
    void elke_taak_die_een_status_meebrengt_staat_in_die_status_open() {
        for (Status naar : Status.values()) {
            List<Status> vanuit = new ArrayList<>(List.of(Status.values()));
            vanuit.add(null);
            for (Status van : vanuit) {
                for (boolean minderjarigen : new boolean[] {false, true}) {
                    for (Taken.Binnenkomsttaak t : Taken.bijBinnenkomst(van, naar, minderjarigen)) {
                        assertThat(t.soort().openIn(naar)).as(van + " → " + naar + ": " + t.soort()).isTrue();
                    }
                }
            }
        }
    }

    /** A history as steps "VAN>NAAR@dag" (day of June 2025); the tasks it leaves open, with their deadline's day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            >MELDING@1                                                   | MELDING_BEOORDELEN@6
            >MELDING@1 MELDING>ICP_TOETS@2                               | MELDING_BEOORDELEN@6
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>GEWEIGERD@3         |
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>WACHTLIJST@3 WACHTLIJST>INTAKE@10 | INTAKE@24
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>WACHTLIJST@3 WACHTLIJST>INTAKE@10 INTAKE>ZOEKEN@12 | INSCHRIJVEN@19
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>WACHTLIJST@3 WACHTLIJST>INTAKE@10 INTAKE>ZOEKEN@12 ZOEKEN>AANBOD@20 AANBOD>ZOEKEN@22 | INSCHRIJVEN@19
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>WACHTLIJST@3 WACHTLIJST>INTAKE@10 INTAKE>ZOEKEN@12 ZOEKEN>AANBOD@20 AANBOD>VERHUIZING@25 | BIJZONDERE_BIJSTAND@30 OVERDRACHT@9
            >MELDING@1 MELDING>ICP_TOETS@2 ICP_TOETS>WACHTLIJST@3 WACHTLIJST>INTAKE@10 INTAKE>ZOEKEN@12 ZOEKEN>AANBOD@20 AANBOD>VERHUIZING@25 VERHUIZING>AFGESLOTEN@28 |
            >MELDING@1 MELDING>AFGESLOTEN@2                              |
            """)
    void een_geimporteerde_casus_krijgt_de_taken_die_zijn_geschiedenis_open_laat(String geschiedenis, String open) {
        List<Statusstap> stappen = new ArrayList<>();
        for (String s : geschiedenis.strip().split(" +")) {
            String[] vanNaar = s.substring(0, s.indexOf('@')).split(">");
            int dag = Integer.parseInt(s.substring(s.indexOf('@') + 1));
            stappen.add(new Statusstap(vanNaar[0].isEmpty() ? null : Status.valueOf(vanNaar[0]),
                    Status.valueOf(vanNaar[1]), "test", "test",
                    OffsetDateTime.of(2025, 6, dag, 10, 0, 0, 0, ZoneOffset.ofHours(2))));
        }
        List<String> taken = Taken.openNa(7, stappen, NL).stream()
                .map(t -> t.soort() + "@" + t.deadline().getDayOfMonth()).sorted().toList();
        List<String> verwacht = open == null ? List.of() : List.of(open.strip().split(" +"));
        assertThat(taken).isEqualTo(verwacht);
    }

    /** The CJG rule: with minor children, entering Intake also brings the family talk, which searching leaves done. */
    @ParameterizedTest(name = "{0} kinderen={1}")
    @CsvSource(delimiter = '|', textBlock = """
            WACHTLIJST>INTAKE@10                      | false | INTAKE@24
            WACHTLIJST>INTAKE@10                      | true  | GEZINSGESPREK@24 INTAKE@24
            WACHTLIJST>INTAKE@10 INTAKE>ZOEKEN@12     | true  | INSCHRIJVEN@19
            WACHTLIJST>INTAKE@10 INTAKE>AFGESLOTEN@12 | true  |
            ICP_TOETS>ALLEEN_GELD@10                  | true  | TOEWIJZEN@15 WONING_VASTLEGGEN@24
            """)
    void met_minderjarige_kinderen_brengt_de_intake_het_gezinsgesprek_mee(String geschiedenis, boolean kinderen,
            String open) {
        List<Statusstap> stappen = new ArrayList<>();
        for (String s : geschiedenis.strip().split(" +")) {
            String[] vanNaar = s.substring(0, s.indexOf('@')).split(">");
            stappen.add(new Statusstap(Status.valueOf(vanNaar[0]), Status.valueOf(vanNaar[1]), "test", "test",
                    OffsetDateTime.of(2025, 6, Integer.parseInt(s.substring(s.indexOf('@') + 1)), 10, 0, 0, 0,
                            ZoneOffset.ofHours(2))));
        }
        assertThat(Taken.openNa(7, stappen, kinderen, NL).stream()
                .map(t -> t.soort() + "@" + t.deadline().getDayOfMonth()).sorted().toList())
                .isEqualTo(open == null ? List.of() : List.of(open.strip().split(" +")));
    }
}
