package nl.woonregie.programma;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.programma.voortgang.Evaluatiestatus;

/**
 * An evaluation moment of a programme (issue 18 §5): what is evaluated, on which date, planned or held, and the
 * outcome; recorded by the programme manager in a version of the programme.
 *
 * @param nummer   its number within the programme
 * @param naam     what is evaluated ("Tussenevaluatie pilot vroegsignalering")
 * @param datum    the (planned) date
 * @param status   planned or held
 * @param uitkomst the outcome (null while there is none)
 * @param project  the project it belongs to (null: the programme)
 * @param versie   the version of the programme in which it was last recorded
 * @param door     who recorded it
 * @param op       when
 */
@Schema(name = "ProgrammaEvaluatiemoment")
public record Evaluatiemoment(int nummer, String naam, LocalDate datum, Evaluatiestatus status, String uitkomst,
        Integer project, int versie, String door, OffsetDateTime op) {
}
