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
                    String stand = stand(d, op != null, vandaag);
                    return new Contact(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), d, stand,
                            teLaat, op, rs.getString(6), rs.getObject(7, Boolean.class), rs.getString(8),
                            rs.getObject(9, Boolean.class), rs.getString(10), rs.getString(11));
                }).list();
    }

    /**
     * GEPLAND until the reminder shows ({@code voorafDagen} before the deadline), then TE_DOEN, TE_LAAT after the
     * deadline, VASTGELEGD once recorded.
     */
    String stand(LocalDate deadline, boolean vastgelegd, LocalDate vandaag) {
        return vastgelegd ? "VASTGELEGD" : deadline.isBefore(vandaag) ? "TE_LAAT"
                : deadline.minusDays(voorafDagen).isAfter(vandaag) ? "GEPLAND" : "TE_DOEN";
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

    /** An aftercare contact that is due or overdue (shown from the reminder day on). */
    public record Openstaand(long casus, String naam, String casemanager, int maanden, LocalDate deadline,
            boolean teLaat) {
    }

    /** Per contact moment: how many are planned, due, overdue and recorded, and what was recorded. */
    public record Moment(int maanden, int gepland, int teDoen, int teLaat, int vastgelegd, int woontErNog,
            int maatschappelijkWerk) {
    }

    public record Overzicht(List<Moment> momenten, List<Openstaand> openstaand) {
    }

    /**
     * The aftercare of the cases a user follows: the coordinator the whole team, a casemanager the assigned cases.
     * Names only as on the worklist; the case itself is opened (and its read logged) through the case page.
     */
    public Overzicht overzicht(Gebruiker g) {
        LocalDate vandaag = LocalDate.now(klok);
        boolean eigen = g.rol() != nl.woonregie.platform.security.Rol.COORDINATOR;
        String waar = "c.team_id = ? and c.geanonimiseerd_op is null" + (eigen ? " and c.casemanager_id = ?" : "");
        Object[] params = eigen ? new Object[] {g.team(), g.id()} : new Object[] {g.team()};
        Map<Integer, int[]> tel = new java.util.TreeMap<>();
        for (int m : maanden) {
            tel.put(m, new int[6]);
        }
        List<Openstaand> open = new ArrayList<>();
        jdbc.sql("""
                select n.casus_id, c.naam, u.gebruikersnaam, n.maanden, n.deadline, n.vastgelegd_op is not null,
                       n.woont_er_nog, n.maatschappelijk_werk
                from vhb_nazorg n join vhb_casus c on c.id = n.casus_id left join gebruiker u on u.id = c.casemanager_id
                where\s""" + waar + " order by n.deadline, n.casus_id").params(params).query(rs -> {
                    int m = rs.getInt(4);
                    LocalDate d = rs.getObject(5, LocalDate.class);
                    int[] t = tel.computeIfAbsent(m, k -> new int[6]);
                    String stand = stand(d, rs.getBoolean(6), vandaag);
                    switch (stand) {
                        case "GEPLAND" -> t[0]++;
                        case "VASTGELEGD" -> {
                            t[3]++;
                            t[4] += Boolean.TRUE.equals(rs.getObject(7, Boolean.class)) ? 1 : 0;
                            t[5] += Boolean.TRUE.equals(rs.getObject(8, Boolean.class)) ? 1 : 0;
                        }
                        default -> {
                            boolean teLaat = stand.equals("TE_LAAT");
                            t[teLaat ? 2 : 1]++;
                            open.add(new Openstaand(rs.getLong(1), rs.getString(2), rs.getString(3), m, d, teLaat));
                        }
                    }
                });
        List<Moment> momenten = tel.entrySet().stream().map(e -> new Moment(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
        return new Overzicht(momenten, open);
    }
}
