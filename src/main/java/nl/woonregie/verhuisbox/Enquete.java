package nl.woonregie.verhuisbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client survey (inventory §8.1): six questions on a scale of 1 to 5 and free text, one per case, filled in by
 * the casemanager or recorded for the client; results per team and year (averages per question, count).
 */
@Service
public class Enquete {

    /** The six questions, in order: column and Dutch question. */
    public static final Map<String, String> VRAGEN = vragen();

    private static Map<String, String> vragen() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("proces", "In hoeverre is het u door de begeleiding van de gemeente gemakkelijker gemaakt om een huis "
                + "te vinden?");
        v.put("steun", "In hoeverre heeft u door de begeleiding steun ervaren in het zoeken van een woning?");
        v.put("tevredenheid", "In hoeverre heeft de begeleiding in het zoeken van een woning uw tevredenheid "
                + "vergroot?");
        v.put("vertrouwen", "In hoeverre heeft de begeleiding in het zoeken van een woning uw vertrouwen in de "
                + "gemeente vergroot?");
        v.put("perspectief", "In hoeverre heeft de begeleiding gezorgd voor verbeteren van uw toekomstperspectief?");
        v.put("overzicht", "In hoeverre heeft u nu overzicht over wat er te regelen is?");
        return java.util.Collections.unmodifiableMap(v);
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock klok;

    Enquete(JdbcClient jdbc, AuditLog audit, Clock klok) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.klok = klok;
    }

    public record Antwoorden(Integer proces, Integer steun, Integer tevredenheid, Integer vertrouwen,
            Integer perspectief, Integer overzicht, String toelichting, String ingevuldDoor) {

        Integer waarde(String vraag) {
            return switch (vraag) {
                case "proces" -> proces;
                case "steun" -> steun;
                case "tevredenheid" -> tevredenheid;
                case "vertrouwen" -> vertrouwen;
                case "perspectief" -> perspectief;
                default -> overzicht;
            };
        }
    }

    public record Vraagresultaat(String vraag, String tekst, Double gemiddelde) {
    }

    public record Jaarresultaat(int jaar, int aantal, List<Vraagresultaat> vragen) {
    }

    /** Survey answers may be recorded once guidance has begun (from the intake). */
    static boolean magEnquete(Status s) {
        return s == Status.INTAKE || s == Status.ZOEKEN || s == Status.AANBOD || s == Status.VERHUIZING
                || s == Status.AFGESLOTEN;
    }

    /** 409 when the guidance the survey asks about has not begun yet. */
    static void moetBegonnenZijn(Status s) {
        if (!magEnquete(s)) {
            throw new ApiException(HttpStatus.CONFLICT, "Nog geen enquête", "De enquête gaat over de begeleiding; "
                    + "die begint bij de intake (status nu: " + s.label() + ").", null);
        }
    }

    @Transactional
    public int leg(long casus, Status status, Antwoorden a, Gebruiker door, String client) {
        return leg(casus, status, a, door.actor(), client);
    }

    /** Records the survey for {@code actor} (a user, or the client through a survey link). */
    int leg(long casus, Status status, Antwoorden a, String actor, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (a == null) {
            a = new Antwoorden(null, null, null, null, null, null, null, null);
        }
        for (String vraag : VRAGEN.keySet()) {
            Integer w = a.waarde(vraag);
            if (w == null || w < 1 || w > 5) {
                f.add(new InvalidParam(vraag, "verplicht, 1 tot en met 5"));
            }
        }
        if (a.toelichting() != null && a.toelichting().length() > 4000) {
            f.add(new InvalidParam("toelichting", "hoogstens 4000 tekens"));
        }
        if (a.ingevuldDoor() == null || !List.of("CASEMANAGER", "CLIENT").contains(a.ingevuldDoor())) {
            f.add(new InvalidParam("ingevuldDoor", "CASEMANAGER of CLIENT"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De enquête is niet volledig of niet geldig.", f);
        }
        moetBegonnenZijn(status);
        int jaar = LocalDate.now(klok).getYear();
        int n = jdbc.sql("""
                insert into vhb_enquete (casus_id, team_id, jaar, proces, steun, tevredenheid, vertrouwen, perspectief,
                    overzicht, toelichting, ingevuld_door, vastgelegd_door)
                select id, team_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from vhb_casus where id = ?
                on conflict (casus_id) do nothing""")
                .params(jaar, a.proces(), a.steun(), a.tevredenheid(), a.vertrouwen(), a.perspectief(), a.overzicht(),
                        Casussen.leeg(a.toelichting()), a.ingevuldDoor(), actor, casus).update();
        if (n == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingevuld", "Er is al een enquête voor deze casus.", null);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        for (String vraag : VRAGEN.keySet()) {
            w.put(vraag, a.waarde(vraag));
        }
        w.put("ingevuldDoor", a.ingevuldDoor());
        audit.record(actor, "VHB_ENQUETE", "vhb_casus", String.valueOf(casus), null, w, client);
        return jaar;
    }

    /** Averages per question and the count, for the team's surveys of a year (no free text, no cases). */
    public Jaarresultaat resultaten(long team, int jaar) {
        return jdbc.sql("""
                select count(*), avg(proces), avg(steun), avg(tevredenheid), avg(vertrouwen), avg(perspectief),
                       avg(overzicht)
                from vhb_enquete where team_id = ? and jaar = ?""").params(team, jaar)
                .query((rs, i) -> {
                    List<Vraagresultaat> v = new ArrayList<>();
                    int k = 2;
                    for (Map.Entry<String, String> e : VRAGEN.entrySet()) {
                        java.math.BigDecimal g = rs.getBigDecimal(k++);
                        v.add(new Vraagresultaat(e.getKey(), e.getValue(), g == null ? null
                                : g.setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()));
                    }
                    return new Jaarresultaat(jaar, rs.getInt(1), v);
                }).single();
    }

    /** When and by whom the survey of a case was filled in, if it was. */
    public record Ingevuld(java.time.OffsetDateTime op, String ingevuldDoor, String vastgelegdDoor) {
    }

    public java.util.Optional<Ingevuld> van(long casus) {
        return jdbc.sql("select vastgelegd_op, ingevuld_door, vastgelegd_door from vhb_enquete where casus_id = ?")
                .param(casus).query((rs, i) -> new Ingevuld(rs.getObject(1, java.time.OffsetDateTime.class),
                        rs.getString(2), rs.getString(3))).optional();
    }

    /** The answers to one question: how often each score 1..5 was given. */
    public record Verdeling(String vraag, String tekst, Double gemiddelde, List<Integer> aantallen) {
    }

    public record Toelichting(LocalDate datum, String ingevuldDoor, String tekst) {
    }

    /**
     * The survey results of a team in a year for the results page and its export: count, per question the average
     * and the distribution of scores, who filled it in, and the free-text remarks (without case or name).
     */
    public record Jaaroverzicht(int jaar, int aantal, int doorClient, int doorCasemanager, List<Verdeling> vragen,
            List<Toelichting> toelichtingen) {
    }

    public Jaaroverzicht overzicht(long team, int jaar) {
        Jaarresultaat r = resultaten(team, jaar);
        List<Verdeling> vragen = new ArrayList<>();
        for (Vraagresultaat v : r.vragen()) {
            Integer[] n = {0, 0, 0, 0, 0};
            // the column name comes from the fixed VRAGEN map, never from input
            jdbc.sql("select " + v.vraag() + ", count(*) from vhb_enquete where team_id = ? and jaar = ? group by 1")
                    .params(team, jaar).query(rs -> {
                        n[rs.getInt(1) - 1] = rs.getInt(2);
                    });
            vragen.add(new Verdeling(v.vraag(), v.tekst(), v.gemiddelde(), List.of(n)));
        }
        Map<String, Integer> door = new LinkedHashMap<>();
        jdbc.sql("select ingevuld_door, count(*) from vhb_enquete where team_id = ? and jaar = ? group by 1")
                .params(team, jaar).query(rs -> {
                    door.put(rs.getString(1), rs.getInt(2));
                });
        List<Toelichting> t = jdbc.sql("""
                select vastgelegd_op, ingevuld_door, toelichting from vhb_enquete
                where team_id = ? and jaar = ? and toelichting is not null order by vastgelegd_op""")
                .params(team, jaar).query((rs, i) -> new Toelichting(rs.getObject(1, java.time.OffsetDateTime.class)
                        .atZoneSameInstant(klok.getZone()).toLocalDate(), rs.getString(2), rs.getString(3))).list();
        return new Jaaroverzicht(jaar, r.aantal(), door.getOrDefault("CLIENT", 0),
                door.getOrDefault("CASEMANAGER", 0), vragen, t);
    }
}
