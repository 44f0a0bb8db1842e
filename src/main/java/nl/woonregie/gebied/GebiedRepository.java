package nl.woonregie.gebied;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the reference data tables of {@code V2__gebied}; they are written only by migrations. */
@Repository
class GebiedRepository {

    /** SQL condition "row of alias {@code a} is valid on {@code :datum}" (half-open periods). */
    static String geldig(String alias) {
        return "(" + alias + ".geldig_vanaf is null or " + alias + ".geldig_vanaf <= :datum) and (" + alias
                + ".geldig_tot is null or :datum < " + alias + ".geldig_tot)";
    }

    private static final String GEMEENTE_KOLOMMEN = """
            g.code, g.naam, g.provincie_code, p.naam as provincie_naam, g.geldig_vanaf, g.geldig_tot, g.opgegaan_in
            """;

    /** The most recent population figure of gemeente alias {@code g}, as columns {@code b_peildatum, b_inwoners}. */
    private static final String LAATSTE_BEVOLKING = """
            left join lateral (select peildatum as b_peildatum, inwoners as b_inwoners from bevolking
                               where gemeente_code = g.code order by peildatum desc limit 1) b on true
            """;

    /** A gemeente with its most recent population figure (null when there is none). */
    record GemeenteMetInwoners(Gemeente gemeente, Bevolking laatsteBevolking) {
    }

    /** A province or region with its number of gemeenten and their population on the latest peildatum. */
    record Telling(long aantalGemeenten, Long inwoners, LocalDate peildatum) {
    }

    /** Filter of {@link #zoekGemeenten}; null fields do not filter. */
    record GemeenteFilter(LocalDate datum, String provincieCode, String regioCode) {
    }

    private final JdbcClient jdbc;

    GebiedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Provincie> provincies() {
        return jdbc.sql("select code, naam from provincie order by code")
                .query((rs, n) -> new Provincie(rs.getString("code"), rs.getString("naam"))).list();
    }

    Optional<Provincie> provincie(String code) {
        return jdbc.sql("select code, naam from provincie where code = :code").param("code", code)
                .query((rs, n) -> new Provincie(rs.getString("code"), rs.getString("naam"))).optional();
    }

    /** Per province: gemeenten valid on {@code datum} and their population on the latest peildatum. */
    Map<String, Telling> tellingPerProvincie(LocalDate datum) {
        Map<String, Telling> result = new LinkedHashMap<>();
        jdbc.sql("""
                with laatste as (select max(peildatum) as peildatum from bevolking)
                select p.code, count(g.code) as aantal, sum(b.inwoners) as inwoners,
                       (select peildatum from laatste) as peildatum
                from provincie p
                left join gemeente g on g.provincie_code = p.code and %s
                left join bevolking b on b.gemeente_code = g.code and b.peildatum = (select peildatum from laatste)
                group by p.code
                order by p.code
                """.formatted(geldig("g")))
                .param("datum", datum)
                .query(rs -> {
                    result.put(rs.getString("code"), telling(rs));
                });
        return result;
    }

    Optional<GemeenteMetInwoners> gemeente(String code) {
        return jdbc.sql("select " + GEMEENTE_KOLOMMEN + ", b.b_peildatum, b.b_inwoners from gemeente g "
                        + "join provincie p on p.code = g.provincie_code " + LAATSTE_BEVOLKING + "where g.code = :code")
                .param("code", code)
                .query((rs, n) -> metInwoners(rs)).optional();
    }

    long telGemeenten(GemeenteFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from gemeente g where " + where).params(params).query(Long.class).single();
    }

    /** Gemeenten matching the filter, ordered by code, with their latest population figure. */
    List<GemeenteMetInwoners> zoekGemeenten(GemeenteFilter filter, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select " + GEMEENTE_KOLOMMEN + ", b.b_peildatum, b.b_inwoners from gemeente g "
                        + "join provincie p on p.code = g.provincie_code " + LAATSTE_BEVOLKING + "where " + where
                        + " order by g.code offset :offset limit :limit")
                .params(params)
                .query((rs, n) -> metInwoners(rs)).list();
    }

    private static String where(GemeenteFilter filter, Map<String, Object> params) {
        List<String> condities = new ArrayList<>();
        if (filter.datum() != null) {
            condities.add(geldig("g"));
            params.put("datum", filter.datum());
        }
        if (filter.provincieCode() != null) {
            condities.add("g.provincie_code = :provincie");
            params.put("provincie", filter.provincieCode());
        }
        if (filter.regioCode() != null) {
            condities.add("exists (select 1 from regio_gemeente rg where rg.gemeente_code = g.code "
                    + "and rg.regio_code = :regio" + (filter.datum() != null ? " and " + geldig("rg") : "") + ")");
            params.put("regio", filter.regioCode());
        }
        return condities.isEmpty() ? "true" : String.join(" and ", condities);
    }

    List<Bevolking> bevolking(String gemeenteCode) {
        return jdbc.sql("select peildatum, inwoners from bevolking where gemeente_code = :code order by peildatum")
                .param("code", gemeenteCode)
                .query((rs, n) -> new Bevolking(rs.getObject("peildatum", LocalDate.class), rs.getInt("inwoners")))
                .list();
    }

    /** The latest figure on or before {@code datum}. */
    Optional<Bevolking> bevolkingOp(String gemeenteCode, LocalDate datum) {
        return jdbc.sql("""
                select peildatum, inwoners from bevolking where gemeente_code = :code and peildatum <= :datum
                order by peildatum desc limit 1""")
                .param("code", gemeenteCode)
                .param("datum", datum)
                .query((rs, n) -> new Bevolking(rs.getObject("peildatum", LocalDate.class), rs.getInt("inwoners")))
                .optional();
    }

    /** Every figure of one peildatum, by code. */
    java.util.SortedMap<String, Integer> inwonersOp(LocalDate peildatum) {
        java.util.SortedMap<String, Integer> result = new java.util.TreeMap<>();
        jdbc.sql("select gemeente_code, inwoners from bevolking where peildatum = :peildatum")
                .param("peildatum", peildatum)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getInt(2));
                });
        return result;
    }

    List<LocalDate> bevolkingspeildata() {
        return jdbc.sql("select distinct peildatum from bevolking order by peildatum").query(LocalDate.class).list();
    }

    /** The gemeenten that received a part of a split gemeente. */
    List<String> delenNaar(String code) {
        return jdbc.sql("select deel_naar from gemeente_deling where gemeente_code = :code order by deel_naar")
                .param("code", code).query(String.class).list();
    }

    /** Gemeenten that merged into {@code gemeenteCode}. */
    List<Gemeente> voorgangers(String gemeenteCode) {
        return jdbc.sql("select " + GEMEENTE_KOLOMMEN + " from gemeente g join provincie p on p.code = g.provincie_code "
                        + "where g.opgegaan_in = :code order by g.code")
                .param("code", gemeenteCode)
                .query((rs, n) -> gemeente(rs)).list();
    }

    List<String> regioSoorten() {
        return jdbc.sql("select distinct soort from regio order by soort").query(String.class).list();
    }

    List<Regio> regios(String soort) {
        return jdbc.sql("select code, naam, soort from regio where (:soort = '' or soort = :soort) order by soort, code")
                .param("soort", soort == null ? "" : soort)
                .query((rs, n) -> regio(rs)).list();
    }

    Optional<Regio> regio(String code) {
        return jdbc.sql("select code, naam, soort from regio where code = :code").param("code", code)
                .query((rs, n) -> regio(rs)).optional();
    }

    /** Per region: member gemeenten valid on {@code datum} and their population on the latest peildatum. */
    Map<String, Telling> tellingPerRegio(LocalDate datum) {
        Map<String, Telling> result = new LinkedHashMap<>();
        jdbc.sql("""
                with laatste as (select max(peildatum) as peildatum from bevolking)
                select r.code, count(g.code) as aantal, sum(b.inwoners) as inwoners,
                       (select peildatum from laatste) as peildatum
                from regio r
                left join regio_gemeente rg on rg.regio_code = r.code and %s
                left join gemeente g on g.code = rg.gemeente_code and %s
                left join bevolking b on b.gemeente_code = g.code and b.peildatum = (select peildatum from laatste)
                group by r.code
                order by r.code
                """.formatted(geldig("rg"), geldig("g")))
                .param("datum", datum)
                .query(rs -> {
                    result.put(rs.getString("code"), telling(rs));
                });
        return result;
    }

    /** Regions of the given gemeenten whose membership is valid on {@code datum}, per gemeente code. */
    Map<String, List<Regio>> regiosVan(Collection<String> gemeenteCodes, LocalDate datum) {
        Map<String, List<Regio>> result = new LinkedHashMap<>();
        if (gemeenteCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select rg.gemeente_code, r.code, r.naam, r.soort from regio_gemeente rg join regio r on r.code = rg.regio_code
                where rg.gemeente_code in (:codes) and %s
                order by rg.gemeente_code, r.soort, r.code""".formatted(geldig("rg")))
                .param("codes", gemeenteCodes)
                .param("datum", datum)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("gemeente_code"), c -> new ArrayList<>()).add(regio(rs));
                });
        return result;
    }

    /** Every membership of a gemeente, current and past. */
    List<RegioLidmaatschap> lidmaatschappen(String gemeenteCode) {
        return jdbc.sql("""
                select r.code, r.naam, r.soort, rg.geldig_vanaf, rg.geldig_tot
                from regio_gemeente rg join regio r on r.code = rg.regio_code
                where rg.gemeente_code = :code
                order by r.soort, rg.geldig_vanaf nulls first, r.code""")
                .param("code", gemeenteCode)
                .query((rs, n) -> new RegioLidmaatschap(regio(rs), rs.getObject("geldig_vanaf", LocalDate.class),
                        rs.getObject("geldig_tot", LocalDate.class)))
                .list();
    }

    private static Telling telling(ResultSet rs) throws SQLException {
        long inwoners = rs.getLong("inwoners");
        boolean geenInwoners = rs.wasNull();
        return new Telling(rs.getLong("aantal"), geenInwoners ? null : inwoners,
                rs.getObject("peildatum", LocalDate.class));
    }

    private static Regio regio(ResultSet rs) throws SQLException {
        return new Regio(rs.getString("code"), rs.getString("naam"), rs.getString("soort"));
    }

    private static Gemeente gemeente(ResultSet rs) throws SQLException {
        return new Gemeente(rs.getString("code"), rs.getString("naam"),
                new Provincie(rs.getString("provincie_code"), rs.getString("provincie_naam")),
                rs.getObject("geldig_vanaf", LocalDate.class), rs.getObject("geldig_tot", LocalDate.class),
                rs.getString("opgegaan_in"));
    }

    private static GemeenteMetInwoners metInwoners(ResultSet rs) throws SQLException {
        LocalDate peildatum = rs.getObject("b_peildatum", LocalDate.class);
        Bevolking laatste = peildatum == null ? null : new Bevolking(peildatum, rs.getInt("b_inwoners"));
        return new GemeenteMetInwoners(gemeente(rs), laatste);
    }
}
