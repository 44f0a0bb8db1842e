package nl.woonregie.verhuisbox.nazorg;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import nl.woonregie.verhuisbox.traject.Cijferrij;

/** The read model of aftercare and the survey for the figures (read-only), implemented in {@code internal}. */
public interface NazorgCijfers {

    /** Surveys of the team recorded in [van, tot] (Dutch time): one row per question, key the question. */
    List<Cijferrij> enquetes(long team, LocalDate van, LocalDate tot);

    /**
     * Aftercare contacts of these cases recorded in [van, tot]: key the moment ("01", "03" …), value 1 when the
     * household still lives there; {@code alleenWoontErNog}: only those.
     */
    List<Cijferrij> contacten(Collection<Long> casussen, LocalDate van, LocalDate tot, boolean alleenWoontErNog);
}
