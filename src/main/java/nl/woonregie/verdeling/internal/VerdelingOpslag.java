package nl.woonregie.verdeling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.verdeling.Afronding;
import nl.woonregie.verdeling.Inwonersbron;
import nl.woonregie.verdeling.VastgelegdeVerdeling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code verdeling} and {@code verdeling_gemeente}: the stored distributions. */
@Repository
public class VerdelingOpslag {

    /** A stored distribution's inputs, as written. */
    public record Invoer(String periode, long landelijk, Afronding afronding, boolean afrondingGevraagd,
            String afrondingBron, LocalDate peildatum, String instantie, String bevolkingBron, long inwonersNederland,
            long som, String provincie, String reden, String door) {
    }

    /** One gemeente's row. */
    public record Rij(String gemeente, long inwoners, Inwonersbron bron, String kenmerk, long taakstelling,
            Long eerder) {
    }

    private static final String KOLOMMEN = """
            id, periode, bevolking_peildatum, landelijk, afronding, afronding_gevraagd, afronding_bron,
            bevolking_instantie, bevolking_bron, inwoners_nederland, som, provincie_code, import_id, aantal_nieuw,
            aantal_gewijzigd, aantal_ongewijzigd, reden, vastgelegd_door, vastgelegd_op""";

    private final JdbcClient jdbc;

    VerdelingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the distribution and its gemeenten; answers its id. The import is recorded afterwards. */
    public long schrijf(Invoer invoer, List<Rij> rijen) {
        long id = jdbc.sql("""
                insert into verdeling (periode, landelijk, afronding, afronding_gevraagd, afronding_bron,
                    bevolking_peildatum, bevolking_instantie, bevolking_bron, inwoners_nederland, som, provincie_code,
                    aantal_nieuw, aantal_gewijzigd, aantal_ongewijzigd, reden, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?) returning id""")
                .params(invoer.periode(), invoer.landelijk(), invoer.afronding().name(), invoer.afrondingGevraagd(),
                        invoer.afrondingBron(), invoer.peildatum(), invoer.instantie(), invoer.bevolkingBron(),
                        invoer.inwonersNederland(), invoer.som(), invoer.provincie(), invoer.reden(), invoer.door())
                .query(Long.class).single();
        jdbc.sql("""
                insert into verdeling_gemeente (verdeling_id, gemeente_code, inwoners, inwoners_bron, kenmerk,
                    taakstelling, eerder)
                select ?, g, i, b, k, t, e
                from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[]) as r(g, i, b, k, t, e)""")
                .params(id, rijen.stream().map(Rij::gemeente).toArray(String[]::new),
                        rijen.stream().map(Rij::inwoners).toArray(Long[]::new),
                        rijen.stream().map(r -> r.bron().name()).toArray(String[]::new),
                        rijen.stream().map(Rij::kenmerk).toArray(String[]::new),
                        rijen.stream().map(Rij::taakstelling).toArray(Long[]::new),
                        rijen.stream().map(Rij::eerder).toArray(Long[]::new))
                .update();
        return id;
    }

    /** Records the import that stored the taakstellingen and what it changed. */
    public void importGedaan(long id, Long importId, int nieuw, int gewijzigd, int ongewijzigd) {
        jdbc.sql("""
                update verdeling set import_id = ?, aantal_nieuw = ?, aantal_gewijzigd = ?, aantal_ongewijzigd = ?
                where id = ?""").params(importId, nieuw, gewijzigd, ongewijzigd, id).update();
    }

    /** The stored distributions (without their gemeenten), the newest first; of one period when given. */
    public List<VastgelegdeVerdeling> lijst(String periode) {
        return jdbc.sql("select " + KOLOMMEN + " from verdeling where (?::text is null or periode = ?) "
                        + "order by vastgelegd_op desc, id desc")
                .params(periode, periode)
                .query((rs, n) -> verdeling(rs, List.of())).list();
    }

    /** One stored distribution with its gemeenten (by code), with the gemeenten's names from {@code namen}. */
    public Optional<VastgelegdeVerdeling> lees(long id, java.util.function.Function<String, String> namen) {
        List<VastgelegdeVerdeling.Gemeente> gemeenten = jdbc.sql("""
                select gemeente_code, inwoners, inwoners_bron, kenmerk, taakstelling, eerder from verdeling_gemeente
                where verdeling_id = ? order by gemeente_code""")
                .param(id)
                .query((rs, n) -> new VastgelegdeVerdeling.Gemeente(rs.getString(1), namen.apply(rs.getString(1)),
                        rs.getLong(2), Inwonersbron.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
                        rs.getObject(6, Long.class)))
                .list();
        return jdbc.sql("select " + KOLOMMEN + " from verdeling where id = ?").param(id)
                .query((rs, n) -> verdeling(rs, gemeenten)).optional();
    }

    private static VastgelegdeVerdeling verdeling(ResultSet rs, List<VastgelegdeVerdeling.Gemeente> gemeenten)
            throws SQLException {
        boolean gevraagd = rs.getBoolean("afronding_gevraagd");
        return new VastgelegdeVerdeling(rs.getLong("id"), rs.getString("periode"),
                rs.getObject("bevolking_peildatum", LocalDate.class), rs.getLong("landelijk"),
                Afronding.valueOf(rs.getString("afronding")),
                gevraagd ? "gekozen bij het vastleggen, anders dan de parameter van de periode ("
                        + rs.getString("afronding_bron") + ")" : rs.getString("afronding_bron"),
                rs.getString("bevolking_instantie"), rs.getString("bevolking_bron"), rs.getLong("inwoners_nederland"),
                rs.getLong("som"), rs.getString("provincie_code"), rs.getObject("import_id", Long.class),
                rs.getInt("aantal_nieuw"), rs.getInt("aantal_gewijzigd"), rs.getInt("aantal_ongewijzigd"),
                rs.getString("reden"), rs.getString("vastgelegd_door"),
                rs.getObject("vastgelegd_op", OffsetDateTime.class), gemeenten);
    }
}
