package nl.woonregie.platform.achtergrond.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.achtergrond.Taak;
import nl.woonregie.platform.achtergrond.Taakstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jobs as a person sees them ({@code achtergrondtaak}, owned by platform.achtergrond), beside db-scheduler's
 * executions ({@code scheduled_tasks}, the same owner). Every write names the job's {@code keer}: an execution of an
 * earlier planning of the same kind and key changes nothing.
 */
@Component
public class TaakOpslag {

    /** db-scheduler's instance of a recurring job. */
    public static final String TERUGKEREND = "recurring";
    /** Our key of a recurring job. */
    public static final String TERUGKEREND_SLEUTEL = "terugkerend";

    private final JdbcClient jdbc;

    TaakOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A newly planned job: its row and the how-manieth time this kind and key is planned. */
    public record Gepland(long id, int keer) {
    }

    /**
     * Plans the job of this kind and key unless one is waiting or running (then empty): a new row, or the finished
     * row of the previous job made new (attempts and progress reset, {@code keer} counted up). Locks the row until
     * the caller's transaction ends, so two instances planning the same job at once plan it once.
     */
    public Optional<Gepland> plan(String soort, String sleutel, String omschrijving, String gegevens, String door) {
        return jdbc.sql("""
                insert into achtergrondtaak (soort, sleutel, omschrijving, status, gepland_op, gegevens, aangevraagd_door)
                values (:soort, :sleutel, :omschrijving, 'GEPLAND', now(), :gegevens, :door)
                on conflict (soort, sleutel) do update set omschrijving = excluded.omschrijving, status = 'GEPLAND',
                    totaal = null, klaar = 0, pogingen = 0, keer = achtergrondtaak.keer + 1, gepland_op = now(),
                    volgende_op = null, gestart_op = null, gereed_op = null, instantie = null, laatste_fout = null,
                    gegevens = excluded.gegevens, aangevraagd_door = excluded.aangevraagd_door
                where achtergrondtaak.status in ('KLAAR', 'MISLUKT')
                returning id, keer""")
                .param("soort", soort).param("sleutel", sleutel).param("omschrijving", omschrijving)
                .param("gegevens", gegevens).param("door", door)
                .query((rs, n) -> new Gepland(rs.getLong(1), rs.getInt(2))).optional();
    }

    /** The row of a recurring job, made at start when it is not there yet. */
    public void terugkerend(String soort, String omschrijving) {
        jdbc.sql("""
                insert into achtergrondtaak (soort, sleutel, omschrijving, status, terugkerend, gepland_op,
                    aangevraagd_door)
                values (?, ?, ?, 'GEPLAND', true, now(), 'systeem')
                on conflict (soort, sleutel) do update set omschrijving = excluded.omschrijving""")
                .params(soort, TERUGKEREND_SLEUTEL, omschrijving).update();
    }

    /** An attempt starts on this instance; false when the execution belongs to an earlier planning. */
    public boolean gestart(String soort, String sleutel, int keer, String instantie) {
        return jdbc.sql("""
                update achtergrondtaak set status = 'BEZIG', pogingen = pogingen + 1, gestart_op = now(),
                    gereed_op = null, volgende_op = null, instantie = ?
                where soort = ? and sleutel = ? and (keer = ? and status in ('GEPLAND', 'BEZIG') or terugkerend)""")
                .params(instantie, soort, sleutel, keer).update() == 1;
    }

    public void voortgang(String soort, String sleutel, int keer, int klaar, Integer totaal) {
        jdbc.sql("""
                update achtergrondtaak set klaar = ?, totaal = coalesce(?, totaal)
                where soort = ? and sleutel = ? and (keer = ? or terugkerend) and status = 'BEZIG'""")
                .params(Math.max(0, klaar), totaal == null ? null : Math.max(0, totaal), soort, sleutel, keer)
                .update();
    }

    public void klaar(String soort, String sleutel, int keer) {
        jdbc.sql("""
                update achtergrondtaak set status = 'KLAAR', gereed_op = now(), laatste_fout = null,
                    klaar = greatest(klaar, coalesce(totaal, 0))
                where soort = ? and sleutel = ? and (keer = ? or terugkerend)""")
                .params(soort, sleutel, keer).update();
    }

    /** A failed attempt: waiting for the next one at {@code volgende}, or MISLUKT when there is none. */
    public void mislukt(String soort, String sleutel, int keer, String fout, Instant volgende) {
        jdbc.sql("""
                update achtergrondtaak set status = ?, laatste_fout = ?, volgende_op = ?,
                    gereed_op = case when ? then now() end
                where soort = ? and sleutel = ? and (keer = ? or terugkerend)""")
                .params(volgende == null ? Taakstatus.MISLUKT.name() : Taakstatus.GEPLAND.name(), fout,
                        volgende == null ? null : OffsetDateTime.ofInstant(volgende, ZoneOffset.UTC),
                        volgende == null, soort, sleutel, keer)
                .update();
    }

    /** The job's data as stored when it was planned (JSON). */
    public Optional<String> gegevens(long id) {
        return jdbc.sql("select gegevens from achtergrondtaak where id = ?").param(id).query(String.class).optional();
    }

    private static final String SELECT = """
            select a.id, a.soort, a.sleutel, a.omschrijving, a.status, a.totaal, a.klaar, a.pogingen, a.terugkerend,
                a.gepland_op, coalesce(case when not s.picked then s.execution_time end, a.volgende_op) as volgende_op,
                a.gestart_op, a.gereed_op, coalesce(s.picked_by, a.instantie) as instantie, a.laatste_fout,
                a.aangevraagd_door, s.last_heartbeat
            from achtergrondtaak a
            left join scheduled_tasks s on s.task_name = a.soort and s.task_instance =
                case when a.terugkerend then 'recurring' else a.sleutel || '#' || a.keer end
            """;

    /** The job of this kind and key, if there is one. */
    public Optional<Taak> van(String soort, String sleutel) {
        return jdbc.sql(SELECT + " where a.soort = ? and a.sleutel = ?").params(soort, sleutel)
                .query(TaakOpslag::taak).optional();
    }

    public Optional<Taak> lees(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(TaakOpslag::taak).optional();
    }

    /**
     * The jobs for the administrator: recurring ones first, then the open and failed ones, then the others, newest
     * first; at most {@code max}.
     */
    public List<Taak> overzicht(int max) {
        return jdbc.sql(SELECT + """
                 order by a.terugkerend desc,
                    case a.status when 'BEZIG' then 0 when 'MISLUKT' then 1 when 'GEPLAND' then 2 else 3 end,
                    a.gepland_op desc, a.id desc
                limit ?""").param(max).query(TaakOpslag::taak).list();
    }

    /** How many jobs there are in each state (one-time jobs only). */
    public long aantal(Taakstatus status) {
        return jdbc.sql("select count(*) from achtergrondtaak where status = ? and not terugkerend")
                .param(status.name()).query(Long.class).single();
    }

    private static Taak taak(ResultSet rs, int n) throws SQLException {
        return new Taak(rs.getLong("id"), rs.getString("soort"), rs.getString("sleutel"), rs.getString("omschrijving"),
                Taakstatus.valueOf(rs.getString("status")), (Integer) rs.getObject("totaal"), rs.getInt("klaar"),
                rs.getInt("pogingen"), rs.getBoolean("terugkerend"), rs.getObject("gepland_op", OffsetDateTime.class),
                rs.getObject("volgende_op", OffsetDateTime.class), rs.getObject("gestart_op", OffsetDateTime.class),
                rs.getObject("gereed_op", OffsetDateTime.class), rs.getString("instantie"),
                rs.getString("laatste_fout"), rs.getString("aangevraagd_door"),
                rs.getObject("last_heartbeat", OffsetDateTime.class));
    }
}
