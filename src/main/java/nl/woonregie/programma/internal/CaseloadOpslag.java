package nl.woonregie.programma.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.woonregie.programma.caseload.Inburgeringsroute;
import nl.woonregie.programma.caseload.Jaarcijfer;
import nl.woonregie.programma.caseload.School;
import nl.woonregie.programma.caseload.Statushouder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The integration caseload's storage: the statushouders ({@code caseload_statushouder}), the log of every read of
 * their personal data ({@code caseload_verwerking}, append-only) and the yearly figures before toezicht's records
 * ({@code caseload_jaarcijfer}). The only code that names these tables.
 */
@Repository
public class CaseloadOpslag {

    private static final String KOLOMMEN = "id, gemeente, naam, huishouden, geboortedatum, aankomstdatum, amv, "
            + "participatieverklaring, inburgeringsroute, taalniveau, spoor_opleiding, spoor_werk, spoor_participatie, "
            + "school, intake_werk_inkomen, noa_assessment, casemanager_id, uit_caseload, toelichting, "
            + "geanonimiseerd_op, versie";

    /** One logged read: who, in which role, when, what and why. */
    public record Verwerking(UUID actie, OffsetDateTime tijdstip, String actor, String rol, long statushouder,
            String doel, String handeling) {
    }

    private final JdbcClient jdbc;

    public CaseloadOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The statushouders of a municipality (only those of {@code casemanager} when not null), by name. */
    public List<Statushouder> lijst(String gemeente, Long casemanager) {
        return jdbc.sql("select " + KOLOMMEN + " from caseload_statushouder where gemeente = ? "
                        + "and (cast(? as bigint) is null or casemanager_id = ?) order by naam, id")
                .params(gemeente, casemanager, casemanager).query(CaseloadOpslag::rij).list();
    }

    public Optional<Statushouder> lees(long id) {
        return jdbc.sql("select " + KOLOMMEN + " from caseload_statushouder where id = ?").param(id)
                .query(CaseloadOpslag::rij).optional();
    }

    /** Stores a new statushouder (version 1); its id. */
    public long voegToe(Statushouder s) {
        return jdbc.sql("insert into caseload_statushouder (gemeente, naam, huishouden, geboortedatum, aankomstdatum, "
                        + "amv, participatieverklaring, inburgeringsroute, taalniveau, spoor_opleiding, spoor_werk, "
                        + "spoor_participatie, school, intake_werk_inkomen, noa_assessment, casemanager_id, "
                        + "uit_caseload, toelichting) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "returning id")
                .params(s.gemeente(), s.naam(), s.huishouden(), s.geboortedatum(), s.aankomstdatum(), s.amv(),
                        s.participatieverklaring(), s.inburgeringsroute().name(), s.taalniveau(), s.spoorOpleiding(),
                        s.spoorWerk(), s.spoorParticipatie(), s.school().name(), s.intakeWerkInkomen(),
                        s.noaAssessment(), s.casemanager(), s.uitCaseload(), s.toelichting())
                .query(Long.class).single();
    }

    /** Writes a statushouder still at version {@code van} (not anonymised) as version {@code van + 1}. */
    public boolean wijzig(Statushouder s, int van) {
        return jdbc.sql("update caseload_statushouder set naam = ?, huishouden = ?, geboortedatum = ?, "
                        + "aankomstdatum = ?, amv = ?, participatieverklaring = ?, inburgeringsroute = ?, taalniveau = ?, "
                        + "spoor_opleiding = ?, spoor_werk = ?, spoor_participatie = ?, school = ?, "
                        + "intake_werk_inkomen = ?, noa_assessment = ?, casemanager_id = ?, uit_caseload = ?, "
                        + "toelichting = ?, versie = versie + 1 where id = ? and versie = ? and geanonimiseerd_op is null")
                .params(s.naam(), s.huishouden(), s.geboortedatum(), s.aankomstdatum(), s.amv(),
                        s.participatieverklaring(), s.inburgeringsroute().name(), s.taalniveau(), s.spoorOpleiding(),
                        s.spoorWerk(), s.spoorParticipatie(), s.school().name(), s.intakeWerkInkomen(),
                        s.noaAssessment(), s.casemanager(), s.uitCaseload(), s.toelichting(), s.id(), van)
                .update() == 1;
    }

    /** Logs one read of the personal data of these statushouders (one row each, one action id). */
    public void gelezen(Collection<Long> statushouders, String actor, String rol, String doel, String handeling) {
        UUID actie = UUID.randomUUID();
        for (long id : statushouders) {
            jdbc.sql("insert into caseload_verwerking (actie_id, actor, rol, statushouder_id, doel, handeling) "
                    + "values (?, ?, ?, ?, ?, ?)").params(actie, actor, rol, id, doel, handeling).update();
        }
    }

    /** The logged reads of a statushouder, oldest first. */
    public List<Verwerking> verwerkingen(long statushouder) {
        return jdbc.sql("select actie_id, tijdstip, actor, rol, statushouder_id, doel, handeling "
                        + "from caseload_verwerking where statushouder_id = ? order by tijdstip, id").param(statushouder)
                .query((rs, i) -> new Verwerking(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7))).list();
    }

    /** Those that left the caseload on or before {@code grens} and are not anonymised yet. */
    public List<Statushouder> teAnonimiseren(LocalDate grens) {
        return jdbc.sql("select " + KOLOMMEN + " from caseload_statushouder where uit_caseload <= ? "
                        + "and geanonimiseerd_op is null order by id").param(grens).query(CaseloadOpslag::rij).list();
    }

    /**
     * Overwrites the personal data of a statushouder: the name, household and note; the birth date keeps only its
     * year; arrival, routes, tracks and dates stay for the figures. False when it was already anonymised.
     */
    public boolean anonimiseer(long id, LocalDate op) {
        return jdbc.sql("update caseload_statushouder set naam = 'geanonimiseerd', huishouden = 'geanonimiseerd-' || id, "
                        + "geboortedatum = make_date(extract(year from geboortedatum)::int, 1, 1), toelichting = null, "
                        + "geanonimiseerd_op = ?, versie = versie + 1 where id = ? and geanonimiseerd_op is null")
                .params(op, id).update() == 1;
    }

    // --- yearly figures

    public List<Jaarcijfer> jaarcijfers(String gemeente) {
        return jdbc.sql("select id, jaar, grootheid, deel, waarde, bron, toelichting from caseload_jaarcijfer "
                        + "where gemeente = ? order by jaar, grootheid, deel, id").param(gemeente)
                .query((rs, i) -> new Jaarcijfer(rs.getLong(1), rs.getInt(2),
                        Jaarcijfer.Grootheid.valueOf(rs.getString(3)), Jaarcijfer.Deel.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getString(6), rs.getString(7))).list();
    }

    public long voegJaarcijferToe(String gemeente, Jaarcijfer c, String door) {
        return jdbc.sql("insert into caseload_jaarcijfer (gemeente, jaar, grootheid, deel, waarde, bron, toelichting, "
                        + "door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(gemeente, c.jaar(), c.grootheid().name(), c.deel().name(), c.waarde(), c.bron(),
                        c.toelichting(), door).query(Long.class).single();
    }

    private static Statushouder rij(ResultSet rs, int i) throws SQLException {
        return new Statushouder(rs.getLong("id"), rs.getString("gemeente"), rs.getString("naam"),
                rs.getString("huishouden"), rs.getObject("geboortedatum", LocalDate.class),
                rs.getObject("aankomstdatum", LocalDate.class), rs.getBoolean("amv"),
                rs.getObject("participatieverklaring", LocalDate.class),
                Inburgeringsroute.valueOf(rs.getString("inburgeringsroute")), rs.getString("taalniveau"),
                rs.getBoolean("spoor_opleiding"), rs.getBoolean("spoor_werk"), rs.getBoolean("spoor_participatie"),
                School.valueOf(rs.getString("school")), rs.getObject("intake_werk_inkomen", LocalDate.class),
                rs.getBoolean("noa_assessment"), rs.getObject("casemanager_id", Long.class),
                rs.getObject("uit_caseload", LocalDate.class), rs.getString("toelichting"),
                rs.getObject("geanonimiseerd_op", LocalDate.class), rs.getInt("versie"));
    }
}
