package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only code that writes and reads {@code brief_downloadlink} and {@code brief_download} (V166, ADR 0055): the
 * secure download links of sent letters (only the SHA-256 of a token, never the token) and the read log of their
 * downloads, and their withdrawals ({@code brief_downloadlink_intrekking}, V184). Reads the letter it serves from {@code brief} or {@code indeplaatsstelling} (both brieven's). Rows are only
 * added.
 */
@Repository
public class DownloadOpslag {

    /** A link with the sending it belongs to: one letter (a round's or a besluit) to one addressee. */
    public record Link(long id, long verzending, LocalDate geldigTot, Long ronde, Integer rondeVersie, Long besluit,
            String gemeente, String kenmerk, long contact, String naam, OffsetDateTime ingetrokkenOp) {
    }

    /**
     * The latest link of a sending, its first download (null: not downloaded) and when it was withdrawn (null: not).
     */
    public record Stand(LocalDate geldigTot, OffsetDateTime gedownloadOp, int downloads, OffsetDateTime ingetrokkenOp) {
    }

    /** A sending that may carry links: of a round's letter ({@code ronde}) or of a besluit, to which municipality. */
    public record Verzending(long id, Long ronde, Long besluit, String gemeente, String kenmerk, String naam,
            String vorm) {
    }

    private final JdbcClient jdbc;

    public DownloadOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long maak(long verzending, byte[] tokenHash, LocalDate geldigTot) {
        return jdbc.sql("insert into brief_downloadlink (verzending_id, token_hash, geldig_tot) values (?, ?, ?) "
                + "returning id").params(verzending, tokenHash, geldigTot).query(Long.class).single();
    }

    /** The link with this token's hash, whatever its validity. */
    public Optional<Link> vanHash(byte[] tokenHash) {
        return jdbc.sql("""
                select l.id, l.verzending_id, l.geldig_tot, v.ronde_id, v.ronde_versie, v.besluit_id, v.gemeente_code,
                    v.kenmerk, v.contact_id, v.naam, i.op
                from brief_downloadlink l join brief_verzending v on v.id = l.verzending_id
                    left join brief_downloadlink_intrekking i on i.link_id = l.id
                where l.token_hash = ?""").param(tokenHash)
                .query((rs, n) -> {
                    long ronde = rs.getLong(4);
                    Long r = rs.wasNull() ? null : ronde;
                    int versie = rs.getInt(5);
                    Integer rv = rs.wasNull() ? null : versie;
                    long besluit = rs.getLong(6);
                    Long b = rs.wasNull() ? null : besluit;
                    return new Link(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), r, rv, b,
                            rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                            rs.getObject(11, OffsetDateTime.class));
                }).optional();
    }

    /** The frozen PDF/A of the link's letter: the round's letter at its version, or the decided besluit. */
    public Optional<byte[]> pdf(Link l) {
        if (l.ronde() != null) {
            return jdbc.sql("select pdf from brief where ronde_id = ? and ronde_versie = ? and gemeente_code = ?")
                    .params(l.ronde(), l.rondeVersie(), l.gemeente()).query((rs, n) -> rs.getBytes(1)).optional();
        }
        return jdbc.sql("select pdf from indeplaatsstelling where id = ? and pdf is not null").param(l.besluit())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A download through the link: who (the link's addressee), which letter, from which address; when is now. */
    public void gedownload(Link l, String adres) {
        jdbc.sql("""
                insert into brief_download (link_id, verzending_id, contact_id, naam, gemeente_code, kenmerk, adres)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(l.id(), l.verzending(), l.contact(), l.naam(), l.gemeente(), l.kenmerk(),
                        adres == null || adres.length() <= 300 ? adres : adres.substring(0, 300))
                .update();
    }

    /** Per sending with a link: its latest link's last day and its first download. */
    public Map<Long, Stand> stand(Collection<Long> verzendingen) {
        Map<Long, Stand> m = new HashMap<>();
        if (verzendingen.isEmpty()) {
            return m;
        }
        jdbc.sql("""
                select distinct on (l.verzending_id) l.verzending_id, l.geldig_tot,
                    (select min(d.op) from brief_download d where d.verzending_id = l.verzending_id),
                    (select count(*) from brief_download d where d.verzending_id = l.verzending_id), i.op
                from brief_downloadlink l left join brief_downloadlink_intrekking i on i.link_id = l.id
                where l.verzending_id in (:ids) order by l.verzending_id, l.id desc""")
                .param("ids", verzendingen)
                .query(rs -> {
                    m.put(rs.getLong(1), new Stand(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, OffsetDateTime.class), rs.getInt(4), rs.getObject(5, OffsetDateTime.class)));
                });
        return m;
    }

    /** A sending by its id, whatever its way. */
    public Optional<Verzending> verzending(long id) {
        return jdbc.sql("select id, ronde_id, besluit_id, gemeente_code, kenmerk, naam, vorm from brief_verzending "
                + "where id = ?").param(id).query((rs, n) -> {
                    long ronde = rs.getLong(2);
                    Long r = rs.wasNull() ? null : ronde;
                    long besluit = rs.getLong(3);
                    Long b = rs.wasNull() ? null : besluit;
                    return new Verzending(rs.getLong(1), r, b, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7));
                }).optional();
    }

    /**
     * Withdraws every link of the sending that is not withdrawn yet (expired ones too: none of them opens again);
     * answers their ids. Locks the sending's row first, so two withdrawals at once withdraw once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> trekIn(long verzending, String reden, String door) {
        jdbc.sql("select id from brief_verzending where id = ? for update").param(verzending).query(Long.class)
                .optional();
        return jdbc.sql("""
                insert into brief_downloadlink_intrekking (link_id, verzending_id, reden, door)
                select l.id, l.verzending_id, ?, ? from brief_downloadlink l
                where l.verzending_id = ? and not exists
                    (select 1 from brief_downloadlink_intrekking i where i.link_id = l.id)
                order by l.id returning link_id""").params(reden, door, verzending).query(Long.class).list();
    }
}
