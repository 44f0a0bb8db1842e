package nl.woonregie.brieven.begunstiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.CoaStand;
import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.Huurcontract;
import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.Stand;
import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.Termijn;
import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.Uitkomst;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Following a begunstigingstermijn (issue 19 §3): housed between the decision's date and the term's date is COA's
 * figure (cumulative per period: the standing on or before the term minus the one on or before the decision) plus the
 * persons of the leases that started after the decision and on or before the term; a term passed without its number is
 * NIET_GEHAALD (a finding), before its date it LOOPT, with the number reached it is GEHAALD.
 *
 * <p>The same decision in every row: decided on 1 November 2022, term 15 December 2022. COA's standings of period
 * 2022-II (from 1 July): {@code coa2022} is "date=housed;…"; of 2023-I (from 1 January) {@code coa2023}. Leases:
 * "start date=persons;…".
 */
class BegunstigingstermijnenTest {

    private static final LocalDate BESLUIT = LocalDate.of(2022, 11, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                            | termijn    | aantal | coa2022                                | coa2023               | huur                        | vandaag    | stand        | gehuisvest | coa | huur | cijfersTot
            nothing housed, term passed                       | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=50            | -                     | -                           | 2022-12-16 | NIET_GEHAALD | 0          | 0   | 0    | 2022-12-15
            on the term's own day it still runs               | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=50            | -                     | -                           | 2022-12-15 | LOOPT        | 0          | 0   | 0    | 2022-12-15
            COA's increase since the decision counts          | 2022-12-15 | 10     | 2022-10-31=50;2022-11-30=58;2022-12-15=60 | -                  | -                           | 2022-12-16 | GEHAALD      | 10         | 10  | 0    | 2022-12-15
            one short is not met                              | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=59            | -                     | -                           | 2022-12-16 | NIET_GEHAALD | 9          | 9   | 0    | 2022-12-15
            leases make up the rest (as R7)                   | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=57            | -                     | 2022-11-20=3                | 2022-12-16 | GEHAALD      | 10         | 7   | 3    | 2022-12-15
            a lease on the decision's day does not count      | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=57            | -                     | 2022-11-01=3                | 2022-12-16 | NIET_GEHAALD | 7          | 7   | 0    | 2022-12-15
            a lease on the term's day counts                  | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=57            | -                     | 2022-12-15=3                | 2022-12-16 | GEHAALD      | 10         | 7   | 3    | 2022-12-15
            a lease after the term does not count             | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=57            | -                     | 2022-12-16=3                | 2022-12-20 | NIET_GEHAALD | 7          | 7   | 0    | 2022-12-15
            COA after the term does not count                 | 2022-12-15 | 10     | 2022-10-31=50;2022-12-15=52;2022-12-31=70 | -                  | -                           | 2023-01-05 | NIET_GEHAALD | 2          | 2   | 0    | 2022-12-15
            met before the date: GEHAALD early                | 2022-12-15 | 10     | 2022-10-31=50;2022-11-30=61            | -                     | -                           | 2022-12-01 | GEHAALD      | 11         | 11  | 0    | 2022-11-30
            no COA figure since the decision yet: stale date  | 2022-12-15 | 10     | 2022-10-31=50                          | -                     | -                           | 2022-12-16 | NIET_GEHAALD | 0          | 0   | 0    | 2022-10-31
            no COA figures at all                             | 2022-12-15 | 10     | -                                      | -                     | 2022-11-10=4                | 2022-12-16 | NIET_GEHAALD | 4          | 0   | 4    | -
            """)
    void eenTermijn(String geval, LocalDate termijn, long aantal, String coa2022, String coa2023, String huur,
            LocalDate vandaag, Stand stand, long gehuisvest, long coa, long personen, LocalDate cijfersTot) {
        List<Uitkomst> u = Begunstigingstermijnen.beoordeel(BESLUIT, List.of(new Termijn(1, termijn, aantal)),
                coa(coa2022, coa2023), huur(huur), vandaag);
        assertThat(u).singleElement().satisfies(x -> {
            assertThat(x.stand()).as(geval).isEqualTo(stand);
            assertThat(x.gehuisvest()).as(geval).isEqualTo(gehuisvest);
            assertThat(x.gehuisvestCoa()).as(geval).isEqualTo(coa);
            assertThat(x.personenHuur()).as(geval).isEqualTo(personen);
            assertThat(x.cijfersTot()).as(geval).isEqualTo(cijfersTot);
            assertThat(x.tekort()).as(geval).isEqualTo(Math.max(0, aantal - gehuisvest));
        });
    }

    /**
     * Two terms across a period's change (1 January 2023 starts a new cumulative count): by 15 December 10, by
     * 1 March 2023 25 in all since the decision.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                        | coa2022                      | coa2023                      | huur         | vandaag    | eerste       | tweede       | gehuisvestTweede
            both met across the new period                 | 2022-10-31=50;2022-12-15=60;2022-12-31=62 | 2023-02-28=14                | -            | 2023-03-02 | GEHAALD      | GEHAALD      | 26
            first met, second passes short                 | 2022-10-31=50;2022-12-15=60  | 2023-02-28=10                | -            | 2023-03-02 | GEHAALD      | NIET_GEHAALD | 20
            second still runs                              | 2022-10-31=50;2022-12-15=60  | 2023-01-31=5                 | -            | 2023-02-01 | GEHAALD      | LOOPT        | 15
            first passed short, leases save the second     | 2022-10-31=50;2022-12-15=55  | 2023-02-28=12                | 2023-02-01=8 | 2023-03-02 | NIET_GEHAALD | GEHAALD      | 25
            """)
    void tweeTermijnen(String geval, String coa2022, String coa2023, String huur, LocalDate vandaag, Stand eerste,
            Stand tweede, long gehuisvestTweede) {
        List<Uitkomst> u = Begunstigingstermijnen.beoordeel(BESLUIT, List.of(
                new Termijn(2, LocalDate.of(2023, 3, 1), 25), new Termijn(1, LocalDate.of(2022, 12, 15), 10)),
                coa(coa2022, coa2023), huur(huur), vandaag);
        assertThat(u).extracting(x -> x.termijn().volgnummer()).as("in the order of their dates").containsExactly(1, 2);
        assertThat(u.get(0).stand()).as(geval).isEqualTo(eerste);
        assertThat(u.get(1).stand()).as(geval).isEqualTo(tweede);
        assertThat(u.get(1).gehuisvest()).as(geval).isEqualTo(gehuisvestTweede);
    }

    private static List<CoaStand> coa(String coa2022, String coa2023) {
        List<CoaStand> lijst = new ArrayList<>();
        paren(coa2022).forEach(p -> lijst.add(new CoaStand(LocalDate.of(2022, 7, 1), p.datum(), p.aantal())));
        paren(coa2023).forEach(p -> lijst.add(new CoaStand(LocalDate.of(2023, 1, 1), p.datum(), p.aantal())));
        return lijst;
    }

    private static List<Huurcontract> huur(String tekst) {
        return paren(tekst).stream().map(p -> new Huurcontract(p.datum(), p.aantal())).toList();
    }

    private record Paar(LocalDate datum, long aantal) {
    }

    private static List<Paar> paren(String tekst) {
        if (tekst == null) {
            return List.of();
        }
        List<Paar> lijst = new ArrayList<>();
        for (String deel : tekst.split(";")) {
            String[] kv = deel.strip().split("=");
            lijst.add(new Paar(LocalDate.parse(kv[0]), Long.parseLong(kv[1])));
        }
        return lijst;
    }
}
