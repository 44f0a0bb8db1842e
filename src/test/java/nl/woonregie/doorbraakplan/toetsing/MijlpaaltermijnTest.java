package nl.woonregie.doorbraakplan.toetsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A milestone is late ("te laat") when its (last) date lies before today and it is not done. */
class MijlpaaltermijnTest {

    @ParameterizedTest(name = "{0} tot {1}, gedaan {2}, vandaag {3}: te laat {4}")
    @CsvSource(nullValues = "–", textBlock = """
            # van        | tot        | gedaanOp   | vandaag    | teLaat
              2022-02-22 | –          | –          | 2022-02-23 | true
              2022-02-22 | –          | –          | 2022-02-22 | false
              2022-02-22 | –          | –          | 2022-02-21 | false
              2022-02-22 | –          | 2022-02-22 | 2022-03-01 | false
              2022-02-22 | –          | 2022-02-25 | 2022-03-01 | false
              2022-02-28 | 2022-03-04 | –          | 2022-03-02 | false
              2022-02-28 | 2022-03-04 | –          | 2022-03-04 | false
              2022-02-28 | 2022-03-04 | –          | 2022-03-05 | true
              2022-03-14 | 2022-03-16 | 2022-03-16 | 2022-04-01 | false
            """, delimiter = '|')
    void een_mijlpaal_is_te_laat_als_haar_laatste_dag_voorbij_is_en_zij_niet_gedaan_is(LocalDate van, LocalDate tot,
            LocalDate gedaanOp, LocalDate vandaag, boolean teLaat) {
        assertThat(Mijlpaaltermijn.teLaat(van, tot, gedaanOp, vandaag)).isEqualTo(teLaat);
    }

    record M(LocalDate van, LocalDate tot, long id) {
    }

    @Test
    void de_planning_staat_op_datum_en_bij_gelijke_datum_in_volgorde_van_toevoegen() {
        List<M> lijst = new ArrayList<>(List.of(new M(LocalDate.of(2022, 3, 8), null, 1),
                new M(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 4), 2), new M(LocalDate.of(2022, 2, 22), null, 4),
                new M(LocalDate.of(2022, 2, 22), null, 3)));
        lijst.sort(Mijlpaaltermijn.opDatum(M::van, M::tot, M::id));
        assertThat(lijst).extracting(M::id).containsExactly(3L, 4L, 2L, 1L);
    }
}
