package nl.woonregie.verdeling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import nl.woonregie.verdeling.Herverdeling;
import nl.woonregie.verdeling.Uitruil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only code that reads and writes {@code herverdeling}, {@code herverdeling_gemeente} and {@code uitruil}: the
 * agreements that move taakstelling between gemeenten and the exchanges of vergunninghouders.
 */
@Repository
public class AfsprakenOpslag {

    /** An agreement as written. */
    public record NieuweHerverdeling(String periode, String kenmerk, LocalDate besluitdatum, String toelichting,
            String door, List<Deel> gemeenten) {
    }

    /** One gemeente of an agreement as written. */
    public record Deel(String gemeente, long voor, long na) {
    }

    /** An exchange as written. */
    public record NieuweUitruil(String periode, String van, String naar, int aantal, String kenmerk,
            LocalDate besluitdatum, String toelichting, long vanVoor, long vanNa, long naarVoor, long naarNa,
            String door) {
    }

    private static final String HERVERDELING = """
            select id, periode, kenmerk, besluitdatum, toelichting, import_id, vastgelegd_door, vastgelegd_op
            from herverdeling""";

    private static final String UITRUIL = """
            select id, periode, van_gemeente, naar_gemeente, aantal, kenmerk, besluitdatum, toelichting, van_voor,
                   van_na, naar_voor, naar_na, vastgelegd_door, vastgelegd_op
            from uitruil""";

    private final JdbcClient jdbc;

    AfsprakenOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long schrijf(NieuweHerverdeling h) {
        long id = jdbc.sql("""
                insert into herverdeling (periode, kenmerk, besluitdatum, toelichting, vastgelegd_door)
                values (?, ?, ?, ?, ?) returning id""")
                .params(h.periode(), h.kenmerk(), h.besluitdatum(), h.toelichting(), h.door()).query(Long.class)
                .single();
        for (Deel d : h.gemeenten()) {
            jdbc.sql("insert into herverdeling_gemeente (herverdeling_id, gemeente_code, taakstelling_voor, "
                    + "taakstelling_na) values (?, ?, ?, ?)").params(id, d.gemeente(), d.voor(), d.na()).update();
        }
        return id;
    }

    public void importGedaan(long id, Long importId) {
        jdbc.sql("update herverdeling set import_id = ? where id = ?").params(importId, id).update();
    }

    public Optional<Herverdeling> herverdeling(long id, UnaryOperator<String> naam) {
        return herverdelingen(HERVERDELING + " where id = ?", List.of(id), naam).stream().findFirst();
    }

    /** The agreements of which the gemeente is one, the newest first. */
    public List<Herverdeling> herverdelingenVan(String gemeente, UnaryOperator<String> naam) {
        return herverdelingen(HERVERDELING + " where id in (select herverdeling_id from herverdeling_gemeente "
                + "where gemeente_code = ?) order by periode desc, id desc", List.of(gemeente), naam);
    }

    /** The agreements of which one of the gemeenten is one (all when null), the newest first. */
    public List<Herverdeling> herverdelingenVan(Collection<String> gemeenten, UnaryOperator<String> naam) {
        if (gemeenten == null) {
            return herverdelingen(HERVERDELING + " order by periode desc, id desc", List.of(), naam);
        }
        return herverdelingen(HERVERDELING + " where id in (select herverdeling_id from herverdeling_gemeente "
                + "where gemeente_code = any(?)) order by periode desc, id desc",
                List.of((Object) gemeenten.toArray(String[]::new)), naam);
    }

    private List<Herverdeling> herverdelingen(String sql, List<Object> params, UnaryOperator<String> naam) {
        record Kop(long id, String periode, String kenmerk, LocalDate besluitdatum, String toelichting, Long importId,
                String door, OffsetDateTime op) {
        }
        List<Kop> koppen = jdbc.sql(sql).params(params).query((rs, n) -> new Kop(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, Long.class),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class))).list();
        if (koppen.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Herverdeling.Deel>> delen = new LinkedHashMap<>();
        jdbc.sql("""
                select herverdeling_id, gemeente_code, taakstelling_voor, taakstelling_na from herverdeling_gemeente
                where herverdeling_id = any(?) order by herverdeling_id, gemeente_code""")
                .param(koppen.stream().map(Kop::id).toArray(Long[]::new))
                .query(rs -> {
                    long voor = rs.getLong(3);
                    long na = rs.getLong(4);
                    delen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Herverdeling.Deel(
                            rs.getString(2), naam.apply(rs.getString(2)), voor, na, na - voor));
                });
        List<Herverdeling> uit = new ArrayList<>(koppen.size());
        for (Kop k : koppen) {
            List<Herverdeling.Deel> d = delen.getOrDefault(k.id(), List.of());
            long som = d.stream().mapToLong(Herverdeling.Deel::taakstellingNa).sum();
            uit.add(new Herverdeling(k.id(), k.periode(), k.kenmerk(), k.besluitdatum(), k.toelichting(), k.importId(),
                    som, k.door(), k.op(), List.copyOf(d)));
        }
        return uit;
    }

    public long schrijf(NieuweUitruil u) {
        return jdbc.sql("""
                insert into uitruil (periode, van_gemeente, naar_gemeente, aantal, kenmerk, besluitdatum, toelichting,
                                     van_voor, van_na, naar_voor, naar_na, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(u.periode(), u.van(), u.naar(), u.aantal(), u.kenmerk(), u.besluitdatum(), u.toelichting(),
                        u.vanVoor(), u.vanNa(), u.naarVoor(), u.naarNa(), u.door())
                .query(Long.class).single();
    }

    public Optional<Uitruil> uitruil(long id, UnaryOperator<String> naam) {
        return jdbc.sql(UITRUIL + " where id = ?").param(id).query((rs, n) -> uitruil(rs, naam)).optional();
    }

    /** The exchanges of which the gemeente gave or received, the newest first. */
    public List<Uitruil> uitruilenVan(String gemeente, UnaryOperator<String> naam) {
        return jdbc.sql(UITRUIL + " where van_gemeente = ? or naar_gemeente = ? order by periode desc, id desc")
                .params(gemeente, gemeente).query((rs, n) -> uitruil(rs, naam)).list();
    }

    /** The exchanges of which one of the gemeenten gave or received (all when null), the newest first. */
    public List<Uitruil> uitruilenVan(Collection<String> gemeenten, UnaryOperator<String> naam) {
        if (gemeenten == null) {
            return jdbc.sql(UITRUIL + " order by periode desc, id desc").query((rs, n) -> uitruil(rs, naam)).list();
        }
        String[] codes = gemeenten.toArray(String[]::new);
        return jdbc.sql(UITRUIL + " where van_gemeente = any(?) or naar_gemeente = any(?) order by periode desc, id desc")
                .params(codes, codes).query((rs, n) -> uitruil(rs, naam)).list();
    }

    /** The exchanges recorded for a half-year, in the order recorded. */
    public List<Uitruil> uitruilenIn(String periode, UnaryOperator<String> naam) {
        return jdbc.sql(UITRUIL + " where periode = ? order by id").param(periode).query((rs, n) -> uitruil(rs, naam))
                .list();
    }

    private static Uitruil uitruil(ResultSet rs, UnaryOperator<String> naam) throws SQLException {
        String van = rs.getString(3);
        String naar = rs.getString(4);
        return new Uitruil(rs.getLong(1), rs.getString(2), new Uitruil.Gemeenteverwijzing(van, naam.apply(van)),
                new Uitruil.Gemeenteverwijzing(naar, naam.apply(naar)), rs.getInt(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                rs.getLong(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class));
    }
}
