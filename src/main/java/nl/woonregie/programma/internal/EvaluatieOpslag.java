package nl.woonregie.programma.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.programma.Evaluatiemoment;
import nl.woonregie.programma.voortgang.Evaluatiestatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only code that reads and writes {@code programma_evaluatie}: a programme's evaluation moments, each recorded in
 * a version of the programme ({@code versie}) by someone.
 */
@Repository
public class EvaluatieOpslag {

    private final JdbcClient jdbc;

    public EvaluatieOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The evaluation moments of a programme by date. */
    public List<Evaluatiemoment> lijst(long programma) {
        return jdbc.sql("""
                select nummer, naam, datum, status, uitkomst, project, versie, door, op from programma_evaluatie
                where programma_id = ? order by datum, nummer""").param(programma)
                .query((rs, i) -> new Evaluatiemoment(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), Evaluatiestatus.valueOf(rs.getString(4)), rs.getString(5),
                        (Integer) rs.getObject(6), rs.getInt(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /** One evaluation moment. */
    public Optional<Evaluatiemoment> lees(long programma, int nummer) {
        return lijst(programma).stream().filter(e -> e.nummer() == nummer).findFirst();
    }

    /** Adds or replaces an evaluation moment, recorded in version {@code versie} of the programme. */
    public void zet(long programma, Evaluatiemoment e, int versie, String door) {
        jdbc.sql("""
                insert into programma_evaluatie (programma_id, nummer, naam, datum, status, uitkomst, project, versie,
                    door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (programma_id, nummer) do update set naam = excluded.naam, datum = excluded.datum,
                    status = excluded.status, uitkomst = excluded.uitkomst, project = excluded.project,
                    versie = excluded.versie, door = excluded.door, op = now()""")
                .params(programma, e.nummer(), e.naam(), e.datum(), e.status().name(), e.uitkomst(), e.project(),
                        versie, door)
                .update();
    }
}
