package nl.woonregie.verhuisbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aftercare (nazorg) after a move to another municipality: contacts at 1, 3, 6 and 12 months after the move date
 * ({@code woonregie.verhuisbox.nazorg-maanden}), each a task for the casemanager with that deadline, shown on the
 * worklist from {@code woonregie.verhuisbox.nazorg-vooraf-dagen} days before it and overdue after it. Access is
 * checked by the caller ({@link VerhuisboxToegang}); every recording is audited.
 */
@Service
public class Nazorg {

    static final String SOORT = "NAZORG";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock klok;
    private final List<Integer> maanden;
    private final int voorafDagen;

    Nazorg(JdbcClient jdbc, AuditLog audit, Clock klok,
            @Value("${woonregie.verhuisbox.nazorg-maanden:1,3,6,12}") List<Integer> maanden,
            @Value("${woonregie.verhuisbox.nazorg-vooraf-dagen:14}") int voorafDagen) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.klok = klok;
        this.maanden = maanden.stream().distinct().sorted().toList();
        this.voorafDagen = voorafDagen;
    }

    public record Contact(long id, int maanden, LocalDate verhuisdatum, LocalDate deadline, String stand,
            boolean teLaat, OffsetDateTime vastgelegdOp, String vastgelegdDoor, Boolean woontErNog, String inkomen,
            Boolean maatschappelijkWerk, String problemen, String vervolg) {
    }

    public record Vastlegging(Boolean woontErNog, String inkomen, Boolean maatschappelijkWerk, String problemen,
            String vervolg) {
    }

    /** Plans the contacts after a move (called when a case is closed as VERHUISD); idempotent. */
    void plan(long casus, LocalDate verhuisdatum) {
        for (int m : maanden) {
            LocalDate deadline = verhuisdatum.plusMonths(m);
            Long taak = jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline, zichtbaar_vanaf) "
                            + "values (?, ?, ?, 'CASEMANAGER', ?, ?) returning id")
                    .params(casus, SOORT, "Nazorgcontact " + m + (m == 1 ? " maand" : " maanden")
                            + " na de verhuizing vastleggen", deadline, deadline.minusDays(voorafDagen))
                    .query(Long.class).single();
            jdbc.sql("insert into vhb_nazorg (casus_id, maanden, verhuisdatum, deadline, taak_id) "
                    + "values (?, ?, ?, ?, ?) on conflict (casus_id, maanden) do nothing")
                    .params(casus, m, verhuisdatum, deadline, taak).update();
        }
    }

    public List<Contact> contacten(long casus) {
        LocalDate vandaag = LocalDate.now(klok);
        return jdbc.sql("""
                select id, maanden, verhuisdatum, deadline, vastgelegd_op, vastgelegd_door, woont_er_nog, inkomen,
                       maatschappelijk_werk, problemen, vervolg
                from vhb_nazorg where casus_id = ? order by maanden""").param(casus)
                .query((rs, i) -> {
                    LocalDate d = rs.getObject(4, LocalDate.class);
                    OffsetDateTime op = rs.getObject(5, OffsetDateTime.class);
                    boolean teLaat = op == null && d.isBefore(vandaag);
                    String stand = op != null ? "VASTGELEGD" : teLaat ? "TE_LAAT"
                            : d.minusDays(voorafDagen).isAfter(vandaag) ? "GEPLAND" : "TE_DOEN";
                    return new Contact(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), d, stand,
                            teLaat, op, rs.getString(6), rs.getObject(7, Boolean.class), rs.getString(8),
                            rs.getObject(9, Boolean.class), rs.getString(10), rs.getString(11));
                }).list();
    }

    /** Records contact {@code maanden} of the case; 400 naming every invalid field, 404 unknown, 409 already done. */
    @Transactional
    public Contact leg(long casus, int maanden, Vastlegging v, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (v == null) {
            v = new Vastlegging(null, null, null, null, null);
        }
        if (v.woontErNog() == null) {
            f.add(new InvalidParam("woontErNog", "verplicht (ja of nee)"));
        }
        if (v.inkomen() == null || v.inkomen().isBlank()) {
            f.add(new InvalidParam("inkomen", "verplicht: inkomen of uitkering in de nieuwe gemeente"));
        } else if (v.inkomen().length() > 500) {
            f.add(new InvalidParam("inkomen", "hoogstens 500 tekens"));
        }
        if (v.maatschappelijkWerk() == null) {
            f.add(new InvalidParam("maatschappelijkWerk", "verplicht (ja of nee)"));
        }
        if (v.problemen() != null && v.problemen().length() > 4000) {
            f.add(new InvalidParam("problemen", "hoogstens 4000 tekens"));
        }
        if (v.vervolg() != null && v.vervolg().length() > 4000) {
            f.add(new InvalidParam("vervolg", "hoogstens 4000 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het nazorgcontact is niet volledig of niet geldig.", f);
        }
        Map<String, Object> rij = jdbc.sql("select id, taak_id, vastgelegd_op from vhb_nazorg "
                        + "where casus_id = ? and maanden = ?").params(casus, maanden)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("taak", rs.getObject(2, Long.class));
                    m.put("op", rs.getObject(3, OffsetDateTime.class));
                    return m;
                }).optional().orElseThrow(() -> ApiException.notFound("Casus " + casus + " heeft geen nazorgcontact na "
                        + maanden + " maanden."));
        if (rij.get("op") != null) {
            throw new ApiException(HttpStatus.CONFLICT, "Al vastgelegd", "Het nazorgcontact na " + maanden
                    + " maanden is al vastgelegd.", null);
        }
        jdbc.sql("""
                update vhb_nazorg set vastgelegd_op = now(), vastgelegd_door = ?, woont_er_nog = ?, inkomen = ?,
                    maatschappelijk_werk = ?, problemen = ?, vervolg = ? where id = ?""")
                .params(door.actor(), v.woontErNog(), v.inkomen().strip(), v.maatschappelijkWerk(),
                        Casussen.leeg(v.problemen()), Casussen.leeg(v.vervolg()), rij.get("id")).update();
        if (rij.get("taak") != null) {
            jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where id = ? and afgerond_op is null")
                    .params(door.actor(), rij.get("taak")).update();
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("maanden", maanden);
        w.put("woontErNog", v.woontErNog());
        w.put("inkomen", v.inkomen().strip());
        w.put("maatschappelijkWerk", v.maatschappelijkWerk());
        w.put("problemen", Casussen.leeg(v.problemen()));
        w.put("vervolg", Casussen.leeg(v.vervolg()));
        audit.record(door.actor(), "VHB_NAZORG", "vhb_casus", String.valueOf(casus), null, w, client);
        return contacten(casus).stream().filter(c -> c.maanden() == maanden).findFirst().orElseThrow();
    }
}
