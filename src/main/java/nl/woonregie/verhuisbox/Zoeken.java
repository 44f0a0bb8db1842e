package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.internal.Kluis;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and finding: the housing sites, registrations per case (credentials in the {@link Kluis}, revealed only
 * to the assigned casemanager or administratief, every reveal audited), reactions (a lottery dwelling gets a
 * same-day deadline on the worklist), offers with the client's free decision, and the obstacle log.
 */
@Service
public class Zoeken {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock klok;
    private final Kluis kluis;
    private final Casussen casussen;

    Zoeken(JdbcClient jdbc, AuditLog audit, Clock klok, Kluis kluis, Casussen casussen) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.klok = klok;
        this.kluis = kluis;
        this.casussen = casussen;
    }

    public record Website(long id, String naam, String regio, List<String> provincies, BigDecimal kosten,
            String verlenging, String notities) {
    }

    public record NieuweInschrijving(Long website, LocalDate datum, String nummer, BigDecimal kosten,
            LocalDate verlengdatum, String gebruikersnaam, String wachtwoord) {
    }

    /** A registration; {@code inKluis} says whether credentials are stored — never the credentials themselves. */
    public record Inschrijving(long id, long website, String websiteNaam, LocalDate datum, String nummer,
            BigDecimal kosten, LocalDate verlengdatum, boolean inKluis) {
    }

    public record Inloggegevens(String gebruikersnaam, String wachtwoord) {
    }

    public record NieuweReactie(Long inschrijving, LocalDate datum, String woning, String soort, Integer positie) {
    }

    public record Reactie(long id, long inschrijving, String website, LocalDate datum, String woning, String soort,
            String resultaat, Integer positie, LocalDate deadline) {
    }

    public record NieuwAanbod(String gemeente, String corporatie, String adres, BigDecimal huur,
            LocalDate bezichtiging, LocalDate deadline) {
    }

    public record Aanbod(long id, String gemeente, String corporatie, String adres, BigDecimal huur,
            LocalDate bezichtiging, LocalDate deadline, String besluit, String toelichting) {
    }

    public record Besluit(String besluit, String toelichting, String grond, String website, String provincie) {
    }

    public record Belemmering(long id, Long casus, LocalDate datum, String website, String plaats, String provincie,
            String corporatie, String situatie, String grond, String actie) {
    }

    // ---------------------------------------------------------------- sites

    public List<Website> websites() {
        return jdbc.sql("select id, naam, regio, provincies, kosten, verlenging, notities from vhb_website "
                        + "where actief order by naam")
                .query((rs, i) -> new Website(rs.getLong(1), rs.getString(2), rs.getString(3), lijst(rs.getArray(4)),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7))).list();
    }

    // ---------------------------------------------------------------- registrations and the vault

    @Transactional
    public long schrijfIn(long casus, NieuweInschrijving n, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (n.website() == null || jdbc.sql("select count(*) from vhb_website where id = ?").param(n.website())
                .query(Long.class).single() == 0) {
            f.add(new InvalidParam("website", "onbekende website"));
        }
        if (n.datum() == null) {
            f.add(new InvalidParam("datum", "verplicht"));
        } else if (n.datum().isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        }
        if (n.kosten() != null && (n.kosten().signum() < 0 || n.kosten().compareTo(BigDecimal.valueOf(1000)) > 0)) {
            f.add(new InvalidParam("kosten", "0 tot 1000 euro"));
        }
        if (n.verlengdatum() != null && n.datum() != null && !n.verlengdatum().isAfter(n.datum())) {
            f.add(new InvalidParam("verlengdatum", "na de inschrijfdatum"));
        }
        boolean geheim = n.wachtwoord() != null && !n.wachtwoord().isBlank();
        if (geheim && (n.gebruikersnaam() == null || n.gebruikersnaam().isBlank())) {
            f.add(new InvalidParam("gebruikersnaam", "verplicht bij een wachtwoord"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De inschrijving is niet geldig.", f);
        }
        Status status = casussen.lees(casus).status();
        if (status != Status.ZOEKEN && status != Status.AANBOD && status != Status.INTAKE) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet in zoekfase", "Inschrijven kan vanaf de intake.",
                    List.of(new InvalidParam("status", "moet INTAKE, ZOEKEN of AANBOD zijn")));
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into vhb_inschrijving (casus_id, website_id, datum, nummer, kosten, verlengdatum,
                        aangemaakt_door) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(casus, n.website(), n.datum(), Casussen.leeg(n.nummer()),
                            n.kosten() == null ? BigDecimal.ZERO : n.kosten(), n.verlengdatum(), door.actor())
                    .query(Long.class).single();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al", "De cliënt is al ingeschreven op deze site.",
                    List.of(new InvalidParam("website", "al ingeschreven")));
        }
        if (geheim) {
            Kluis.Versleuteld v = kluis.versleutel(n.gebruikersnaam().strip() + "\n" + n.wachtwoord(),
                    context(casus, id));
            jdbc.sql("update vhb_inschrijving set kluis_nonce = ?, kluis_geheim = ? where id = ?")
                    .params(v.nonce(), v.geheim(), id).update();
        }
        if (n.verlengdatum() != null) {
            casussen.taak(casus, "VERLENGEN", "Inschrijving verlengen (" + websiteNaam(n.website()) + ")",
                    "ADMINISTRATIEF", n.verlengdatum().minusDays(14));
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("website", websiteNaam(n.website()));
        w.put("datum", n.datum().toString());
        w.put("kosten", n.kosten());
        w.put("inloggegevensInKluis", geheim);
        audit.record(door.actor(), "VHB_INSCHRIJVING", "vhb_casus", String.valueOf(casus), null, w, client);
        return id;
    }

    public List<Inschrijving> inschrijvingen(long casus) {
        return jdbc.sql("""
                select i.id, i.website_id, w.naam, i.datum, i.nummer, i.kosten, i.verlengdatum, i.kluis_geheim is not null
                from vhb_inschrijving i join vhb_website w on w.id = i.website_id where i.casus_id = ? order by w.naam""")
                .param(casus)
                .query((rs, i) -> new Inschrijving(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8))).list();
    }

    /**
     * Reveals the credentials of a registration: only to the casemanager or administratief assigned to this very
     * case (not the coordinator, not the consulent); the reveal is in the audit trail (in the same transaction, so
     * no reveal without its record).
     */
    @Transactional
    public Inloggegevens onthul(long casus, long inschrijving, Gebruiker door, String client) {
        VerhuisboxToegang.Scope s = jdbc.sql("select id, team_id, aanmelder_id, casemanager_id, administratief_id, "
                        + "status from vhb_casus where id = ?").param(casus)
                .query((rs, i) -> new VerhuisboxToegang.Scope(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class), Status.valueOf(rs.getString(6))))
                .single();
        boolean toegewezen = door.team() != null && door.team() == s.team()
                && ((door.rol() == Rol.CASEMANAGER && s.casemanager() != null && s.casemanager() == door.id())
                || (door.rol() == Rol.ADMINISTRATIEF && s.administratief() != null
                && s.administratief() == door.id()));
        if (!toegewezen) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Alleen de toegewezen casemanager of administratief ondersteuner ziet inloggegevens.", null);
        }
        Kluis.Versleuteld v = jdbc.sql("select kluis_nonce, kluis_geheim from vhb_inschrijving where id = ? "
                        + "and casus_id = ?").params(inschrijving, casus)
                .query((rs, i) -> rs.getBytes(2) == null ? null : new Kluis.Versleuteld(rs.getBytes(1), rs.getBytes(2)))
                .optional().orElseThrow(() -> ApiException.notFound("Inschrijving " + inschrijving
                        + " bestaat niet bij deze casus."));
        if (v == null) {
            throw ApiException.notFound("Voor deze inschrijving zijn geen inloggegevens bewaard.");
        }
        String tekst = kluis.ontsleutel(v, context(casus, inschrijving));
        int nl = tekst.indexOf('\n');
        audit.record(door.actor(), "VHB_KLUIS_ONTHULD", "vhb_casus", String.valueOf(casus), null,
                Map.of("inschrijving", inschrijving), client);
        return new Inloggegevens(tekst.substring(0, nl), tekst.substring(nl + 1));
    }

    private static String context(long casus, long inschrijving) {
        return "vhb_inschrijving:" + casus + ":" + inschrijving;
    }

    // ---------------------------------------------------------------- reactions

    @Transactional
    public long reageer(long casus, NieuweReactie r, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (r.inschrijving() == null || jdbc.sql("select count(*) from vhb_inschrijving where id = ? and casus_id = ?")
                .params(r.inschrijving(), casus).query(Long.class).single() == 0) {
            f.add(new InvalidParam("inschrijving", "geen inschrijving van deze casus"));
        }
        if (r.datum() == null) {
            f.add(new InvalidParam("datum", "verplicht"));
        }
        if (r.woning() == null || r.woning().isBlank() || r.woning().length() > 300) {
            f.add(new InvalidParam("woning", "verplicht, hoogstens 300 tekens"));
        }
        if (r.soort() == null || !List.of("REGULIER", "LOTING", "DIRECT").contains(r.soort())) {
            f.add(new InvalidParam("soort", "REGULIER, LOTING of DIRECT"));
        }
        if (r.positie() != null && r.positie() < 1) {
            f.add(new InvalidParam("positie", "1 of hoger"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De reactie is niet geldig.", f);
        }
        // a lottery dwelling or a good position: the paperwork must be ready the same day
        LocalDate deadline = r.soort().equals("LOTING") || (r.positie() != null && r.positie() <= 3) ? r.datum() : null;
        long id = jdbc.sql("""
                insert into vhb_reactie (casus_id, inschrijving_id, datum, woning, soort, positie, deadline, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, r.inschrijving(), r.datum(), r.woning().strip(), r.soort(), r.positie(), deadline,
                        door.actor()).query(Long.class).single();
        if (deadline != null) {
            casussen.taak(casus, "REACTIE_DEADLINE", "Vandaag reageren en papieren klaarzetten: " + r.woning().strip()
                    + (r.soort().equals("LOTING") ? " (loting)" : " (positie " + r.positie() + ")"),
                    "ADMINISTRATIEF", deadline);
        }
        audit.record(door.actor(), "VHB_REACTIE", "vhb_casus", String.valueOf(casus), null,
                Map.of("woning", r.woning().strip(), "soort", r.soort()), client);
        return id;
    }

    public List<Reactie> reacties(long casus) {
        return jdbc.sql("""
                select r.id, r.inschrijving_id, w.naam, r.datum, r.woning, r.soort, r.resultaat, r.positie, r.deadline
                from vhb_reactie r join vhb_inschrijving i on i.id = r.inschrijving_id
                join vhb_website w on w.id = i.website_id where r.casus_id = ? order by r.datum desc, r.id desc""")
                .param(casus)
                .query((rs, i) -> new Reactie(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, Integer.class), rs.getObject(9, LocalDate.class))).list();
    }

    // ---------------------------------------------------------------- offers

    @Transactional
    public long bied(long casus, NieuwAanbod a, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        verplicht(f, "gemeente", a.gemeente());
        verplicht(f, "corporatie", a.corporatie());
        verplicht(f, "adres", a.adres());
        if (a.huur() == null || a.huur().signum() <= 0 || a.huur().compareTo(BigDecimal.valueOf(5000)) > 0) {
            f.add(new InvalidParam("huur", "een maandhuur boven 0 en tot 5000 euro"));
        }
        if (a.deadline() == null) {
            f.add(new InvalidParam("deadline", "verplicht"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het aanbod is niet geldig.", f);
        }
        long id = jdbc.sql("""
                insert into vhb_aanbod (casus_id, gemeente, corporatie, adres, huur, bezichtiging, deadline,
                    aangemaakt_door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, a.gemeente().strip(), a.corporatie().strip(), a.adres().strip(), a.huur(),
                        a.bezichtiging(), a.deadline(), door.actor()).query(Long.class).single();
        casussen.overgang(casus, Status.AANBOD, "Aanbod: " + a.adres().strip() + ", " + a.gemeente().strip()
                + " (" + a.corporatie().strip() + ")", null, door, client);
        casussen.taak(casus, "AANBOD_DOCUMENTEN", "Documenten voor het aanbod aanleveren (" + a.adres().strip() + ")",
                "CASEMANAGER", a.deadline());
        return id;
    }

    public List<Aanbod> aanbiedingen(long casus) {
        return jdbc.sql("select id, gemeente, corporatie, adres, huur, bezichtiging, deadline, besluit, toelichting "
                        + "from vhb_aanbod where casus_id = ? order by id desc").param(casus)
                .query((rs, i) -> new Aanbod(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9))).list();
    }

    public long casusVanAanbod(long aanbod) {
        return jdbc.sql("select casus_id from vhb_aanbod where id = ?").param(aanbod).query(Long.class).optional()
                .orElseThrow(() -> ApiException.notFound("Aanbod " + aanbod + " bestaat niet."));
    }

    /**
     * The decision on an offer. AANVAARD: to Verhuizing (when the documents are complete). GEWEIGERD_CLIENT: the
     * client is free to refuse — back to Zoeken, no penalty, no mark. GEWEIGERD_CORPORATIE: back to Zoeken and a row
     * in the obstacle log with the ground.
     */
    @Transactional
    public void besluit(long aanbod, Besluit b, Gebruiker door, String client) {
        long casus = casusVanAanbod(aanbod);
        List<InvalidParam> f = new ArrayList<>();
        if (b.besluit() == null || !List.of("AANVAARD", "GEWEIGERD_CLIENT", "GEWEIGERD_CORPORATIE")
                .contains(b.besluit())) {
            f.add(new InvalidParam("besluit", "AANVAARD, GEWEIGERD_CLIENT of GEWEIGERD_CORPORATIE"));
        }
        if ("GEWEIGERD_CORPORATIE".equals(b.besluit())) {
            verplicht(f, "grond", b.grond());
            verplicht(f, "toelichting", b.toelichting());
        }
        if (b.toelichting() != null && b.toelichting().length() > 2000) {
            f.add(new InvalidParam("toelichting", "hoogstens 2000 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het besluit is niet geldig.", f);
        }
        Aanbod a = aanbiedingen(casus).stream().filter(x -> x.id() == aanbod).findFirst().orElseThrow();
        if (a.besluit() != null) {
            throw new ApiException(HttpStatus.CONFLICT, "Al besloten", "Over dit aanbod is al besloten.",
                    List.of(new InvalidParam("besluit", "al vastgelegd: " + a.besluit())));
        }
        jdbc.sql("update vhb_aanbod set besluit = ?, toelichting = ?, besloten_door = ? where id = ?")
                .params(b.besluit(), Casussen.leeg(b.toelichting()), door.actor(), aanbod).update();
        switch (b.besluit()) {
            case "AANVAARD" -> casussen.overgang(casus, Status.VERHUIZING, "Aanbod aanvaard door de cliënt: "
                    + a.adres() + ", " + a.gemeente(), null, door, client);
            case "GEWEIGERD_CLIENT" -> casussen.overgang(casus, Status.ZOEKEN,
                    "Aanbod geweigerd door de cliënt (vrije keuze, zonder gevolgen)"
                            + (b.toelichting() == null ? "" : ": " + b.toelichting().strip()), null, door, client);
            default -> {
                jdbc.sql("""
                        insert into vhb_belemmering (team_id, casus_id, datum, website, plaats, provincie, corporatie,
                            situatie, grond, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(casussen.teamVan(casus), casus, LocalDate.now(klok), Casussen.leeg(b.website()),
                                a.gemeente(), Casussen.leeg(b.provincie()), a.corporatie(), b.toelichting().strip(),
                                b.grond().strip(), door.actor()).update();
                casussen.overgang(casus, Status.ZOEKEN, "Aanbod geweigerd door " + a.corporatie() + ": "
                        + b.grond().strip(), null, door, client);
            }
        }
        jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where casus_id = ? "
                + "and soort = 'AANBOD_DOCUMENTEN' and afgerond_op is null").params(door.actor(), casus).update();
    }

    public List<Belemmering> belemmeringen(long team) {
        return jdbc.sql("select id, casus_id, datum, website, plaats, provincie, corporatie, situatie, grond, actie "
                        + "from vhb_belemmering where team_id = ? order by datum desc, id desc").param(team)
                .query((rs, i) -> new Belemmering(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))).list();
    }

    private static void verplicht(List<InvalidParam> f, String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht"));
        } else if (waarde.length() > 300) {
            f.add(new InvalidParam(veld, "hoogstens 300 tekens"));
        }
    }

    private String websiteNaam(long id) {
        return jdbc.sql("select naam from vhb_website where id = ?").param(id).query(String.class).single();
    }

    private static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
