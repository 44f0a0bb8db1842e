package nl.woonregie.platform.post.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.post.Bericht;
import nl.woonregie.platform.post.Poststatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of the outbox ({@code post_bericht}, {@code post_poging}, owned by platform.post). */
@Component
public class PostOpslag {

    private final JdbcClient jdbc;

    PostOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long plaats(String aan, String onderwerp, String tekst, String html, String sjabloon, String door) {
        return jdbc.sql("""
                insert into post_bericht (aan, onderwerp, tekst, html, sjabloon, status, aangemaakt_door)
                values (?, ?, ?, ?, ?, 'NIET_VERZONDEN', ?) returning id""")
                .params(aan, onderwerp, tekst, html, sjabloon, door).query(Long.class).single();
    }

    public void bijlage(long bericht, int volgorde, String naam, String mediatype, byte[] inhoud) {
        jdbc.sql("insert into post_bijlage (bericht_id, volgorde, naam, mediatype, inhoud) values (?, ?, ?, ?, ?)")
                .params(bericht, volgorde, naam, mediatype, inhoud).update();
    }

    /** An attachment as it is sent. */
    public record Bijlage(String naam, String mediatype, byte[] inhoud) {
    }

    /** The attachments of a message, in their order. */
    public List<Bijlage> bijlagen(long bericht) {
        return jdbc.sql("select naam, mediatype, inhoud from post_bijlage where bericht_id = ? order by volgorde")
                .param(bericht).query((rs, n) -> new Bijlage(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    /** These messages without their attempts, by id. */
    public java.util.Map<Long, Bericht> stand(java.util.Collection<Long> ids) {
        java.util.Map<Long, Bericht> m = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        jdbc.sql(SELECT + " where id = any(?)").param(ids.toArray(Long[]::new))
                .query((rs, n) -> bericht(rs, List.of())).list().forEach(b -> m.put(b.id(), b));
        return m;
    }

    /** A message to send now, locked until the transaction ends (another instance skips it). */
    public record TeVerzenden(long id, String aan, String onderwerp, String tekst, String html, int pogingen) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TeVerzenden> volgende() {
        return jdbc.sql("""
                select id, aan, onderwerp, tekst, html, pogingen from post_bericht
                where status = 'NIET_VERZONDEN' and volgende_poging <= now()
                order by volgende_poging, id limit 1 for update skip locked""")
                .query((rs, n) -> new TeVerzenden(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6))).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void verzonden(long id, String instantie, String server) {
        jdbc.sql("""
                update post_bericht set status = 'VERZONDEN', pogingen = pogingen + 1, verzonden_op = now(),
                    laatste_fout = null where id = ?""").param(id).update();
        poging(id, instantie, server, true, null);
    }

    /** A failed attempt: again after {@code wacht}, or MISLUKT when it was the last one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mislukt(long id, String instantie, String server, String fout, Duration wacht, boolean laatste) {
        jdbc.sql("""
                update post_bericht set status = ?, pogingen = pogingen + 1, laatste_fout = ?,
                    volgende_poging = now() + ? * interval '1 millisecond' where id = ?""")
                .params(laatste ? "MISLUKT" : "NIET_VERZONDEN", fout, wacht.toMillis(), id).update();
        poging(id, instantie, server, false, fout);
    }

    private void poging(long id, String instantie, String server, boolean gelukt, String fout) {
        jdbc.sql("insert into post_poging (bericht_id, instantie, server, gelukt, fout) values (?, ?, ?, ?, ?)")
                .params(id, instantie, server, gelukt, fout).update();
    }

    /** Offers a message again: due now, attempts from zero; false when it was sent meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean opnieuw(long id) {
        return jdbc.sql("""
                update post_bericht set status = 'NIET_VERZONDEN', pogingen = 0, volgende_poging = now()
                where id = ? and status <> 'VERZONDEN'""").param(id).update() == 1;
    }

    private static final String SELECT = """
            select id, aan, onderwerp, sjabloon, status, pogingen, volgende_poging, aangemaakt_op, aangemaakt_door,
                verzonden_op, laatste_fout from post_bericht
            """;

    public List<Bericht> overzicht(int max) {
        return jdbc.sql(SELECT + """
                 order by case status when 'MISLUKT' then 0 when 'NIET_VERZONDEN' then 1 else 2 end,
                    aangemaakt_op desc, id desc limit ?""").param(max).query((rs, n) -> bericht(rs, List.of())).list();
    }

    public Optional<Bericht> lees(long id) {
        List<Bericht.Poging> pogingen = jdbc.sql("""
                select op, instantie, server, gelukt, fout from post_poging where bericht_id = ? order by op, id""")
                .param(id).query((rs, n) -> new Bericht.Poging(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getString(5))).list();
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> bericht(rs, pogingen)).optional();
    }

    public long aantal(Poststatus status) {
        return jdbc.sql("select count(*) from post_bericht where status = ?").param(status.name()).query(Long.class)
                .single();
    }

    private static Bericht bericht(ResultSet rs, List<Bericht.Poging> pogingen) throws SQLException {
        return new Bericht(rs.getLong("id"), rs.getString("aan"), rs.getString("onderwerp"), rs.getString("sjabloon"),
                Poststatus.valueOf(rs.getString("status")), rs.getInt("pogingen"),
                rs.getObject("volgende_poging", OffsetDateTime.class),
                rs.getObject("aangemaakt_op", OffsetDateTime.class), rs.getString("aangemaakt_door"),
                rs.getObject("verzonden_op", OffsetDateTime.class), rs.getString("laatste_fout"), pogingen);
    }
}
