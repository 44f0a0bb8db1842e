package nl.woonregie.toezicht.cijfers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Periode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the current stored figures of many municipalities at once (one query per kind of figure). */
@Repository
public class CijferStanden {

    private final JdbcClient jdbc;

    public CijferStanden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, GemeenteCijfers> lees(Collection<String> gemeenten) {
        String[] codes = gemeenten.toArray(String[]::new);
        Map<String, GemeenteCijfers.Beginstand> begin = new HashMap<>();
        jdbc.sql("select gemeente_code, periode, saldo_in, trede from beginstand "
                        + "where vervangen_op is null and gemeente_code = any(?)")
                .param(codes)
                .query(rs -> {
                    begin.put(rs.getString(1), new GemeenteCijfers.Beginstand(Periode.of(rs.getString(2)),
                            rs.getLong(3), rs.getString(4)));
                });
        Map<String, Map<Periode, GemeenteCijfers.Taakstelling>> taak = new HashMap<>();
        jdbc.sql("select gemeente_code, periode, taakstelling, additionele_opgave from taakstelling "
                        + "where vervangen_op is null and gemeente_code = any(?)")
                .param(codes)
                .query(rs -> {
                    long additioneel = rs.getLong(4);
                    taak.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(Periode.of(rs.getString(2)),
                            new GemeenteCijfers.Taakstelling(rs.getLong(3), rs.wasNull() ? null : additioneel));
                });
        Map<String, Map<Periode, List<GemeenteCijfers.CoaStand>>> coa = new HashMap<>();
        jdbc.sql("select gemeente_code, periode, datum, gehuisvest, koppelingen, omkoppelingen, stapelgemeente "
                        + "from coa_stand where vervangen_op is null and gemeente_code = any(?) "
                        + "order by gemeente_code, periode, datum")
                .param(codes)
                .query(rs -> {
                    coa.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .computeIfAbsent(Periode.of(rs.getString(2)), k -> new ArrayList<>())
                            .add(new GemeenteCijfers.CoaStand(rs.getObject(3, java.time.LocalDate.class),
                                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getBoolean(7)));
                });
        Map<String, Map<Periode, Long>> definitief = new HashMap<>();
        jdbc.sql("select gemeente_code, periode, gehuisvest from coa_definitief "
                        + "where vervangen_op is null and gemeente_code = any(?)")
                .param(codes)
                .query(rs -> {
                    definitief.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(Periode.of(rs.getString(2)), rs.getLong(3));
                });
        Map<String, Map<Periode, Long>> huur = new HashMap<>();
        jdbc.sql("select gemeente_code, periode, sum(aantal_personen) from huurcontract "
                        + "where ingetrokken_op is null and gemeente_code = any(?) group by gemeente_code, periode")
                .param(codes)
                .query(rs -> {
                    huur.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(Periode.of(rs.getString(2)), rs.getLong(3));
                });
        Map<String, GemeenteCijfers> result = new HashMap<>();
        for (String g : gemeenten) {
            result.put(g, new GemeenteCijfers(g, begin.get(g), taak.getOrDefault(g, Map.of()),
                    coa.getOrDefault(g, Map.of()), definitief.getOrDefault(g, Map.of()),
                    huur.getOrDefault(g, Map.of())));
        }
        return result;
    }
}
