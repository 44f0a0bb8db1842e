package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verhuisbox money: pots per team, year and code with their budget; the grant rules of a year as data
 * ({@code vhb_regel}); grants (verstrekkingen) per case: proposed → approved or rejected by a consulent (four eyes:
 * never by the proposer, also a check constraint) → paid. An approval or payment that would take a pot beyond its
 * budget needs a coordinator's override with a reason. Approved grants get a kenmerk and a beschikking
 * ({@link Beschikkingen}). Access per case is checked by the caller ({@link VerhuisboxToegang#geld}); every change
 * is audited. Amounts are {@link BigDecimal} with scale 2.
 */
@Service
public class Geld {

    static final String TAAK_GOEDKEUREN = "GOEDKEURING_VERSTREKKING";
    static final String TAAK_BETALEN = "BETALING_VERSTREKKING";
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** numeric(10,2) of a grant, numeric(12,2) of a pot */
    static final BigDecimal MAX_VERSTREKKING = new BigDecimal("99999999.99");
    static final BigDecimal MAX_POT = new BigDecimal("9999999999.99");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock klok;
    private final GebiedService gebied;
    private final Beschikkingen beschikkingen;

    Geld(JdbcClient jdbc, AuditLog audit, Clock klok, GebiedService gebied, Beschikkingen beschikkingen) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.klok = klok;
        this.gebied = gebied;
        this.beschikkingen = beschikkingen;
    }

    public enum Vorm { GIFT, LENING }

    public record Pot(long id, long team, int jaar, String code, String naam, BigDecimal bedrag, int waarschuwingPct,
            String bron, String gewijzigdDoor, OffsetDateTime gewijzigdOp) {
    }

    public record Regel(long id, int jaar, String soort, String omschrijving, Vorm vormBuiten, Vorm vormEigen,
            String potGift, String potLening, BigDecimal richtbedrag, BigDecimal maximum, String grondslagGift,
            String grondslagLening, boolean bezwaar, boolean opAanvraag, boolean waardendriehoek) {
    }

    /** A pot's figures. {@code prognose}: see {@link #stand}. */
    public record Potstand(Pot pot, BigDecimal voorgesteld, BigDecimal toegezegd, BigDecimal betaald,
            BigDecimal resterend, BigDecimal prognose, int verbruiktPct, boolean waarschuwing, boolean uitgeput,
            boolean prognoseBovenBudget, List<Overschrijding> overschrijdingen) {
    }

    public record Overschrijding(long verstrekking, String kenmerk, BigDecimal bedrag, String reden, String door,
            OffsetDateTime op) {
    }

    public record Verstrekking(long id, long casus, String casusNaam, long pot, String potCode, int jaar, String soort,
            String omschrijving, Vorm vorm, BigDecimal bedrag, String status, String toelichting,
            String waardendriehoek, String gemeente, Boolean eigenGemeente, String grondslag, boolean bezwaar,
            String voorgesteldDoor, OffsetDateTime voorgesteldOp, String beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String afwijzingsreden, String betaaldDoor, LocalDate betaaldOp, String betaalreferentie, String kenmerk,
            boolean beschikking, String overschrijding) {
    }

    /** A proposal; {@code gemeente} only counts while the case has no accepted offer (e.g. travel to a viewing). */
    public record Voorstel(String soort, BigDecimal bedrag, String toelichting, String waardendriehoek,
            String gemeente, Integer jaar) {
    }

    public record PotWijziging(String naam, BigDecimal bedrag, Integer waarschuwingPct, String bron) {
    }

    public record NieuwePot(Integer jaar, String code, String naam, BigDecimal bedrag, Integer waarschuwingPct,
            String bron) {
    }

    public record RegelInvoer(Integer jaar, String soort, String omschrijving, String vormBuiten, String vormEigen,
            String potGift, String potLening, BigDecimal richtbedrag, BigDecimal maximum, String grondslagGift,
            String grondslagLening, Boolean bezwaar, Boolean opAanvraag, Boolean waardendriehoek) {
    }

    public record Betaling(LocalDate betaaldOp, String referentie) {
    }

    // ---------------------------------------------------------------- money validation

    /** A positive amount of at most two decimals and at most {@code max}; null after adding the problem to f. */
    static BigDecimal bedrag(BigDecimal b, String veld, BigDecimal max, boolean verplicht, List<InvalidParam> f) {
        if (b == null) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een bedrag in euro, bijvoorbeeld 1750.00"));
            }
            return null;
        }
        if (b.stripTrailingZeros().scale() > 2) {
            f.add(new InvalidParam(veld, "hoogstens 2 decimalen (eurocenten)"));
            return null;
        }
        if (b.signum() < 0) {
            f.add(new InvalidParam(veld, "mag niet negatief zijn"));
            return null;
        }
        if (b.signum() == 0) {
            f.add(new InvalidParam(veld, "moet groter zijn dan 0"));
            return null;
        }
        if (b.compareTo(max) > 0) {
            f.add(new InvalidParam(veld, "hoogstens " + Weergave.euro(max)));
            return null;
        }
        return b.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String tekst(String s, String veld, int max, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        if (s.strip().length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
            return null;
        }
        return s.strip();
    }

    private static void gooi(String detail, List<InvalidParam> f) {
        if (!f.isEmpty()) {
            throw ApiException.invalid(detail, f);
        }
    }

    private static ApiException conflict(String titel, String detail) {
        return new ApiException(HttpStatus.CONFLICT, titel, detail, null);
    }

    // ---------------------------------------------------------------- pots and rules

    private static Pot pot(ResultSet rs, int i) throws SQLException {
        return new Pot(rs.getLong("id"), rs.getLong("team_id"), rs.getInt("jaar"), rs.getString("code"),
                rs.getString("naam"), rs.getBigDecimal("bedrag"), rs.getInt("waarschuwing_pct"), rs.getString("bron"),
                rs.getString("gewijzigd_door"), rs.getObject("gewijzigd_op", OffsetDateTime.class));
    }

    public List<Pot> potten(long team, int jaar) {
        return jdbc.sql("select * from vhb_pot where team_id = ? and jaar = ? order by code").params(team, jaar)
                .query(Geld::pot).list();
    }

    public Pot pot(long id) {
        return jdbc.sql("select * from vhb_pot where id = ?").param(id).query(Geld::pot).optional()
                .orElseThrow(() -> ApiException.notFound("Pot " + id + " bestaat niet."));
    }

    /** A pot of the account's own team (404 for another team's: it does not exist for this account). */
    public Pot eigenPot(long id, Gebruiker g) {
        Pot p = pot(id);
        if (g.team() == null || p.team() != g.team()) {
            throw ApiException.notFound("Pot " + id + " bestaat niet.");
        }
        return p;
    }

    @Transactional
    public Pot wijzigPot(long id, PotWijziging w, Gebruiker door, String client) {
        Pot oud = eigenPot(id, door);
        List<InvalidParam> f = new ArrayList<>();
        if (w == null) {
            w = new PotWijziging(null, null, null, null);
        }
        String naam = tekst(w.naam(), "naam", 200, false, f);
        BigDecimal bedrag = bedrag(w.bedrag(), "bedrag", MAX_POT, false, f);
        if (w.waarschuwingPct() != null && (w.waarschuwingPct() < 1 || w.waarschuwingPct() > 100)) {
            f.add(new InvalidParam("waarschuwingPct", "een percentage van 1 tot en met 100"));
        }
        String bron = tekst(w.bron(), "bron", 1000, false, f);
        gooi("De wijziging van de pot is niet geldig.", f);
        jdbc.sql("""
                update vhb_pot set naam = coalesce(?, naam), bedrag = coalesce(?, bedrag),
                    waarschuwing_pct = coalesce(?, waarschuwing_pct), bron = coalesce(?, bron),
                    gewijzigd_door = ?, gewijzigd_op = ? where id = ?""")
                .params(naam, bedrag, w.waarschuwingPct(), bron, door.actor(), OffsetDateTime.now(klok), id).update();
        Pot nieuw = pot(id);
        audit.record(door.actor(), "VHB_POT_GEWIJZIGD", "vhb_pot", String.valueOf(id), potMap(oud), potMap(nieuw),
                client);
        return nieuw;
    }

    /**
     * Opens a year: when the team has no pots in {@code jaar}, copies the pots (same budget and threshold) and the
     * rules of the latest earlier year that has pots. Returns whether anything was copied.
     */
    @Transactional
    public boolean zorgVoorJaar(long team, int jaar) {
        if (!potten(team, jaar).isEmpty()) {
            return false;
        }
        Integer van = jdbc.sql("select max(jaar) from vhb_pot where team_id = ? and jaar < ?").params(team, jaar)
                .query(Integer.class).single();
        if (van == null) {
            return false;
        }
        jdbc.sql("""
                insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct, bron)
                select team_id, ?, code, naam, bedrag, waarschuwing_pct, bron from vhb_pot where team_id = ? and jaar = ?""")
                .params(jaar, team, van).update();
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek)
                select team_id, ?, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening, richtbedrag,
                    maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek
                from vhb_regel where team_id = ? and jaar = ?""").params(jaar, team, van).update();
        return true;
    }

    @Transactional
    public Pot maakPot(NieuwePot n, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (n == null) {
            n = new NieuwePot(null, null, null, null, null, null);
        }
        if (!Jaren.geldig(n.jaar())) {
            f.add(new InvalidParam("jaar", "verplicht: " + Jaren.BEREIK));
        }
        String code = code(n.code(), "code", true, f);
        String naam = tekst(n.naam(), "naam", 200, true, f);
        BigDecimal bedrag = bedrag(n.bedrag(), "bedrag", MAX_POT, true, f);
        int pct = n.waarschuwingPct() == null ? 80 : n.waarschuwingPct();
        if (pct < 1 || pct > 100) {
            f.add(new InvalidParam("waarschuwingPct", "een percentage van 1 tot en met 100"));
        }
        String bron = tekst(n.bron(), "bron", 1000, false, f);
        gooi("De pot is niet volledig of niet geldig.", f);
        if (jdbc.sql("select count(*) from vhb_pot where team_id = ? and jaar = ? and code = ?")
                .params(door.team(), n.jaar(), code).query(Integer.class).single() > 0) {
            throw conflict("Bestaat al", "Het team heeft in " + n.jaar() + " al een pot " + code + ".");
        }
        long id = jdbc.sql("""
                insert into vhb_pot (team_id, jaar, code, naam, bedrag, waarschuwing_pct, bron, gewijzigd_door,
                    gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(door.team(), n.jaar(), code, naam, bedrag, pct, bron, door.actor(), OffsetDateTime.now(klok))
                .query(Long.class).single();
        Pot p = pot(id);
        audit.record(door.actor(), "VHB_POT_AANGEMAAKT", "vhb_pot", String.valueOf(id), null, potMap(p), client);
        return p;
    }

    private static Map<String, Object> potMap(Pot p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", p.jaar());
        m.put("code", p.code());
        m.put("naam", p.naam());
        m.put("bedrag", p.bedrag());
        m.put("waarschuwingPct", p.waarschuwingPct());
        m.put("bron", p.bron());
        return m;
    }

    private static String code(String s, String veld, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        String c = s.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{0,39}")) {
            f.add(new InvalidParam(veld, "hoofdletters, cijfers en _ (hoogstens 40 tekens)"));
            return null;
        }
        return c;
    }

    private static Regel regel(ResultSet rs, int i) throws SQLException {
        return new Regel(rs.getLong("id"), rs.getInt("jaar"), rs.getString("soort"), rs.getString("omschrijving"),
                Vorm.valueOf(rs.getString("vorm_buiten")), Vorm.valueOf(rs.getString("vorm_eigen")),
                rs.getString("pot_gift"), rs.getString("pot_lening"), rs.getBigDecimal("richtbedrag"),
                rs.getBigDecimal("maximum"), rs.getString("grondslag_gift"), rs.getString("grondslag_lening"),
                rs.getBoolean("bezwaar"), rs.getBoolean("op_aanvraag"), rs.getBoolean("waardendriehoek"));
    }

    public List<Regel> regels(long team, int jaar) {
        return jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? order by soort").params(team, jaar)
                .query(Geld::regel).list();
    }

    /** Adds or replaces the rule of (team, jaar, soort); the previous version stays in the audit. */
    @Transactional
    public Regel zetRegel(RegelInvoer r, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (r == null) {
            r = new RegelInvoer(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        if (!Jaren.geldig(r.jaar())) {
            f.add(new InvalidParam("jaar", "verplicht: " + Jaren.BEREIK));
        }
        String soort = code(r.soort(), "soort", true, f);
        String omschrijving = tekst(r.omschrijving(), "omschrijving", 300, true, f);
        Vorm buiten = vorm(r.vormBuiten(), "vormBuiten", f);
        Vorm eigen = vorm(r.vormEigen(), "vormEigen", f);
        String potGift = code(r.potGift(), "potGift", false, f);
        String potLening = code(r.potLening(), "potLening", false, f);
        BigDecimal richt = bedrag(r.richtbedrag(), "richtbedrag", MAX_VERSTREKKING, false, f);
        BigDecimal max = bedrag(r.maximum(), "maximum", MAX_VERSTREKKING, false, f);
        String gg = tekst(r.grondslagGift(), "grondslagGift", 1000, false, f);
        String gl = tekst(r.grondslagLening(), "grondslagLening", 1000, false, f);
        if (r.bezwaar() == null) {
            f.add(new InvalidParam("bezwaar", "verplicht (true of false)"));
        }
        if (r.opAanvraag() == null) {
            f.add(new InvalidParam("opAanvraag", "verplicht (true of false)"));
        }
        boolean gift = buiten == Vorm.GIFT || eigen == Vorm.GIFT;
        boolean lening = buiten == Vorm.LENING || eigen == Vorm.LENING;
        if (gift && potGift == null) {
            f.add(new InvalidParam("potGift", "verplicht: de pot waaruit de gift wordt betaald"));
        }
        if (gift && gg == null) {
            f.add(new InvalidParam("grondslagGift", "verplicht: de wettelijke grondslag van de gift"));
        }
        if (lening && potLening == null) {
            f.add(new InvalidParam("potLening", "verplicht: de pot waaruit de lening wordt betaald"));
        }
        if (lening && gl == null) {
            f.add(new InvalidParam("grondslagLening", "verplicht: de wettelijke grondslag van de lening"));
        }
        if (richt != null && max != null && richt.compareTo(max) > 0) {
            f.add(new InvalidParam("richtbedrag", "niet hoger dan het maximum"));
        }
        if (r.jaar() != null) {
            for (String[] p : new String[][] {{"potGift", potGift}, {"potLening", potLening}}) {
                if (p[1] != null && jdbc.sql("select count(*) from vhb_pot where team_id = ? and jaar = ? and code = ?")
                        .params(door.team(), r.jaar(), p[1]).query(Integer.class).single() == 0) {
                    f.add(new InvalidParam(p[0], "het team heeft in " + r.jaar() + " geen pot " + p[1]));
                }
            }
        }
        gooi("De regel is niet volledig of niet geldig.", f);
        Regel oud = jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? and soort = ?")
                .params(door.team(), r.jaar(), soort).query(Geld::regel).optional().orElse(null);
        jdbc.sql("""
                insert into vhb_regel (team_id, jaar, soort, omschrijving, vorm_buiten, vorm_eigen, pot_gift, pot_lening,
                    richtbedrag, maximum, grondslag_gift, grondslag_lening, bezwaar, op_aanvraag, waardendriehoek,
                    gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (team_id, jaar, soort) do update set omschrijving = excluded.omschrijving,
                    vorm_buiten = excluded.vorm_buiten, vorm_eigen = excluded.vorm_eigen, pot_gift = excluded.pot_gift,
                    pot_lening = excluded.pot_lening, richtbedrag = excluded.richtbedrag, maximum = excluded.maximum,
                    grondslag_gift = excluded.grondslag_gift, grondslag_lening = excluded.grondslag_lening,
                    bezwaar = excluded.bezwaar, op_aanvraag = excluded.op_aanvraag,
                    waardendriehoek = excluded.waardendriehoek, gewijzigd_door = excluded.gewijzigd_door,
                    gewijzigd_op = excluded.gewijzigd_op""")
                .params(door.team(), r.jaar(), soort, omschrijving, buiten.name(), eigen.name(), potGift, potLening,
                        richt, max, gg, gl, r.bezwaar(), r.opAanvraag(), Boolean.TRUE.equals(r.waardendriehoek()),
                        door.actor(), OffsetDateTime.now(klok)).update();
        Regel nieuw = jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? and soort = ?")
                .params(door.team(), r.jaar(), soort).query(Geld::regel).single();
        audit.record(door.actor(), "VHB_REGEL_VASTGESTELD", "vhb_regel", String.valueOf(nieuw.id()),
                oud == null ? null : Map.of("regel", oud), Map.of("regel", nieuw), client);
        return nieuw;
    }

    private static Vorm vorm(String s, String veld, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht: GIFT of LENING"));
            return null;
        }
        try {
            return Vorm.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f.add(new InvalidParam(veld, "GIFT of LENING"));
            return null;
        }
    }

    // ---------------------------------------------------------------- overview

    /**
     * The figures of a pot on {@code vandaag}: voorgesteld (proposed, not yet decided), toegezegd (committed =
     * GOEDGEKEURD, not yet paid), betaald (BETAALD in the pot's year), resterend = budget − toegezegd − betaald.
     * <b>Prognose</b> to the end of the year at the current rate = betaald so far ÷ days elapsed in the year
     * (including today) × days in the year; for a past year the amount paid, for a future year 0.
     * Waarschuwing when toegezegd + betaald reaches the pot's threshold percentage of the budget.
     */
    public Potstand stand(Pot p, LocalDate vandaag) {
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        jdbc.sql("select status, coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? group by status")
                .param(p.id()).query((rs, i) -> s.put(rs.getString(1), rs.getBigDecimal(2))).list();
        BigDecimal nul = BigDecimal.ZERO.setScale(2);
        BigDecimal voorgesteld = s.getOrDefault("VOORGESTELD", nul);
        BigDecimal toegezegd = s.getOrDefault("GOEDGEKEURD", nul);
        BigDecimal betaald = s.getOrDefault("BETAALD", nul);
        BigDecimal resterend = p.bedrag().subtract(toegezegd).subtract(betaald);
        BigDecimal prognose;
        int dagenInJaar = Year.of(p.jaar()).length();
        if (vandaag.getYear() > p.jaar()) {
            prognose = betaald;
        } else if (vandaag.getYear() < p.jaar()) {
            prognose = nul;
        } else {
            BigDecimal totNu = jdbc.sql("select coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? "
                    + "and status = 'BETAALD' and betaald_op <= ?").params(p.id(), vandaag)
                    .query(BigDecimal.class).single();
            prognose = totNu.multiply(BigDecimal.valueOf(dagenInJaar))
                    .divide(BigDecimal.valueOf(vandaag.getDayOfYear()), 2, RoundingMode.HALF_UP);
        }
        BigDecimal gebruikt = toegezegd.add(betaald);
        int pct = p.bedrag().signum() == 0 ? 100 : gebruikt.multiply(BigDecimal.valueOf(100))
                .divide(p.bedrag(), 0, RoundingMode.FLOOR).intValue();
        boolean waarschuwing = gebruikt.multiply(BigDecimal.valueOf(100))
                .compareTo(p.bedrag().multiply(BigDecimal.valueOf(p.waarschuwingPct()))) >= 0;
        List<Overschrijding> o = jdbc.sql("""
                select v.id, v.kenmerk, v.bedrag, o.reden, o.door, o.op from vhb_overschrijding o
                join vhb_verstrekking v on v.id = o.verstrekking_id where v.pot_id = ? order by o.op""").param(p.id())
                .query((rs, i) -> new Overschrijding(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class))).list();
        return new Potstand(p, voorgesteld, toegezegd, betaald, resterend, prognose, pct, waarschuwing,
                resterend.signum() <= 0, prognose.compareTo(p.bedrag()) > 0, o);
    }

    public List<Potstand> overzicht(long team, int jaar) {
        LocalDate vandaag = LocalDate.now(klok);
        return potten(team, jaar).stream().map(p -> stand(p, vandaag)).toList();
    }

    /** Audits an export of money data (who, what, how many rows). */
    @Transactional
    public void exportGelogd(Gebruiker door, Map<String, ?> wat, String client) {
        audit.record(door.actor(), "VHB_GELD_EXPORT", "vhb_team", String.valueOf(door.team()), null, wat, client);
    }

    // ---------------------------------------------------------------- grants

    private static final String SELECT = """
            select v.*, c.naam as casus_naam, p.code as pot_code, p.jaar as pot_jaar,
                   (select reden from vhb_overschrijding o where o.verstrekking_id = v.id) as overschrijding,
                   exists (select 1 from vhb_beschikking b where b.verstrekking_id = v.id) as heeft_beschikking
            from vhb_verstrekking v join vhb_casus c on c.id = v.casus_id join vhb_pot p on p.id = v.pot_id
            """;

    private static Verstrekking verstrekking(ResultSet rs, int i) throws SQLException {
        return new Verstrekking(rs.getLong("id"), rs.getLong("casus_id"), rs.getString("casus_naam"),
                rs.getLong("pot_id"), rs.getString("pot_code"), rs.getInt("pot_jaar"), rs.getString("soort"),
                rs.getString("omschrijving"), Vorm.valueOf(rs.getString("vorm")), rs.getBigDecimal("bedrag"),
                rs.getString("status"), rs.getString("toelichting"), rs.getString("waardendriehoek"),
                rs.getString("gemeente"), rs.getObject("eigen_gemeente", Boolean.class), rs.getString("grondslag"),
                rs.getBoolean("bezwaar"), rs.getString("voorgesteld_door"),
                rs.getObject("voorgesteld_op", OffsetDateTime.class), rs.getString("beoordeeld_door"),
                rs.getObject("beoordeeld_op", OffsetDateTime.class), rs.getString("afwijzingsreden"),
                rs.getString("betaald_door"), rs.getObject("betaald_op", LocalDate.class),
                rs.getString("betaalreferentie"), rs.getString("kenmerk"), rs.getBoolean("heeft_beschikking"),
                rs.getString("overschrijding"));
    }

    public Verstrekking lees(long id) {
        return jdbc.sql(SELECT + "where v.id = ?").param(id).query(Geld::verstrekking).optional()
                .orElseThrow(() -> ApiException.notFound("Verstrekking " + id + " bestaat niet."));
    }

    public long casusVan(long verstrekking) {
        return jdbc.sql("select casus_id from vhb_verstrekking where id = ?").param(verstrekking).query(Long.class)
                .optional().orElseThrow(() -> ApiException.notFound("Verstrekking " + verstrekking + " bestaat niet."));
    }

    public List<Verstrekking> vanCasus(long casus) {
        return jdbc.sql(SELECT + "where v.casus_id = ? order by v.id").param(casus).query(Geld::verstrekking).list();
    }

    /**
     * The grants of the team in a year (optionally of one pot and/or status) that the account may see: the
     * consulent and coordinator all of the team, a casemanager or administratief those of assigned cases.
     */
    public List<Verstrekking> lijst(Gebruiker g, int jaar, String potCode, String status) {
        return jdbc.sql(SELECT + """
                where c.team_id = :team and p.jaar = :jaar and (:pot::text is null or p.code = :pot)
                  and (:status::text is null or v.status = :status)
                  and (:rol in ('CONSULENT', 'COORDINATOR') or (:rol = 'CASEMANAGER' and c.casemanager_id = :id)
                       or (:rol = 'ADMINISTRATIEF' and c.administratief_id = :id))
                order by v.voorgesteld_op, v.id""")
                .param("team", g.team()).param("jaar", jaar).param("pot", potCode).param("status", status)
                .param("rol", g.rol().name()).param("id", g.id())
                .query(Geld::verstrekking).list();
    }

    /** Is this municipality (a name or CBS code as typed in an offer) the team's own? */
    boolean eigenGemeente(long team, String gemeente) {
        Map<String, Object> t = jdbc.sql("select naam, gemeente_code from vhb_team where id = ?").param(team)
                .query().singleRow();
        Set<String> eigen = new HashSet<>();
        eigen.add(normaal((String) t.get("naam")));
        String code = (String) t.get("gemeente_code");
        eigen.add(normaal(code));
        gebied.gemeente(code).ifPresent(gm -> eigen.add(normaal(gm.naam())));
        if (eigen.contains(normaal("'s-Gravenhage"))) {
            eigen.add(normaal("Den Haag"));
        }
        return eigen.contains(normaal(gemeente));
    }

    static String normaal(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("^gemeente\\s+", "").replaceAll("[^a-z0-9]", "");
        return n;
    }

    private record Bestemming(String gemeente, String adres) {
    }

    /** The destination: the accepted offer, else the closed case's bestemming; null when unknown. */
    private Bestemming bestemming(long casus) {
        return jdbc.sql("""
                select gemeente, adres from vhb_aanbod where casus_id = ? and besluit = 'AANVAARD' order by id desc limit 1""")
                .param(casus).query((rs, i) -> new Bestemming(rs.getString(1), rs.getString(2))).optional()
                .orElseGet(() -> jdbc.sql("select bestemming from vhb_casus where id = ? and bestemming is not null")
                        .param(casus).query((rs, i) -> new Bestemming(rs.getString(1), null)).optional().orElse(null));
    }

    /**
     * Proposes a grant: the rule of (team, year, soort) decides gift or loan from whether the destination is the
     * team's own municipality, the pot, legal ground and objection clause; these are copied into the grant.
     */
    @Transactional
    public Verstrekking stelVoor(long casus, Voorstel v, Gebruiker door, String client) {
        if (v == null) {
            v = new Voorstel(null, null, null, null, null, null);
        }
        long team = jdbc.sql("select team_id from vhb_casus where id = ?").param(casus).query(Long.class).single();
        int jaar = v.jaar() == null ? LocalDate.now(klok).getYear() : v.jaar();
        List<InvalidParam> f = new ArrayList<>();
        String soort = code(v.soort(), "soort", true, f);
        BigDecimal bedrag = bedrag(v.bedrag(), "bedrag", MAX_VERSTREKKING, true, f);
        String toelichting = tekst(v.toelichting(), "toelichting", 2000, false, f);
        String driehoek = tekst(v.waardendriehoek(), "waardendriehoek", 2000, false, f);
        String gemeenteInvoer = tekst(v.gemeente(), "gemeente", 200, false, f);
        Regel regel = null;
        if (soort != null) {
            regel = jdbc.sql("select * from vhb_regel where team_id = ? and jaar = ? and soort = ?")
                    .params(team, jaar, soort).query(Geld::regel).optional().orElse(null);
            if (regel == null) {
                f.add(new InvalidParam("soort", "geen regel voor " + soort + " in " + jaar + "; kies uit "
                        + String.join(", ", regels(team, jaar).stream().map(Regel::soort).toList())));
            }
        }
        Bestemming best = bestemming(casus);
        String gemeente = best != null ? best.gemeente() : gemeenteInvoer;
        boolean gemeenteNodig = regel == null || regel.vormBuiten() != regel.vormEigen();
        if (gemeente == null && gemeenteNodig && f.stream().noneMatch(x -> x.name().equals("gemeente"))) {
            f.add(new InvalidParam("gemeente", "verplicht zolang er geen aanvaard aanbod is: de gemeente van de "
                    + "(beoogde) woning"));
        }
        if (regel != null && bedrag != null) {
            if (regel.maximum() != null && bedrag.compareTo(regel.maximum()) > 0) {
                f.add(new InvalidParam("bedrag", "hoogstens " + Weergave.euro(regel.maximum()) + " (maximum voor "
                        + regel.soort() + ")"));
            } else if (regel.richtbedrag() != null && bedrag.compareTo(regel.richtbedrag()) > 0
                    && toelichting == null) {
                f.add(new InvalidParam("toelichting", "verplicht: het bedrag is hoger dan het richtbedrag van "
                        + Weergave.euro(regel.richtbedrag())));
            }
        }
        if (regel != null && regel.waardendriehoek() && driehoek == null
                && f.stream().noneMatch(x -> x.name().equals("waardendriehoek"))) {
            f.add(new InvalidParam("waardendriehoek", "verplicht: de weging met de waardendriehoek"));
        }
        gooi("Het voorstel is niet volledig of niet geldig.", f);
        Boolean eigen = gemeente == null ? null : eigenGemeente(team, gemeente);
        Vorm vorm = Boolean.TRUE.equals(eigen) ? regel.vormEigen() : regel.vormBuiten();
        String potCode = vorm == Vorm.GIFT ? regel.potGift() : regel.potLening();
        String grondslag = vorm == Vorm.GIFT ? regel.grondslagGift() : regel.grondslagLening();
        long pot = jdbc.sql("select id from vhb_pot where team_id = ? and jaar = ? and code = ?")
                .params(team, jaar, potCode).query(Long.class).single();
        OffsetDateTime nu = OffsetDateTime.now(klok);
        long taak = jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline) "
                        + "values (?, ?, ?, 'CONSULENT', ?) returning id")
                .params(casus, TAAK_GOEDKEUREN, "Verstrekking beoordelen: " + regel.omschrijving() + " " + Weergave.euro(bedrag),
                        LocalDate.now(klok).plusDays(5)).query(Long.class).single();
        long id = jdbc.sql("""
                insert into vhb_verstrekking (casus_id, pot_id, soort, vorm, bedrag, status, omschrijving, toelichting,
                    waardendriehoek, gemeente, eigen_gemeente, grondslag, bezwaar, voorgesteld_door,
                    voorgesteld_door_id, voorgesteld_op, taak_id)
                values (?, ?, ?, ?, ?, 'VOORGESTELD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, pot, soort, vorm.name(), bedrag, regel.omschrijving(), toelichting, driehoek,
                        gemeente, eigen, grondslag, regel.bezwaar(), door.actor(), door.id(), nu, taak)
                .query(Long.class).single();
        Verstrekking nieuw = lees(id);
        audit.record(door.actor(), "VHB_VERSTREKKING_VOORGESTELD", "vhb_verstrekking", String.valueOf(id), null,
                auditMap(nieuw), client);
        return nieuw;
    }

    private static Map<String, Object> auditMap(Verstrekking v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("casus", v.casus());
        m.put("pot", v.potCode());
        m.put("jaar", v.jaar());
        m.put("soort", v.soort());
        m.put("vorm", v.vorm());
        m.put("bedrag", v.bedrag());
        m.put("status", v.status());
        m.put("gemeente", v.gemeente());
        m.put("eigenGemeente", v.eigenGemeente());
        if (v.kenmerk() != null) {
            m.put("kenmerk", v.kenmerk());
        }
        return m;
    }

    /** The team of the grant must be the consulent's; the proposer never decides (four eyes). */
    private Verstrekking teBeoordelen(long id, Gebruiker door) {
        Verstrekking v = lees(id);
        long voorsteller = jdbc.sql("select voorgesteld_door_id from vhb_verstrekking where id = ?").param(id)
                .query(Long.class).single();
        if (voorsteller == door.id()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Vier ogen", "U heeft deze verstrekking zelf voorgesteld; "
                    + "een andere consulent beoordeelt haar.", null);
        }
        if (!v.status().equals("VOORGESTELD")) {
            throw conflict("Al beoordeeld", "De verstrekking is al " + v.status().toLowerCase(Locale.ROOT) + ".");
        }
        return v;
    }

    /** Locks the pot and refuses when toegezegd + betaald + extra exceeds the budget without an override. */
    private void binnenBudget(Verstrekking v, BigDecimal extra, String handeling) {
        Pot p = jdbc.sql("select * from vhb_pot where id = ? for update").param(v.pot()).query(Geld::pot).single();
        BigDecimal gebruikt = jdbc.sql("select coalesce(sum(bedrag), 0) from vhb_verstrekking where pot_id = ? "
                + "and status in ('GOEDGEKEURD', 'BETAALD')").param(p.id()).query(BigDecimal.class).single();
        BigDecimal na = gebruikt.add(extra);
        if (na.compareTo(p.bedrag()) > 0 && v.overschrijding() == null) {
            throw conflict("Budget ontoereikend", "De " + handeling + " brengt pot " + p.code() + " " + p.jaar()
                    + " (" + p.naam() + ") boven het budget: " + Weergave.euro(na) + " van " + Weergave.euro(p.bedrag())
                    + ". Alleen de coördinator kan dit met een reden toestaan (overschrijding).");
        }
    }

    /** Approval by a consulent: kenmerk, addressee and date are fixed, the beschikking is made and stored. */
    @Transactional
    public Verstrekking keurGoed(long id, Gebruiker door, String client) {
        Verstrekking v = teBeoordelen(id, door);
        binnenBudget(v, v.bedrag(), "goedkeuring");
        OffsetDateTime nu = OffsetDateTime.now(klok);
        Bestemming best = bestemming(v.casus());
        String adres = best == null || best.adres() == null ? null : best.adres() + ", " + best.gemeente();
        Map<String, Object> c = jdbc.sql("select c.naam, t.naam as team, c.administratief_id from vhb_casus c "
                + "join vhb_team t on t.id = c.team_id where c.id = ?").param(v.casus()).query().singleRow();
        String kenmerk = "VHB-" + v.jaar() + "-" + String.format("%06d", jdbc.sql(
                "select nextval('vhb_beschikking_nummer')").query(Long.class).single());
        jdbc.sql("""
                update vhb_verstrekking set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = ?, kenmerk = ?, ontvanger = ?, adres = ?, team_naam = ?, beschikkingsdatum = ?
                where id = ? and status = 'VOORGESTELD'""")
                .params(door.actor(), door.id(), nu, kenmerk, c.get("naam"), adres, c.get("team"),
                        nu.atZoneSameInstant(NL).toLocalDate(), id).update();
        rondTaakAf(id, door);
        jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline) values (?, ?, ?, 'ADMINISTRATIEF', ?)")
                .params(v.casus(), TAAK_BETALEN, "Betaling vastleggen: " + kenmerk + " " + v.omschrijving() + " "
                        + Weergave.euro(v.bedrag()), LocalDate.now(klok).plusDays(5)).update();
        beschikkingen.zorgVoorBrief(id);
        Verstrekking nieuw = lees(id);
        audit.record(door.actor(), "VHB_VERSTREKKING_GOEDGEKEURD", "vhb_verstrekking", String.valueOf(id),
                auditMap(v), auditMap(nieuw), client);
        return nieuw;
    }

    @Transactional
    public Verstrekking wijsAf(long id, String reden, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        String r = tekst(reden, "reden", 2000, true, f);
        gooi("Geef de reden van de afwijzing.", f);
        Verstrekking v = teBeoordelen(id, door);
        jdbc.sql("""
                update vhb_verstrekking set status = 'AFGEWEZEN', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = ?, afwijzingsreden = ? where id = ? and status = 'VOORGESTELD'""")
                .params(door.actor(), door.id(), OffsetDateTime.now(klok), r, id).update();
        rondTaakAf(id, door);
        Verstrekking nieuw = lees(id);
        Map<String, Object> m = auditMap(nieuw);
        m.put("reden", r);
        audit.record(door.actor(), "VHB_VERSTREKKING_AFGEWEZEN", "vhb_verstrekking", String.valueOf(id), auditMap(v),
                m, client);
        return nieuw;
    }

    private void rondTaakAf(long id, Gebruiker door) {
        jdbc.sql("""
                update vhb_taak set afgerond_op = now(), afgerond_door = ? where afgerond_op is null
                  and id = (select taak_id from vhb_verstrekking where id = ?)""").params(door.actor(), id).update();
    }

    /** Registers the payment of an approved grant (ADMINISTRATIEF of the case, CONSULENT). */
    @Transactional
    public Verstrekking betaal(long id, Betaling b, Gebruiker door, String client) {
        if (b == null) {
            b = new Betaling(null, null);
        }
        List<InvalidParam> f = new ArrayList<>();
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate op = b.betaaldOp() == null ? vandaag : b.betaaldOp();
        if (op.isAfter(vandaag)) {
            f.add(new InvalidParam("betaaldOp", "niet in de toekomst"));
        }
        String ref = tekst(b.referentie(), "referentie", 100, false, f);
        gooi("De betaling is niet geldig.", f);
        Verstrekking v = lees(id);
        if (!v.status().equals("GOEDGEKEURD")) {
            throw conflict("Niet te betalen", "Alleen een goedgekeurde verstrekking wordt betaald; deze is "
                    + v.status().toLowerCase(Locale.ROOT) + ".");
        }
        if (op.getYear() != v.jaar()) {
            throw ApiException.invalid("De betaaldatum valt buiten het jaar van de pot.",
                    List.of(new InvalidParam("betaaldOp", "in " + v.jaar() + ", het jaar van de pot")));
        }
        if (v.voorgesteldOp().atZoneSameInstant(NL).toLocalDate().isAfter(op)) {
            throw ApiException.invalid("De betaaldatum ligt voor het voorstel.",
                    List.of(new InvalidParam("betaaldOp", "niet voor de datum van het voorstel")));
        }
        binnenBudget(v, BigDecimal.ZERO, "betaling");
        jdbc.sql("update vhb_verstrekking set status = 'BETAALD', betaald_door = ?, betaald_op = ?, "
                + "betaalreferentie = ? where id = ? and status = 'GOEDGEKEURD'").params(door.actor(), op, ref, id)
                .update();
        jdbc.sql("""
                update vhb_taak set afgerond_op = now(), afgerond_door = ? where afgerond_op is null and casus_id = ?
                  and soort = ? and omschrijving like ?""").params(door.actor(), v.casus(), TAAK_BETALEN,
                "Betaling vastleggen: " + v.kenmerk() + " %").update();
        Verstrekking nieuw = lees(id);
        Map<String, Object> m = auditMap(nieuw);
        m.put("betaaldOp", op.toString());
        m.put("referentie", ref);
        audit.record(door.actor(), "VHB_VERSTREKKING_BETAALD", "vhb_verstrekking", String.valueOf(id), auditMap(v), m,
                client);
        return nieuw;
    }

    /** The coordinator allows this grant to take its pot beyond the budget (approval and payment), with a reason. */
    @Transactional
    public Verstrekking staOverschrijdingToe(long id, String reden, Gebruiker door, String client) {
        if (door.rol() != Rol.COORDINATOR) {
            throw VerhuisboxToegang.geweigerd(door);
        }
        List<InvalidParam> f = new ArrayList<>();
        String r = tekst(reden, "reden", 2000, true, f);
        gooi("Geef de reden waarom de pot mag worden overschreden.", f);
        Verstrekking v = lees(id);
        if (v.status().equals("AFGEWEZEN") || v.status().equals("BETAALD")) {
            throw conflict("Niet nodig", "De verstrekking is al " + v.status().toLowerCase(Locale.ROOT) + ".");
        }
        if (v.overschrijding() != null) {
            throw conflict("Al toegestaan", "Voor deze verstrekking is de overschrijding al toegestaan.");
        }
        jdbc.sql("insert into vhb_overschrijding (verstrekking_id, reden, door, op) values (?, ?, ?, ?)")
                .params(id, r, door.actor(), OffsetDateTime.now(klok)).update();
        Map<String, Object> m = auditMap(v);
        m.put("reden", r);
        audit.record(door.actor(), "VHB_POT_OVERSCHRIJDING_TOEGESTAAN", "vhb_verstrekking", String.valueOf(id), null,
                m, client);
        return lees(id);
    }
}
