package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every stored figure of one municipality with all its versions (current and replaced), as the API shows them and
 * the exports write them. Series are ordered by period (and date); versions newest first, so the current version
 * (without {@code vervangenOp}) comes first.
 */
@Repository
class CijferHistorie {

    private final JdbcClient jdbc;

    CijferHistorie(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TaakstellingVersie(int taakstelling, Integer additioneleOpgave, String ingevoerdDoor,
            OffsetDateTime ingevoerdOp, OffsetDateTime vervangenOp, String reden,
            @JsonProperty("import") Long importId) {
    }

    record TaakstellingReeks(String periode, List<TaakstellingVersie> versies) {
    }

    record BeginstandVersie(String periode, int saldoIn, String trede, String ingevoerdDoor,
            OffsetDateTime ingevoerdOp, OffsetDateTime vervangenOp, String reden,
            @JsonProperty("import") Long importId) {
    }

    record BeginstandReeks(List<BeginstandVersie> versies) {
    }

    record CoaStandVersie(int gehuisvest, int koppelingen, int omkoppelingen, boolean stapelgemeente,
            String ingevoerdDoor, OffsetDateTime ingevoerdOp, OffsetDateTime vervangenOp, String reden,
            @JsonProperty("import") Long importId) {
    }

    record CoaStandReeks(String periode, LocalDate datum, List<CoaStandVersie> versies) {
    }

    record DefinitiefVersie(int gehuisvestCoaDefinitief, String ingevoerdDoor, OffsetDateTime ingevoerdOp,
            OffsetDateTime vervangenOp, String reden) {
    }

    record DefinitiefReeks(String periode, List<DefinitiefVersie> versies) {
    }

    public record Huurcontract(long id, String periode, LocalDate ingangsdatum, int aantalPersonen, String referentie,
            String ingediendDoor, OffsetDateTime ingediendOp, OffsetDateTime ingetrokkenOp) {
    }

    @Schema(name = "CijferOverzicht")
    record Overzicht(String gemeente, String naam, List<TaakstellingReeks> taakstellingen, BeginstandReeks beginstand,
            List<CoaStandReeks> coaStanden, List<DefinitiefReeks> definitief, List<Huurcontract> huurcontracten) {
    }

    @Transactional(readOnly = true)
    public Overzicht lees(String gemeente, String naam) {
        Map<String, List<TaakstellingVersie>> taak = new LinkedHashMap<>();
        jdbc.sql("""
                select periode, taakstelling, additionele_opgave, ingevoerd_door, ingevoerd_op, vervangen_op, reden,
                       import_id
                from taakstelling where gemeente_code = ?
                order by substr(periode, 1, 4), length(periode), id desc""").param(gemeente)
                .query(rs -> {
                    taak.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TaakstellingVersie(
                            rs.getInt(2), rs.getObject(3, Integer.class), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                            rs.getString(7), rs.getObject(8, Long.class)));
                });
        List<BeginstandVersie> begin = jdbc.sql("""
                select periode, saldo_in, trede, ingevoerd_door, ingevoerd_op, vervangen_op, reden, import_id
                from beginstand where gemeente_code = ? order by id desc""").param(gemeente)
                .query((rs, n) -> new BeginstandVersie(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7), rs.getObject(8, Long.class)))
                .list();
        Map<String, CoaStandReeks> coa = new LinkedHashMap<>();
        jdbc.sql("""
                select periode, datum, gehuisvest, koppelingen, omkoppelingen, stapelgemeente, ingevoerd_door,
                       ingevoerd_op, vervangen_op, reden, import_id
                from coa_stand where gemeente_code = ?
                order by datum, id desc""").param(gemeente)
                .query(rs -> {
                    String periode = rs.getString(1);
                    LocalDate datum = rs.getObject(2, LocalDate.class);
                    coa.computeIfAbsent(periode + "|" + datum, k -> new CoaStandReeks(periode, datum,
                            new ArrayList<>())).versies().add(new CoaStandVersie(rs.getInt(3), rs.getInt(4),
                                    rs.getInt(5), rs.getBoolean(6), rs.getString(7),
                                    rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class),
                                    rs.getString(10), rs.getObject(11, Long.class)));
                });
        Map<String, List<DefinitiefVersie>> definitief = new LinkedHashMap<>();
        jdbc.sql("""
                select periode, gehuisvest, ingevoerd_door, ingevoerd_op, vervangen_op, reden
                from coa_definitief where gemeente_code = ?
                order by substr(periode, 1, 4), length(periode), id desc""").param(gemeente)
                .query(rs -> {
                    definitief.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DefinitiefVersie(
                            rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
                });
        return new Overzicht(gemeente, naam, reeksen(taak, TaakstellingReeks::new), new BeginstandReeks(begin),
                List.copyOf(coa.values()), reeksen(definitief, DefinitiefReeks::new), huurcontracten(gemeente, null));
    }

    /** The leases of a municipality (withdrawn ones too), optionally of one period, by period and start date. */
    @Transactional(readOnly = true)
    public List<Huurcontract> huurcontracten(String gemeente, String periode) {
        return jdbc.sql("""
                select id, periode, ingangsdatum, aantal_personen, referentie, ingediend_door, ingediend_op,
                       ingetrokken_op
                from huurcontract where gemeente_code = ? and (cast(? as varchar) is null or periode = ?)
                order by substr(periode, 1, 4), length(periode), ingangsdatum, id""")
                .params(gemeente, periode, periode)
                .query((rs, n) -> new Huurcontract(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    private static <V, R> List<R> reeksen(Map<String, List<V>> perPeriode,
            java.util.function.BiFunction<String, List<V>, R> maak) {
        List<R> result = new ArrayList<>();
        perPeriode.forEach((periode, versies) -> result.add(maak.apply(periode, versies)));
        return result;
    }
}
