package nl.woonregie.verhuisbox.geld.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.geld.GeldCijfers;
import nl.woonregie.verhuisbox.traject.Cijferrij;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The money's sets and pot figures for the report: one query each over geld's own tables. */
@Repository
class GeldCijferRepository implements GeldCijfers {

    private final JdbcClient jdbc;

    GeldCijferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Cijferrij> uitgaven(long team, LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select v.casus_id, p.jaar || ' ' || p.code, v.bedrag::numeric
                from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id
                where p.team_id = :team and v.status = 'BETAALD' and v.betaald_op between :van and :tot""")
                .param("team", team).param("van", van).param("tot", tot)
                .query((rs, i) -> new Cijferrij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    @Override
    public List<Cijferrij> uitgavenPerSoort(long team, LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select v.casus_id, v.soort, v.bedrag::numeric
                from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id
                where p.team_id = :team and v.status = 'BETAALD' and v.betaald_op between :van and :tot""")
                .param("team", team).param("van", van).param("tot", tot)
                .query((rs, i) -> new Cijferrij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    @Override
    public Map<String, String> soortLabels(long team) {
        Map<String, String> soorten = new HashMap<>();
        jdbc.sql("select distinct on (soort) soort, omschrijving from vhb_regel where team_id = ? "
                + "order by soort, jaar desc").param(team)
                .query((rs, i) -> soorten.put(rs.getString(1), rs.getString(2))).list();
        return soorten;
    }

    @Override
    public Map<Long, BigDecimal> betaaldPerCasus(Collection<Long> casussen) {
        Map<Long, BigDecimal> m = new HashMap<>();
        if (!casussen.isEmpty()) {
            jdbc.sql("""
                    select c.id, coalesce((select sum(v.bedrag) from vhb_verstrekking v where v.casus_id = c.id
                           and v.status = 'BETAALD'), 0)::numeric
                    from unnest(cast(? as bigint[])) as c (id)""").param(casussen.toArray(Long[]::new))
                    .query((rs, i) -> m.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        }
        return m;
    }

    @Override
    public List<Pot> potten(long team, LocalDate van, LocalDate tot) {
        return jdbc.sql("""
                select p.jaar, p.code, p.naam, p.bedrag,
                       coalesce(sum(v.bedrag) filter (where v.status = 'BETAALD' and v.betaald_op between :van and :tot), 0),
                       coalesce(sum(v.bedrag) filter (where v.status = 'BETAALD'), 0),
                       exists (select 1 from vhb_overschrijding o join vhb_verstrekking w on w.id = o.verstrekking_id
                               where w.pot_id = p.id)
                from vhb_pot p left join vhb_verstrekking v on v.pot_id = p.id
                where p.team_id = :team and p.jaar between :j1 and :j2
                group by p.id, p.jaar, p.code, p.naam, p.bedrag order by p.jaar, p.code""")
                .param("team", team).param("van", van).param("tot", tot).param("j1", van.getYear())
                .param("j2", tot.getYear())
                .query((rs, i) -> new Pot(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7)))
                .list();
    }

    @Override
    public Map<String, String> potLabels(long team) {
        Map<String, String> potten = new HashMap<>();
        jdbc.sql("select jaar || ' ' || code, naam || ' ' || jaar from vhb_pot where team_id = ?").param(team)
                .query((rs, i) -> potten.put(rs.getString(1), rs.getString(2))).list();
        return potten;
    }
}
