package nl.woonregie.verhuisbox.traject.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the register of referring organisations (traject owns {@code vhb_verwijzer} and
 * {@code vhb_verwijzer_aanmelder}; the link of a referral is {@code vhb_casus.verwijzer_id}).
 */
@Repository
public class VerwijzerRepository {

    /** A register entry as stored; {@code aanmelders} are the ids of the accounts that belong to it. */
    public record Rij(long id, long team, String naam, String soort, String contactpersoon, String contactEmail,
            boolean actief, int versie, List<Long> aanmelders) {
    }

    /** Free text of live referrals of the team that is not linked to an entry, with its number of cases. */
    public record Tekst(String organisatie, long casussen) {
    }

    private static final String SELECT = """
            select v.id, v.team_id, v.naam, v.soort, v.contactpersoon, v.contact_email, v.actief, v.versie,
                   coalesce((select array_agg(a.gebruiker_id order by a.gebruiker_id) from vhb_verwijzer_aanmelder a
                             where a.verwijzer_id = v.id), '{}')
            from vhb_verwijzer v""";

    private final JdbcClient jdbc;

    VerwijzerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rij> vanTeam(long team) {
        return jdbc.sql(SELECT + " where v.team_id = ? order by lower(v.naam)").param(team).query((rs, i) -> rij(rs))
                .list();
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    /** The entry of the team with this name (ignoring case and surrounding spaces), other than {@code behalve}. */
    public boolean naamBezet(long team, String naam, long behalve) {
        return jdbc.sql("select count(*) from vhb_verwijzer where team_id = ? and lower(naam) = lower(?) and id <> ?")
                .params(team, naam.strip(), behalve).query(Long.class).single() > 0;
    }

    /** The active entry of the team with this name (ignoring case and surrounding spaces), if any. */
    public Optional<Rij> actiefMetNaam(long team, String naam) {
        return jdbc.sql(SELECT + " where v.team_id = ? and lower(v.naam) = lower(?) and v.actief")
                .params(team, naam.strip()).query((rs, i) -> rij(rs)).optional();
    }

    public long voegToe(long team, String naam, String soort, String contactpersoon, String contactEmail,
            boolean actief, String door) {
        return jdbc.sql("""
                insert into vhb_verwijzer (team_id, naam, soort, contactpersoon, contact_email, actief, gewijzigd_door)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(team, naam, soort, contactpersoon, contactEmail, actief, door).query(Long.class).single();
    }

    /** Changes the entry at version {@code versie}; false when it is at another version (nothing changed). */
    public boolean wijzig(long id, int versie, String naam, String soort, String contactpersoon, String contactEmail,
            boolean actief, String door) {
        return jdbc.sql("""
                update vhb_verwijzer set naam = ?, soort = ?, contactpersoon = ?, contact_email = ?, actief = ?,
                    versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = now()
                where id = ? and versie = ?""")
                .params(naam, soort, contactpersoon, contactEmail, actief, door, id, versie).update() == 1;
    }

    /** Raises the version of an entry (a change of its accounts); false when it is at another version. */
    public boolean verhoogVersie(long id, int versie, String door) {
        return jdbc.sql("update vhb_verwijzer set versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = now() "
                + "where id = ? and versie = ?").params(door, id, versie).update() == 1;
    }

    /** The entry an account belongs to in a team, if any. */
    public Optional<Long> vanAanmelder(long gebruiker, long team) {
        return jdbc.sql("select verwijzer_id from vhb_verwijzer_aanmelder where gebruiker_id = ? and team_id = ?")
                .params(gebruiker, team).query(Long.class).optional();
    }

    /** The account now belongs to this entry (in place of another entry of the team). */
    public void koppelAanmelder(long gebruiker, long team, long verwijzer, String door) {
        jdbc.sql("""
                insert into vhb_verwijzer_aanmelder (gebruiker_id, team_id, verwijzer_id, gekoppeld_door)
                values (?, ?, ?, ?)
                on conflict (gebruiker_id, team_id) do update set verwijzer_id = excluded.verwijzer_id,
                    gekoppeld_door = excluded.gekoppeld_door, gekoppeld_op = now()""")
                .params(gebruiker, team, verwijzer, door).update();
    }

    public boolean ontkoppelAanmelder(long gebruiker, long team, long verwijzer) {
        return jdbc.sql("delete from vhb_verwijzer_aanmelder where gebruiker_id = ? and team_id = ? "
                + "and verwijzer_id = ?").params(gebruiker, team, verwijzer).update() == 1;
    }

    /** The free texts of the team's live referrals without an entry (imported cases are never linked). */
    public List<Tekst> ongekoppeld(long team) {
        return jdbc.sql("""
                select c.aanmelder_organisatie, count(*) from vhb_casus c
                where c.team_id = ? and c.verwijzer_id is null
                  and not exists (select 1 from vhb_historie h where h.casus_id = c.id)
                group by c.aanmelder_organisatie order by count(*) desc, c.aanmelder_organisatie""")
                .param(team).query((rs, i) -> new Tekst(rs.getString(1), rs.getLong(2))).list();
    }

    /** Links the team's unlinked live referrals with exactly this free text to the entry; their ids. */
    public List<Long> koppelTekst(long team, String organisatie, long verwijzer) {
        return jdbc.sql("""
                update vhb_casus c set verwijzer_id = ?
                where c.team_id = ? and c.verwijzer_id is null and c.aanmelder_organisatie = ?
                  and not exists (select 1 from vhb_historie h where h.casus_id = c.id)
                returning c.id""")
                .params(verwijzer, team, organisatie).query(Long.class).list();
    }

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long[] ids = (Long[]) rs.getArray(9).getArray();
        return new Rij(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getInt(8), List.of(ids));
    }
}
