package nl.woonregie.verdeling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.verdeling.VastgesteldInwonertal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code herindelingsbevolking}: the figures Gedeputeerde Staten fixed. */
@Repository
public class HerindelingsbevolkingOpslag {

    private final JdbcClient jdbc;

    HerindelingsbevolkingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current figures of one peildatum, by gemeente code. */
    public Map<String, VastgesteldInwonertal> huidige(LocalDate peildatum) {
        Map<String, VastgesteldInwonertal> result = new LinkedHashMap<>();
        jdbc.sql("""
                select gemeente_code, inwoners, kenmerk, besluitdatum, ingevoerd_door, ingevoerd_op
                from herindelingsbevolking where peildatum = ? and vervangen_op is null order by gemeente_code""")
                .param(peildatum)
                .query(rs -> {
                    result.put(rs.getString(1), new VastgesteldInwonertal(rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class)));
                });
        return result;
    }

    /**
     * Records a figure as the current one (the previous current row, if any, gets {@code vervangen_op}); answers the
     * previous one. Serialised per gemeente and peildatum by a row lock on the current row and the unique index.
     */
    public Optional<VastgesteldInwonertal> vastleggen(String gemeente, LocalDate peildatum, long inwoners,
            String kenmerk, LocalDate besluitdatum, String door) {
        Optional<VastgesteldInwonertal> vorige = jdbc.sql("""
                select inwoners, kenmerk, besluitdatum, ingevoerd_door, ingevoerd_op from herindelingsbevolking
                where gemeente_code = ? and peildatum = ? and vervangen_op is null for update""")
                .params(gemeente, peildatum)
                .query((rs, n) -> new VastgesteldInwonertal(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .optional();
        jdbc.sql("""
                update herindelingsbevolking set vervangen_op = now()
                where gemeente_code = ? and peildatum = ? and vervangen_op is null""")
                .params(gemeente, peildatum).update();
        jdbc.sql("""
                insert into herindelingsbevolking (gemeente_code, peildatum, inwoners, kenmerk, besluitdatum,
                    ingevoerd_door)
                values (?, ?, ?, ?, ?, ?)""")
                .params(gemeente, peildatum, inwoners, kenmerk, besluitdatum, door).update();
        return vorige;
    }
}
