package nl.woonregie.verhuisbox.geld.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.verhuisbox.Geld.Vorm;
import nl.woonregie.verhuisbox.geld.Potten.Overschrijding;
import nl.woonregie.verhuisbox.geld.Potten.Pot;
import nl.woonregie.verhuisbox.geld.Potten.Regel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the pots and the grant rules (geld owns {@code vhb_pot} and {@code vhb_regel}). */
@Repository
public class PotRepository {

    private final JdbcClient jdbc;

    PotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- pots

    private static Pot pot(ResultSet rs, int i) throws SQLException {
        return new Pot(rs.getLong("id"), rs.getLong("team_id"), rs.getInt("jaar"), rs.getString("code"),
                rs.getString("naam"), rs.getBigDecimal("bedrag"), rs.getInt("waarschuwing_pct"), rs.getString("bron"),
                rs.getString("gewijzigd_door"), rs.getObject("gewijzigd_op", OffsetDateTime.class));
    }

    public List<Pot> potten(long team, int jaar) {
        return jdbc.sql("select * from vhb_pot where team_id = ? and jaar = ? order by code").params(team, jaar)
                .query(PotRepository::pot).list();
    }

    public Optional<Pot> pot(long id) {
        return jdbc.sql("select * from vhb_pot where id = ?").param(id).query(PotRepository::pot).optional();
    }

    /** The pot, locked until the end of the transaction (two approvals cannot both pass its last euro). */
    public Pot vergrendel(long id) {
        return jdbc.sql("select * from vhb_pot where id = ? for update").param(id).query(PotRepository::pot).single();
    }

    public Optional<Long> potId(long team, int jaar, String code) {
        return jdbc.sql("select id from vhb_pot where team_id = ? and jaar = ? and code = ?")
                .params(team, jaar, code).query(Long.class).optional();
    }

    public void wijzig(long id, String naam, BigDecimal bedrag, Integer waarschuwingPct, String bron, String door,
            OffsetDateTime op) {
        jdbc.sql("""
                update vhb_pot set naam = coalesce(?, naam), bedrag = coalesce(?, bedrag),
                    waarschuwing_pct = coalesce(?, waarschuwing_pct), bron = coalesce(?, bron),
                    gewijzigd_door = ?, gewijzigd_op = ? where id = ?""")
                .params(naam, bedrag, waarschuwingPct, bron, door, op, id).update();
    }

    public long maak(long team, int jaar, String code, String naam, BigDecimal bedrag, int pct, String bron,
            String door, OffsetDateTime op) {
        return jdbc.sql("""
                insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct, bron, gewijzigd_door,
                    gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(team, jaar, code, naam, bedrag, pct, bron, door, op).query(Long.class).single();
    }

    /** Makes the pot when the team has none with this code in the year (historical budgets); nothing else. */
    public void zorgVoor(long team, int jaar, String code, String naam, BigDecimal bedrag) {
        jdbc.sql("insert into vhb_pot (team_id, jaar, code, naam, bedrag) values (?, ?, ?, ?, ?) "
                        + "on conflict (team_id, jaar, code) do nothing")
                .params(team, jaar, code, naam, bedrag).update();
    }

    /** The latest year before {@code jaar} in which the team has pots (null when none). */
    public Integer laatsteJaarVoor(long team, int jaar) {
        return jdbc.sql("select max(jaar) from vhb_pot where team_id = ? and jaar < ?").params(team, jaar)
                .query(Integer.class).single();
    }

    /** Copies the pots (same budget and threshold) and rules of year {@code van} to {@code jaar}. */
    public void kopieerJaar(long team, int van, int jaar) {
        jdbc.sql("""
                insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct, bron)
                select team_id, ?, code, naam, bedrag, waarschuwing_pct, bron from vhb_pot where team_id = ? and jaar = ?""")
                .params(jaar, team, van).update();
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek,
                    naar_rato_boven_m2)
                select team_id, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag,
                    maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek, naar_rato_boven_m2
                from vhb_regel where team_id = ? and jaar = ?""").params(jaar, team, van).update();
    }

    /** Per status: the sum of the pot's grants. */
    public Map<String, BigDecimal> somPerStatus(long pot) {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        jdbc.sql("select status, coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? group by status")
                .param(pot).query((rs, i) -> s.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return s;
    }

    /** Paid from the pot up to and including {@code dag}. */
    public BigDecimal betaaldTot(long pot, LocalDate dag) {
        return jdbc.sql("select coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? "
                + "and status = 'BETAALD' and betaald_op <= ?").params(pot, dag).query(BigDecimal.class).single();
    }

    /** Approved or paid from the pot. */
    public BigDecimal gebruikt(long pot) {
        return jdbc.sql("select coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? "
                + "and status in ('GOEDGEKEURD', 'BETAALD')").param(pot).query(BigDecimal.class).single();
    }

    public List<Overschrijding> overschrijdingen(long pot) {
        return jdbc.sql("""
                select v.id, v.kenmerk, v.bedrag, o.reden, o.door, o.op from vhb_overschrijding o
                join vhb_verstrekking v on v.id = o.verstrekking_id where v.pot_id = ? order by o.op""").param(pot)
                .query((rs, i) -> new Overschrijding(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    // ---------------------------------------------------------------- rules

    private static Regel regel(ResultSet rs, int i) throws SQLException {
        return new Regel(rs.getLong("id"), rs.getInt("jaar"), rs.getString("soort"), rs.getString("omschrijving"),
                Vorm.valueOf(rs.getString("vorm_buiten")), Vorm.valueOf(rs.getString("vorm_eigen")),
                rs.getString("pot_gift"), rs.getString("pot_lening"), rs.getBigDecimal("richtbedrag"),
                rs.getBigDecimal("maximum"), rs.getString("grondslag_gift"), rs.getString("grondslag_lening"),
                rs.getBoolean("bezwaar"), rs.getBoolean("op_aanvraag"), rs.getBoolean("waardendriehoek"),
                rs.getObject("naar_rato_boven_m2", Integer.class));
    }

    public List<Regel> regels(long team, int jaar) {
        return jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? order by soort").params(team, jaar)
                .query(PotRepository::regel).list();
    }

    public Optional<Regel> regel(long team, int jaar, String soort) {
        return jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? and soort = ?")
                .params(team, jaar, soort).query(PotRepository::regel).optional();
    }

    /** Adds or replaces the rule of (team, jaar, soort). */
    public void zetRegel(long team, int jaar, String soort, String omschrijving, Vorm buiten, Vorm eigen,
            String potGift, String potLening, BigDecimal richt, BigDecimal max, String grondslagGift,
            String grondslagLening, boolean bezwaar, boolean opAanvraag, boolean waardendriehoek, String door,
            OffsetDateTime op) {
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek,
                    gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (team_id, jaar, soort) do update set omschrijving = excluded.omschrijving,
                    vorm_buiten = excluded.vorm_buiten, vorm_eigen = excluded.vorm_eigen, pot_gift = excluded.pot_gift,
                    pot_lening = excluded.pot_lening, richtbedrag = excluded.richtbedrag, maximum = excluded.maximum,
                    grondslag_gift = excluded.grondslag_gift, grondslag_lening = excluded.grondslag_lening,
                    bezwaar = excluded.bezwaar, op_aanvraag = excluded.op_aanvraag,
                    waardendriehoek = excluded.waardendriehoek, gewijzigd_door = excluded.gewijzigd_door,
                    gewijzigd_op = excluded.gewijzigd_op""")
                .params(team, jaar, soort, omschrijving, buiten.name(), eigen.name(), potGift, potLening, richt, max,
                        grondslagGift, grondslagLening, bezwaar, opAanvraag, waardendriehoek, door, op).update();
    }
}
