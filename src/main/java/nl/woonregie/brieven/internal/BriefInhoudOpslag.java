package nl.woonregie.brieven.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only code that reads and writes {@code brief_inhoud_ronde} and {@code brief_inhoud_gemeente}: the letter's own
 * content set during the round's review (dossier/zaak number, signer, free paragraphs, "Uw kenmerk", copy-to list).
 * A row is written only at the version its author saw (version 0: there is none yet); the service answers 409
 * otherwise. The round-wide lock ({@link #vergrendel}) is the one the vaststelling takes before the letters are
 * reserved, so no content changes between a round's vaststelling and the making of its letters.
 */
@Repository
public class BriefInhoudOpslag {

    /** The round's part: zaaknummer, signer and function, free paragraph; version 0 when nothing is stored. */
    public record Ronde(String zaaknummer, String ondertekenaar, String functie, String alinea, int versie,
            OffsetDateTime op, String door) {

        public static final Ronde LEEG = new Ronde(null, null, null, null, 0, null, null);
    }

    /** A municipality's part: Uw kenmerk, free paragraph, copy-to list; version 0 when nothing is stored. */
    public record Gemeente(String uwKenmerk, String alinea, List<String> afschrift, int versie, OffsetDateTime op,
            String door) {

        public static final Gemeente LEEG = new Gemeente(null, null, List.of(), 0, null, null);
    }

    private final JdbcClient jdbc;

    public BriefInhoudOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the changes of a round's content with its vaststelling (transaction-scoped advisory lock). */
    public void vergrendel(long ronde) {
        jdbc.sql("select pg_advisory_xact_lock(4816, cast(? as int))").param((int) ronde).query((rs, n) -> 1).list();
    }

    public Ronde ronde(long ronde) {
        return jdbc.sql("""
                select zaaknummer, ondertekenaar, ondertekenaar_functie, alinea, versie, gewijzigd_op, gewijzigd_door
                  from brief_inhoud_ronde where ronde_id = ?""").param(ronde)
                .query((rs, n) -> new Ronde(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .optional().orElse(Ronde.LEEG);
    }

    public Optional<Gemeente> gemeente(long ronde, String gemeente) {
        return jdbc.sql("""
                select uw_kenmerk, alinea, afschrift, versie, gewijzigd_op, gewijzigd_door
                  from brief_inhoud_gemeente where ronde_id = ? and gemeente_code = ?""").params(ronde, gemeente)
                .query((rs, n) -> new Gemeente(rs.getString(1), rs.getString(2), regels(rs.getString(3)),
                        rs.getInt(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .optional();
    }

    /** Every municipality's part of the round, by code. */
    public Map<String, Gemeente> gemeenten(long ronde) {
        return jdbc.sql("""
                select gemeente_code, uw_kenmerk, alinea, afschrift, versie, gewijzigd_op, gewijzigd_door
                  from brief_inhoud_gemeente where ronde_id = ?""").param(ronde)
                .query((rs, n) -> Map.entry(rs.getString(1), new Gemeente(rs.getString(2), rs.getString(3),
                        regels(rs.getString(4)), rs.getInt(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores the round's part made to version {@code van}; false when it is no longer at that version. */
    public boolean slaRondeOp(long ronde, int van, String zaaknummer, String ondertekenaar, String functie,
            String alinea, String door) {
        if (van == 0) {
            return jdbc.sql("""
                    insert into brief_inhoud_ronde (ronde_id, zaaknummer, ondertekenaar, ondertekenaar_functie, alinea,
                        versie, gewijzigd_door) values (?, ?, ?, ?, ?, 1, ?) on conflict do nothing""")
                    .params(ronde, zaaknummer, ondertekenaar, functie, alinea, door).update() == 1;
        }
        return jdbc.sql("""
                update brief_inhoud_ronde set zaaknummer = ?, ondertekenaar = ?, ondertekenaar_functie = ?, alinea = ?,
                    versie = versie + 1, gewijzigd_op = now(), gewijzigd_door = ?
                 where ronde_id = ? and versie = ?""")
                .params(zaaknummer, ondertekenaar, functie, alinea, door, ronde, van).update() == 1;
    }

    /** Stores a municipality's part made to version {@code van}; false when it is no longer at that version. */
    public boolean slaGemeenteOp(long ronde, String gemeente, int van, String uwKenmerk, String alinea,
            List<String> afschrift, String door) {
        String regels = afschrift.isEmpty() ? null : String.join("\n", afschrift);
        if (van == 0) {
            return jdbc.sql("""
                    insert into brief_inhoud_gemeente (ronde_id, gemeente_code, uw_kenmerk, alinea, afschrift, versie,
                        gewijzigd_door) values (?, ?, ?, ?, ?, 1, ?) on conflict do nothing""")
                    .params(ronde, gemeente, uwKenmerk, alinea, regels, door).update() == 1;
        }
        return jdbc.sql("""
                update brief_inhoud_gemeente set uw_kenmerk = ?, alinea = ?, afschrift = ?, versie = versie + 1,
                    gewijzigd_op = now(), gewijzigd_door = ?
                 where ronde_id = ? and gemeente_code = ? and versie = ?""")
                .params(uwKenmerk, alinea, regels, door, ronde, gemeente, van).update() == 1;
    }

    private static List<String> regels(String tekst) {
        return tekst == null ? List.of() : Arrays.stream(tekst.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
