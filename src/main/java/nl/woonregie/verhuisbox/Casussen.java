package nl.woonregie.verhuisbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verhuisbox cases: the referral, the state machine ({@link Traject}) with history, the ICP-toets, assignment and
 * intake, checklists, tasks and the waiting list. Access is checked by the caller ({@link VerhuisboxToegang});
 * every change writes the audit trail in the same transaction, and every state change a history row.
 */
@Service
public class Casussen {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock klok;
    private final JsonMapper json;
    private final Nazorg nazorg;
    private final GebiedService gebied;

    Casussen(JdbcClient jdbc, AuditLog audit, Clock klok, JsonMapper json, Nazorg nazorg, GebiedService gebied) {
        this.gebied = gebied;
        this.jdbc = jdbc;
        this.audit = audit;
        this.klok = klok;
        this.json = json;
        this.nazorg = nazorg;
    }

    // ---------------------------------------------------------------- records

    public record Melding(String organisatie, String naam, LocalDate geboortedatum, String bsn, String telefoon,
            String email, Integer volwassenen, Integer kinderen, String inkomen, String slaapplek, String reden,
            List<String> voorkeursregios, String urgentie, List<String> documenten, LocalDate toestemmingOp) {
    }

    public record Zoekregio(String regio, Boolean zeerKansrijk) {

        static boolean kansrijk(Zoekregio r) {
            return Boolean.TRUE.equals(r.zeerKansrijk());
        }
    }

    public record Casus(long id, Status status, String statusLabel, Categorie categorie, Variant variant,
            String naam, LocalDate geboortedatum, String bsn, String telefoon, String email, int volwassenen,
            int kinderen, String inkomen, String slaapplek, String reden, List<String> voorkeursregios,
            String urgentie, List<String> documenten, LocalDate toestemmingOp, LocalDate compleetOp,
            List<Zoekregio> zoekregios, String aanmelder, String organisatie, String casemanager,
            String administratief, Integer criteriaJaar, String weigerbrief, Uitkomst uitkomst, Stopreden stopreden,
            String bestemming, String bestemmingCode, LocalDate gehuisvestOp, Boolean uitkeringBeeindigd,
            LocalDate uitkeringBeeindigdOp) {
    }

    public record Overzicht(long id, String naam, Status status, String statusLabel, Categorie categorie,
            int kinderen, LocalDate compleetOp, String casemanager) {
    }

    /** What an aanmelder sees of a referral: its state, and nothing of the case file. */
    public record Statusweergave(long id, Status status, String statusLabel, LocalDate sinds, String toelichting,
            Integer wachtlijstPositie, Integer verwachteWachttijdWeken, String weigerbrief) {
    }

    public record Gebeurtenis(java.time.OffsetDateTime tijdstip, String actor, String actie, String omschrijving) {
    }

    public record Toetsregel(String code, Criterium.Uitslag uitkomst, String notitie) {
    }

    public record ToetsAntwoord(Toetsuitslag.Besluit besluit, List<String> afwijzingsgronden, List<String> onbekend,
            List<String> basisOpOrde, Variant variant, Status status, String weigerbrief) {
    }

    public record Checkitem(long id, String lijst, String code, String omschrijving, String stand, String notitie) {
    }

    public record Taak(long id, long casus, String casusNaam, String soort, String omschrijving, String rol,
            LocalDate deadline, boolean teLaat) {
    }

    // ---------------------------------------------------------------- referral

    @Transactional
    public long meld(Melding m, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (m == null) {
            throw ApiException.invalid("De melding is leeg.", List.of(new InvalidParam("melding", "verplicht")));
        }
        tekst(f, "organisatie", m.organisatie(), 200);
        tekst(f, "naam", m.naam(), 200);
        tekst(f, "inkomen", m.inkomen(), 200);
        tekst(f, "slaapplek", m.slaapplek(), 200);
        tekst(f, "reden", m.reden(), 2000);
        LocalDate vandaag = LocalDate.now(klok);
        if (m.geboortedatum() == null) {
            f.add(new InvalidParam("geboortedatum", "verplicht"));
        } else if (!m.geboortedatum().isBefore(vandaag.minusYears(16))
                || m.geboortedatum().isBefore(vandaag.minusYears(110))) {
            f.add(new InvalidParam("geboortedatum", "cliënt is 16 tot 110 jaar"));
        }
        if (m.bsn() != null && !m.bsn().isBlank() && !Bsn.geldig(m.bsn().strip())) {
            f.add(new InvalidParam("bsn", "geen geldig BSN (9 cijfers, elfproef)"));
        }
        if (m.email() != null && !m.email().isBlank() && !m.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            f.add(new InvalidParam("email", "geen geldig e-mailadres"));
        }
        if (m.volwassenen() == null || m.volwassenen() < 1 || m.volwassenen() > 10) {
            f.add(new InvalidParam("volwassenen", "1 tot en met 10"));
        }
        if (m.kinderen() == null || m.kinderen() < 0 || m.kinderen() > 20) {
            f.add(new InvalidParam("kinderen", "0 tot en met 20"));
        }
        if (m.voorkeursregios() == null || m.voorkeursregios().isEmpty()) {
            f.add(new InvalidParam("voorkeursregios", "minstens één regio"));
        }
        if (m.toestemmingOp() == null) {
            f.add(new InvalidParam("toestemmingOp", "de datum waarop de cliënt toestemming gaf is verplicht"));
        } else if (m.toestemmingOp().isAfter(vandaag)) {
            f.add(new InvalidParam("toestemmingOp", "niet in de toekomst"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De melding is niet volledig of niet geldig.", f);
        }
        Categorie categorie = Period.between(m.geboortedatum(), vandaag).getYears() < 27 ? Categorie.JONGERE
                : Categorie.HUISHOUDEN;
        long id = jdbc.sql("""
                insert into vhb_casus (team_id, aanmelder_id, aanmelder_organisatie, status, categorie, naam,
                    geboortedatum, bsn, telefoon, email, volwassenen, kinderen, inkomen, slaapplek, reden,
                    voorkeursregios, urgentie, documenten, toestemming_op, compleet_op)
                values (:team, :aanmelder, :org, 'MELDING', :cat, :naam, :gd, :bsn, :tel, :email, :vw, :k, :ink, :sp,
                    :reden, :regios, :urg, :docs, :toest, :compleet) returning id""")
                .param("team", door.team()).param("aanmelder", door.id()).param("org", m.organisatie().strip())
                .param("cat", categorie.name()).param("naam", m.naam().strip()).param("gd", m.geboortedatum())
                .param("bsn", leeg(m.bsn())).param("tel", leeg(m.telefoon())).param("email", leeg(m.email()))
                .param("vw", m.volwassenen()).param("k", m.kinderen()).param("ink", m.inkomen().strip())
                .param("sp", m.slaapplek().strip()).param("reden", m.reden().strip())
                .param("regios", m.voorkeursregios().toArray(String[]::new)).param("urg", leeg(m.urgentie()))
                .param("docs", (m.documenten() == null ? List.<String>of() : m.documenten()).toArray(String[]::new))
                .param("toest", m.toestemmingOp()).param("compleet", vandaag)
                .query(Long.class).single();
        geschiedenis(id, null, Status.MELDING, "Melding gedaan door " + m.organisatie().strip(), door);
        taak(id, "MELDING_BEOORDELEN", "Melding in behandeling nemen en ICP-toets doen (telefonisch met aanmelder)",
                "ICP", vandaag.plusDays(5));
        audit.record(door.actor(), "VHB_MELDING", "vhb_casus", String.valueOf(id), null,
                Map.of("categorie", categorie.name(), "organisatie", m.organisatie().strip()), client);
        return id;
    }

    // ---------------------------------------------------------------- reading

    public Casus lees(long id) {
        return jdbc.sql("""
                select c.*, a.gebruikersnaam as aanmelder, cm.gebruikersnaam as cm, ad.gebruikersnaam as adm
                from vhb_casus c join gebruiker a on a.id = c.aanmelder_id
                left join gebruiker cm on cm.id = c.casemanager_id left join gebruiker ad on ad.id = c.administratief_id
                where c.id = ?""").param(id).query((rs, i) -> casus(rs)).optional()
                .orElseThrow(() -> ApiException.notFound("Casus " + id + " bestaat niet."));
    }

    private Casus casus(ResultSet rs) throws SQLException {
        Status s = Status.valueOf(rs.getString("status"));
        List<Zoekregio> regios = json.readValue(rs.getString("zoekregios"), new TypeReference<List<Zoekregio>>() {
        });
        return new Casus(rs.getLong("id"), s, s.label(), Categorie.valueOf(rs.getString("categorie")),
                rs.getString("variant") == null ? null : Variant.valueOf(rs.getString("variant")), rs.getString("naam"),
                rs.getObject("geboortedatum", LocalDate.class), rs.getString("bsn"), rs.getString("telefoon"),
                rs.getString("email"), rs.getInt("volwassenen"), rs.getInt("kinderen"), rs.getString("inkomen"),
                rs.getString("slaapplek"), rs.getString("reden"), lijst(rs.getArray("voorkeursregios")),
                rs.getString("urgentie"), lijst(rs.getArray("documenten")),
                rs.getObject("toestemming_op", LocalDate.class), rs.getObject("compleet_op", LocalDate.class), regios,
                rs.getString("aanmelder"), rs.getString("aanmelder_organisatie"), rs.getString("cm"),
                rs.getString("adm"), rs.getObject("criteria_jaar", Integer.class), rs.getString("weigerbrief"),
                rs.getString("uitkomst") == null ? null : Uitkomst.valueOf(rs.getString("uitkomst")),
                rs.getString("stopreden") == null ? null : Stopreden.valueOf(rs.getString("stopreden")),
                rs.getString("bestemming"), rs.getString("bestemming_code"),
                rs.getObject("gehuisvest_op", LocalDate.class), rs.getObject("uitkering_beeindigd", Boolean.class),
                rs.getObject("uitkering_beeindigd_op", LocalDate.class));
    }

    /** The cases this account may read, in the team (already filtered by the access rules). */
    public List<Overzicht> lijst(Gebruiker g, Status status) {
        List<Overzicht> alle = jdbc.sql("""
                select c.id, c.naam, c.status, c.categorie, c.kinderen, c.compleet_op, cm.gebruikersnaam,
                       c.team_id, c.aanmelder_id, c.casemanager_id, c.administratief_id
                from vhb_casus c left join gebruiker cm on cm.id = c.casemanager_id
                where c.team_id = ? and (cast(? as varchar) is null or c.status = ?) order by c.id""")
                .params(g.team(), status == null ? null : status.name(), status == null ? null : status.name())
                .query((rs, i) -> {
                    Status s = Status.valueOf(rs.getString(3));
                    VerhuisboxToegang.Scope scope = new VerhuisboxToegang.Scope(rs.getLong(1), rs.getLong(8),
                            rs.getLong(9), rs.getObject(10, Long.class), rs.getObject(11, Long.class), s);
                    if (!VerhuisboxToegang.magLezen(g, scope)) {
                        return null;
                    }
                    return new Overzicht(rs.getLong(1), rs.getString(2), s, s.label(),
                            Categorie.valueOf(rs.getString(4)), rs.getInt(5), rs.getObject(6, LocalDate.class),
                            rs.getString(7));
                }).list();
        return alle.stream().filter(o -> o != null).toList();
    }

    /** The own referrals of an aanmelder, status only. */
    public List<Statusweergave> eigenMeldingen(Gebruiker aanmelder) {
        List<Long> ids = jdbc.sql("select id from vhb_casus where aanmelder_id = ? and team_id = ? order by id desc")
                .params(aanmelder.id(), aanmelder.team()).query(Long.class).list();
        return ids.stream().map(this::status).toList();
    }

    public Statusweergave status(long id) {
        Casus c = lees(id);
        LocalDate sinds = jdbc.sql("select max(tijdstip) from vhb_statuswijziging where casus_id = ?").param(id)
                .query(java.time.OffsetDateTime.class).single().atZoneSameInstant(klok.getZone()).toLocalDate();
        Integer positie = null;
        Integer weken = null;
        String toelichting = switch (c.status()) {
            case MELDING -> "De melding is ontvangen en wacht op de ICP-toets.";
            case ICP_TOETS -> "Het ICP toetst de melding aan de criteria.";
            case GEWEIGERD -> "De melding voldoet niet aan de criteria; zie de brief.";
            case WACHTLIJST -> "De cliënt staat op de wachtlijst voor een intake.";
            case INTAKE -> "De casemanager heeft de intake gepland of gedaan.";
            case ZOEKEN -> "De cliënt is ingeschreven en er wordt gereageerd op woningen.";
            case AANBOD -> "Er is een woning aangeboden.";
            case VERHUIZING -> "De verhuizing wordt geregeld.";
            case AFGESLOTEN -> "Het traject is afgesloten.";
        };
        if (c.status() == Status.WACHTLIJST) {
            for (Wachtlijst.Plaats p : wachtlijst(teamVan(id), c.categorie())) {
                if (p.wachtende().casus() == id) {
                    positie = p.positie();
                    weken = p.verwachteWeken();
                }
            }
        }
        return new Statusweergave(id, c.status(), c.status().label(), sinds, toelichting, positie, weken,
                c.status() == Status.GEWEIGERD ? c.weigerbrief() : null);
    }

    /** The timeline: every change recorded for the case in the audit trail, oldest first. */
    public List<Gebeurtenis> tijdlijn(long id) {
        return jdbc.sql("""
                select tijdstip, actor, actie, nieuwe_waarde::text from audit_log
                where object_type = 'vhb_casus' and object_id = ? order by id""").param(String.valueOf(id))
                .query((rs, i) -> new Gebeurtenis(rs.getObject(1, java.time.OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), omschrijving(rs.getString(3), rs.getString(4)))).list();
    }

    private String omschrijving(String actie, String nieuw) {
        if (nieuw == null) {
            return actie;
        }
        Map<String, Object> w = json.readValue(nieuw, new TypeReference<Map<String, Object>>() {
        });
        return switch (actie) {
            case "VHB_STATUS" -> w.get("van") + " → " + w.get("naar") + ": " + w.get("reden");
            case "VHB_MELDING" -> "Melding door " + w.get("organisatie") + " (" + w.get("categorie") + ")";
            case "VHB_TOETS" -> "ICP-toets vastgelegd (criteria " + w.get("jaar") + "): " + w.get("besluit");
            case "VHB_CHECKLIST" -> "Checklist " + w.get("lijst") + ": " + w.get("code") + " " + w.get("stand");
            case "VHB_TOEGEWEZEN" -> "Toegewezen: casemanager " + w.get("casemanager") + ", administratief "
                    + w.get("administratief");
            case "VHB_INTAKE" -> "Dienstverlening " + w.get("variant") + ", zoekregio's vastgelegd";
            case "VHB_INSCHRIJVING" -> "Ingeschreven op " + w.get("website")
                    + (Boolean.TRUE.equals(w.get("inloggegevensInKluis")) ? " (inloggegevens in de kluis)" : "");
            case "VHB_KLUIS_ONTHULD" -> "Inloggegevens uit de kluis getoond (inschrijving " + w.get("inschrijving") + ")";
            case "VHB_REACTIE" -> "Reactie (" + w.get("soort") + "): " + w.get("woning");
            case "VHB_TAAK_AFGEROND" -> "Taak afgerond";
            case "VHB_UITKERING" -> Boolean.TRUE.equals(w.get("beeindigd")) ? "Uitkering Den Haag beëindigd per "
                    + w.get("op") : "Uitkering Den Haag niet beëindigd";
            default -> actie;
        };
    }

    // ---------------------------------------------------------------- state machine

    @Transactional
    public void overgang(long id, Status naar, String reden, Traject.Afsluiting afsluiting, Gebruiker door,
            String client) {
        overgang(id, naar, reden, afsluiting, null, door, client);
    }

    /** A transition; on closing as VERHUISD the aftercare contacts are planned from the move date (default today). */
    @Transactional
    public void overgang(long id, Status naar, String reden, Traject.Afsluiting afsluiting, LocalDate verhuisdatum,
            Gebruiker door, String client) {
        if (verhuisdatum != null && verhuisdatum.isAfter(LocalDate.now(klok))) {
            throw ApiException.invalid("De verhuisdatum ligt in de toekomst.",
                    List.of(new InvalidParam("verhuisdatum", "niet in de toekomst")));
        }
        Bestemming bestemming = naar == Status.AFGESLOTEN && afsluiting != null
                ? bestemming(id, afsluiting, verhuisdatum == null ? LocalDate.now(klok) : verhuisdatum) : null;
        Traject.Stand stand = stand(id);
        List<String> bezwaren = Traject.bezwaren(stand, naar, reden, afsluiting);
        if (!bezwaren.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Overgang niet toegestaan",
                    "Van " + stand.status().label() + " naar " + (naar == null ? "?" : naar.label())
                            + " kan (nog) niet.", bezwaren.stream().map(b -> {
                                int i = b.indexOf(':');
                                return new InvalidParam(b.substring(0, i), b.substring(i + 1).strip());
                            }).toList());
        }
        if (naar == Status.AFGESLOTEN) {
            boolean gehuisvest = afsluiting.uitkomst() != Uitkomst.GESTOPT;
            jdbc.sql("update vhb_casus set uitkomst = ?, stopreden = ?, bestemming = ?, bestemming_code = ?, "
                            + "gehuisvest_op = ? where id = ?")
                    .params(afsluiting.uitkomst().name(),
                            afsluiting.stopreden() == null ? null : afsluiting.stopreden().name(),
                            bestemming.tekst(), bestemming.code(),
                            gehuisvest ? (verhuisdatum == null ? LocalDate.now(klok) : verhuisdatum) : null, id)
                    .update();
            jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where casus_id = ? "
                    + "and afgerond_op is null").params("systeem (casus afgesloten)", id).update();
            if (afsluiting.uitkomst() == Uitkomst.VERHUISD) {
                nazorg.plan(id, verhuisdatum == null ? LocalDate.now(klok) : verhuisdatum);
            }
        }
        zet(id, stand.status(), naar, reden.strip(), door, client);
        bijBinnenkomst(id, naar);
    }

    /** The destination of a closing: the text shown and the CBS code (checked against the gebied register). */
    record Bestemming(String tekst, String code) {
    }

    private Bestemming bestemming(long id, Traject.Afsluiting a, LocalDate dag) {
        String tekst = leeg(a.bestemming());
        String code = leeg(a.bestemmingCode());
        List<InvalidParam> f = new ArrayList<>();
        if (tekst != null && tekst.length() > 200) {
            f.add(new InvalidParam("bestemming", "hoogstens 200 tekens"));
        }
        if (a.uitkomst() == Uitkomst.VERHUISD && code != null) {
            code = code.toUpperCase(java.util.Locale.ROOT);
            java.util.Optional<Gemeente> g = gebied.gemeente(code);
            if (g.isEmpty()) {
                f.add(new InvalidParam("bestemmingCode", "geen gemeente in het register (CBS-code als GM0014)"));
            } else if (!g.get().geldigOp(dag)) {
                f.add(new InvalidParam("bestemmingCode", g.get().naam() + " bestond niet op " + dag));
            } else if (tekst == null) {
                tekst = g.get().naam();
            }
        } else if (a.uitkomst() == Uitkomst.VERHUISD && tekst != null) {
            // only the text: the code when it names exactly one gemeente of that day
            String t = tekst;
            List<Gemeente> zelfde = gebied.gemeentenOp(dag).stream().filter(x -> x.naam().equalsIgnoreCase(t))
                    .toList();
            code = zelfde.size() == 1 ? zelfde.get(0).code() : null;
        } else if (a.uitkomst() != Uitkomst.VERHUISD) {
            code = null;
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De afsluiting is niet geldig.", f);
        }
        return new Bestemming(tekst, code);
    }

    /**
     * Records whether the Den Haag benefit ended after the housing, and from which day: at or after closing as
     * VERHUISD or GEHUISVEST_DEN_HAAG (access and role checked by the caller).
     */
    @Transactional
    public void uitkering(long id, Boolean beeindigd, LocalDate op, Gebruiker door, String client) {
        Casus c = lees(id);
        if (c.status() != Status.AFGESLOTEN || c.gehuisvestOp() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet gehuisvest",
                    "Het einde van de uitkering wordt vastgelegd bij of na het afsluiten als verhuisd of gehuisvest.",
                    List.of(new InvalidParam("status", "moet AFGESLOTEN zijn met uitkomst VERHUISD of "
                            + "GEHUISVEST_DEN_HAAG")));
        }
        List<InvalidParam> f = new ArrayList<>();
        if (beeindigd == null) {
            f.add(new InvalidParam("beeindigd", "true of false"));
        } else if (beeindigd) {
            if (op == null) {
                f.add(new InvalidParam("op", "de datum waarop de uitkering eindigde is verplicht"));
            } else if (op.isAfter(LocalDate.now(klok))) {
                f.add(new InvalidParam("op", "niet in de toekomst"));
            } else if (op.isBefore(c.compleetOp())) {
                f.add(new InvalidParam("op", "niet vóór de aanmelding (" + c.compleetOp() + ")"));
            }
        } else if (op != null) {
            f.add(new InvalidParam("op", "alleen als de uitkering beëindigd is"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het einde van de uitkering is niet geldig.", f);
        }
        jdbc.sql("update vhb_casus set uitkering_beeindigd = ?, uitkering_beeindigd_op = ?, gewijzigd_op = now() "
                + "where id = ?").params(beeindigd, beeindigd ? op : null, id).update();
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("beeindigd", c.uitkeringBeeindigd());
        oud.put("op", c.uitkeringBeeindigdOp() == null ? null : c.uitkeringBeeindigdOp().toString());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("beeindigd", beeindigd);
        nieuw.put("op", beeindigd && op != null ? op.toString() : null);
        audit.record(door.actor(), "VHB_UITKERING", "vhb_casus", String.valueOf(id), oud, nieuw, client);
    }

    private void zet(long id, Status van, Status naar, String reden, Gebruiker door, String client) {
        jdbc.sql("update vhb_casus set status = ?, gewijzigd_op = now() where id = ?").params(naar.name(), id)
                .update();
        geschiedenis(id, van, naar, reden, door);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("van", van == null ? null : van.name());
        w.put("naar", naar.name());
        w.put("reden", reden);
        audit.record(door.actor(), "VHB_STATUS", "vhb_casus", String.valueOf(id), null, w, client);
    }

    /** Tasks and checklists that come with entering a state. */
    private void bijBinnenkomst(long id, Status naar) {
        LocalDate vandaag = LocalDate.now(klok);
        switch (naar) {
            case INTAKE -> {
                checklist(id, "INTAKE", Checklists.INTAKE);
                taak(id, "INTAKE", "Intakegesprek plannen en voeren (intakechecklist)", "CASEMANAGER",
                        vandaag.plusDays(14));
            }
            case ZOEKEN -> taak(id, "INSCHRIJVEN", "Inschrijvingen op de afgesproken woonsites regelen",
                    "ADMINISTRATIEF", vandaag.plusDays(7));
            case AANBOD -> {
                // documents are checked again for every offer (earlier ticks stay in the audit trail)
                jdbc.sql("update vhb_checkitem set stand = 'OPEN', notitie = null where casus_id = ? and lijst = 'AANBOD'")
                        .param(id).update();
                checklist(id, "AANBOD", Checklists.AANBOD);
            }
            case VERHUIZING -> {
                checklist(id, "VERHUIZING", Checklists.VERHUIZING);
                taak(id, "OVERDRACHT", "Warme overdracht aan de nieuwe gemeente regelen", "CASEMANAGER",
                        vandaag.plusDays(14));
                taak(id, "BIJZONDERE_BIJSTAND", "Bijzondere bijstand eerste huur en inrichting; beschikking sturen",
                        "CONSULENT", vandaag.plusDays(5));
            }
            default -> {
            }
        }
    }

    Traject.Stand stand(long id) {
        Casus c = lees(id);
        Toetsuitslag toets = c.criteriaJaar() == null ? null : toetsuitslag(id, c.criteriaJaar());
        boolean eerste = false;
        if (c.status() == Status.WACHTLIJST) {
            List<Wachtlijst.Plaats> lijst = wachtlijst(teamVan(id), c.categorie());
            eerste = !lijst.isEmpty() && lijst.get(0).wachtende().casus() == id;
        }
        int jaar = LocalDate.now(klok).getYear();
        boolean capaciteit = capaciteit(teamVan(id), jaar, c.categorie()) > gestart(teamVan(id), jaar, c.categorie());
        boolean kansrijk = c.zoekregios().stream().anyMatch(Zoekregio::kansrijk);
        Long aanbodOpen = jdbc.sql("select count(*) from vhb_aanbod where casus_id = ? and besluit is null").param(id)
                .query(Long.class).single();
        Long aanvaard = jdbc.sql("select count(*) from vhb_aanbod where casus_id = ? and besluit = 'AANVAARD'")
                .param(id).query(Long.class).single();
        return new Traject.Stand(c.status(), toets, c.casemanager() != null, eerste, capaciteit, c.variant(),
                open(id, "INTAKE"), kansrijk, aanbodOpen > 0, aanvaard > 0, open(id, "AANBOD"), open(id, "VERHUIZING"));
    }

    private int open(long id, String lijst) {
        return jdbc.sql("select count(*) from vhb_checkitem where casus_id = ? and lijst = ? and stand = 'OPEN'")
                .params(id, lijst).query(Integer.class).single();
    }

    private void geschiedenis(long id, Status van, Status naar, String reden, Gebruiker door) {
        jdbc.sql("insert into vhb_statuswijziging (casus_id, van, naar, reden, actor) values (?, ?, ?, ?, ?)")
                .params(id, van == null ? null : van.name(), naar.name(), reden, door.actor()).update();
    }

    // ---------------------------------------------------------------- ICP-toets

    public List<Criterium> criteria(int jaar) {
        return jdbc.sql("select jaar, code, volgorde, omschrijving, soort, verwijzing from vhb_criterium "
                        + "where jaar = ? order by volgorde")
                .param(jaar)
                .query((rs, i) -> new Criterium(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Criterium.Soort.valueOf(rs.getString(5)), rs.getString(6))).list();
    }

    /** The criteria that apply in a year: those of that year, or else of the latest earlier year. */
    public int criteriaJaar(int jaar) {
        return jdbc.sql("select max(jaar) from vhb_criterium where jaar <= ?").param(jaar).query(Integer.class)
                .optional().orElseThrow(() -> ApiException.notFound("Geen criteria voor " + jaar + " of eerder."));
    }

    /** Replaces the criteria of one year (the previous set stays in the audit trail). */
    @Transactional
    public void zetCriteria(int jaar, List<Criterium> nieuw, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (!Jaren.geldig(jaar)) {
            f.add(new InvalidParam("jaar", Jaren.BEREIK));
        }
        if (nieuw == null || nieuw.isEmpty()) {
            f.add(new InvalidParam("criteria", "minstens één criterium"));
        } else {
            for (int i = 0; i < nieuw.size(); i++) {
                Criterium c = nieuw.get(i);
                if (c.code() == null || !c.code().matches("[A-Z0-9_]{2,40}")) {
                    f.add(new InvalidParam("criteria[" + i + "].code", "2 tot 40 tekens A-Z, 0-9, _"));
                }
                if (c.omschrijving() == null || c.omschrijving().isBlank() || c.omschrijving().length() > 500) {
                    f.add(new InvalidParam("criteria[" + i + "].omschrijving", "verplicht, hoogstens 500 tekens"));
                }
                if (c.soort() == null) {
                    f.add(new InvalidParam("criteria[" + i + "].soort", "UITSLUITEND, DOCUMENT of UITZONDERING"));
                }
            }
            if (nieuw.stream().map(Criterium::code).distinct().count() != nieuw.size()) {
                f.add(new InvalidParam("criteria", "elke code één keer"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De criteria zijn niet geldig.", f);
        }
        List<Criterium> oud = criteria(jaar);
        jdbc.sql("delete from vhb_criterium where jaar = ?").param(jaar).update();
        for (int i = 0; i < nieuw.size(); i++) {
            Criterium c = nieuw.get(i);
            jdbc.sql("insert into vhb_criterium (jaar, code, volgorde, omschrijving, soort, verwijzing) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(jaar, c.code(), i + 1, c.omschrijving().strip(), c.soort().name(), leeg(c.verwijzing()))
                    .update();
        }
        audit.record(door.actor(), "VHB_CRITERIA", "vhb_criterium", String.valueOf(jaar),
                Map.of("criteria", oud), Map.of("criteria", nieuw), client);
    }

    Toetsuitslag toetsuitslag(long id, int jaar) {
        Map<String, Criterium.Uitslag> laatste = new LinkedHashMap<>();
        jdbc.sql("select code, uitkomst from vhb_toetsing where casus_id = ? and jaar = ? order by id").params(id, jaar)
                .query((rs, i) -> laatste.put(rs.getString(1), Criterium.Uitslag.valueOf(rs.getString(2)))).list();
        return Toetsuitslag.van(criteria(jaar), laatste);
    }

    /**
     * Records the ICP-toets (outcome and note per criterion) and, when every hard criterion is decided, takes the
     * decision that follows: refusal with the letter, or the waiting list with "basis op orde" tasks.
     */
    @Transactional
    public ToetsAntwoord toets(long id, List<Toetsregel> regels, Gebruiker door, String client) {
        Casus c = lees(id);
        if (c.status() != Status.ICP_TOETS) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet in ICP-toets",
                    "De casus is " + c.status().label() + "; toetsen kan alleen in ICP-toets.",
                    List.of(new InvalidParam("status", "moet ICP_TOETS zijn")));
        }
        int jaar = criteriaJaar(LocalDate.now(klok).getYear());
        List<Criterium> criteria = criteria(jaar);
        List<InvalidParam> f = new ArrayList<>();
        if (regels == null || regels.isEmpty()) {
            f.add(new InvalidParam("criteria", "minstens één criterium"));
        } else {
            for (int i = 0; i < regels.size(); i++) {
                Toetsregel r = regels.get(i);
                String code = r.code();
                if (criteria.stream().noneMatch(k -> k.code().equals(code))) {
                    f.add(new InvalidParam("criteria[" + i + "].code", "onbekend criterium in " + jaar));
                }
                if (r.uitkomst() == null) {
                    f.add(new InvalidParam("criteria[" + i + "].uitkomst", "VOLDAAN, NIET_VOLDAAN of ONBEKEND"));
                }
                if (r.notitie() != null && r.notitie().length() > 1000) {
                    f.add(new InvalidParam("criteria[" + i + "].notitie", "hoogstens 1000 tekens"));
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toets is niet geldig.", f);
        }
        jdbc.sql("update vhb_casus set criteria_jaar = ? where id = ?").params(jaar, id).update();
        for (Toetsregel r : regels) {
            jdbc.sql("insert into vhb_toetsing (casus_id, jaar, code, uitkomst, notitie, actor) values (?, ?, ?, ?, ?, ?)")
                    .params(id, jaar, r.code(), r.uitkomst().name(), leeg(r.notitie()), door.actor()).update();
        }
        Toetsuitslag u = toetsuitslag(id, jaar);
        audit.record(door.actor(), "VHB_TOETS", "vhb_casus", String.valueOf(id), null,
                Map.of("jaar", jaar, "besluit", u.besluit().name(), "criteria", regels), client);
        String brief = null;
        Variant variant = null;
        if (u.besluit() == Toetsuitslag.Besluit.GEWEIGERD) {
            String aanmelder = jdbc.sql("select g.gebruikersnaam from gebruiker g join vhb_casus c "
                    + "on c.aanmelder_id = g.id where c.id = ?").param(id).query(String.class).single();
            brief = u.weigerbrief(aanmelder, c.organisatie(), id, jaar);
            jdbc.sql("update vhb_casus set weigerbrief = ? where id = ?").params(brief, id).update();
            zet(id, Status.ICP_TOETS, Status.GEWEIGERD, "ICP-toets: niet voldaan aan "
                    + String.join(", ", u.afwijzingsgronden().stream().map(Criterium::code).toList()), door, client);
        } else if (u.besluit() == Toetsuitslag.Besluit.WACHTLIJST) {
            if (u.uitzondering()) {
                variant = Variant.ADVIES;
                jdbc.sql("update vhb_casus set variant = 'ADVIES' where id = ?").param(id).update();
            }
            for (Criterium k : u.basisOpOrde()) {
                taak(id, "BASIS_OP_ORDE", "Basis op orde: " + k.omschrijving(), "CONSULENT",
                        LocalDate.now(klok).plusDays(28));
            }
            jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where casus_id = ? "
                    + "and soort = 'MELDING_BEOORDELEN' and afgerond_op is null").params(door.actor(), id).update();
            zet(id, Status.ICP_TOETS, Status.WACHTLIJST, "ICP-toets: voldaan aan de criteria " + jaar
                    + (u.uitzondering() ? "; uitzondering: alleen adviesgesprek en geld" : ""), door, client);
        }
        Status nu = Status.valueOf(jdbc.sql("select status from vhb_casus where id = ?").param(id)
                .query(String.class).single());
        return new ToetsAntwoord(u.besluit(), u.afwijzingsgronden().stream().map(Criterium::code).toList(),
                u.onbekend().stream().map(Criterium::code).toList(),
                u.basisOpOrde().stream().map(Criterium::code).toList(), variant, nu, brief);
    }

    // ---------------------------------------------------------------- assignment and intake

    @Transactional
    public void wijsToe(long id, String casemanager, String administratief, Gebruiker door, String client) {
        long team = teamVan(id);
        List<InvalidParam> f = new ArrayList<>();
        Long cm = casemanager == null ? null : account(casemanager, "CASEMANAGER", team, "casemanager", f);
        Long adm = administratief == null ? null : account(administratief, "ADMINISTRATIEF", team, "administratief", f);
        if (casemanager == null && administratief == null) {
            f.add(new InvalidParam("casemanager", "noem een casemanager en/of administratief ondersteuner"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toewijzing is niet geldig.", f);
        }
        if (cm != null) {
            jdbc.sql("update vhb_casus set casemanager_id = ? where id = ?").params(cm, id).update();
        }
        if (adm != null) {
            jdbc.sql("update vhb_casus set administratief_id = ? where id = ?").params(adm, id).update();
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("casemanager", casemanager);
        w.put("administratief", administratief);
        audit.record(door.actor(), "VHB_TOEGEWEZEN", "vhb_casus", String.valueOf(id), null, w, client);
    }

    private Long account(String naam, String rol, long team, String veld, List<InvalidParam> f) {
        Long id = jdbc.sql("select id from gebruiker where gebruikersnaam = ? and rol = ? and team_id = ? and actief")
                .params(naam, rol, team).query(Long.class).optional().orElse(null);
        if (id == null) {
            f.add(new InvalidParam(veld, "geen actief " + rol + "-account van dit team"));
        }
        return id;
    }

    @Transactional
    public void intake(long id, Variant variant, List<Zoekregio> regios, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (variant == null) {
            f.add(new InvalidParam("variant", "INTENSIEF, LICHT of ADVIES"));
        }
        if (regios == null || regios.isEmpty()) {
            f.add(new InvalidParam("zoekregios", "minstens één zoekregio"));
        } else {
            for (int i = 0; i < regios.size(); i++) {
                if (regios.get(i).regio() == null || regios.get(i).regio().isBlank()) {
                    f.add(new InvalidParam("zoekregios[" + i + "].regio", "verplicht"));
                }
            }
            if (regios.stream().noneMatch(Zoekregio::kansrijk)) {
                f.add(new InvalidParam("zoekregios", "minstens één zeer kansrijke regio"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De intake is niet geldig.", f);
        }
        jdbc.sql("update vhb_casus set variant = ?, zoekregios = cast(? as jsonb) where id = ?")
                .params(variant.name(), json.writeValueAsString(regios), id).update();
        audit.record(door.actor(), "VHB_INTAKE", "vhb_casus", String.valueOf(id), null,
                Map.of("variant", variant.name(), "zoekregios", regios), client);
    }

    // ---------------------------------------------------------------- checklists and tasks

    private void checklist(long id, String lijst, List<Checklists.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into vhb_checkitem (casus_id, lijst, code, volgorde, omschrijving) values (?, ?, ?, ?, ?) "
                            + "on conflict (casus_id, lijst, code) do nothing")
                    .params(id, lijst, items.get(i).code(), i + 1, items.get(i).omschrijving()).update();
        }
    }

    public List<Checkitem> checklist(long id) {
        return jdbc.sql("select id, lijst, code, omschrijving, stand, notitie from vhb_checkitem where casus_id = ? "
                        + "order by case lijst when 'INTAKE' then 1 when 'AANBOD' then 2 else 3 end, volgorde")
                .param(id)
                .query((rs, i) -> new Checkitem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    @Transactional
    public void vink(long id, String lijst, String code, String stand, String notitie, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (stand == null || !List.of("OPEN", "GEDAAN", "NVT").contains(stand)) {
            f.add(new InvalidParam("stand", "OPEN, GEDAAN of NVT"));
        }
        if (notitie != null && notitie.length() > 1000) {
            f.add(new InvalidParam("notitie", "hoogstens 1000 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Ongeldig checklistpunt.", f);
        }
        int n = jdbc.sql("update vhb_checkitem set stand = ?, notitie = ?, gewijzigd_door = ?, gewijzigd_op = now() "
                        + "where casus_id = ? and lijst = ? and code = ?")
                .params(stand, leeg(notitie), door.actor(), id, lijst, code).update();
        if (n == 0) {
            throw ApiException.notFound("Checklistpunt " + lijst + "/" + code + " bestaat niet bij deze casus.");
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("lijst", lijst);
        w.put("code", code);
        w.put("stand", stand);
        audit.record(door.actor(), "VHB_CHECKLIST", "vhb_casus", String.valueOf(id), null, w, client);
    }

    void taak(long id, String soort, String omschrijving, String rol, LocalDate deadline) {
        jdbc.sql("insert into vhb_taak (casus_id, soort, omschrijving, rol, deadline) values (?, ?, ?, ?, ?)")
                .params(id, soort, omschrijving, rol, deadline).update();
    }

    /** The open tasks of the cases this account may read that are for its role, earliest deadline first. */
    public List<Taak> werklijst(Gebruiker g) {
        LocalDate vandaag = LocalDate.now(klok);
        return jdbc.sql("""
                select t.id, t.casus_id, c.naam, t.soort, t.omschrijving, t.rol, t.deadline,
                       c.team_id, c.aanmelder_id, c.casemanager_id, c.administratief_id, c.status
                from vhb_taak t join vhb_casus c on c.id = t.casus_id
                where t.afgerond_op is null and t.rol = ? and c.team_id = ?
                  and (t.zichtbaar_vanaf is null or t.zichtbaar_vanaf <= ?)
                order by t.deadline nulls last, t.id""").params(g.rol().name(), g.team(), vandaag)
                .query((rs, i) -> {
                    VerhuisboxToegang.Scope s = new VerhuisboxToegang.Scope(rs.getLong(2), rs.getLong(8),
                            rs.getLong(9), rs.getObject(10, Long.class), rs.getObject(11, Long.class),
                            Status.valueOf(rs.getString(12)));
                    LocalDate d = rs.getObject(7, LocalDate.class);
                    return VerhuisboxToegang.magLezen(g, s) ? new Taak(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), d, d != null && d.isBefore(vandaag))
                            : null;
                }).list().stream().filter(t -> t != null).toList();
    }

    public long casusVanTaak(long taak) {
        return jdbc.sql("select casus_id from vhb_taak where id = ?").param(taak).query(Long.class).optional()
                .orElseThrow(() -> ApiException.notFound("Taak " + taak + " bestaat niet."));
    }

    @Transactional
    public void rondAf(long taak, Gebruiker door, String client) {
        long id = casusVanTaak(taak);
        String rol = jdbc.sql("select rol from vhb_taak where id = ?").param(taak).query(String.class).single();
        if (!rol.equals(door.rol().name())) {
            throw VerhuisboxToegang.geweigerd(door);
        }
        int n = jdbc.sql("update vhb_taak set afgerond_op = now(), afgerond_door = ? where id = ? and afgerond_op is null")
                .params(door.actor(), taak).update();
        if (n > 0) {
            audit.record(door.actor(), "VHB_TAAK_AFGEROND", "vhb_casus", String.valueOf(id), null,
                    Map.of("taak", taak), client);
        }
    }

    // ---------------------------------------------------------------- waiting list and capacity

    public long teamVan(long id) {
        return jdbc.sql("select team_id from vhb_casus where id = ?").param(id).query(Long.class).single();
    }

    public boolean kinderenEerst(long team) {
        return jdbc.sql("select kinderen_eerst from vhb_volgorde where team_id = ?").param(team).query(Boolean.class)
                .optional().orElse(true);
    }

    public int capaciteit(long team, int jaar, Categorie categorie) {
        return jdbc.sql("select aantal from vhb_capaciteit where team_id = ? and jaar = ? and categorie = ?")
                .params(team, jaar, categorie.name()).query(Integer.class).optional().orElse(0);
    }

    /** Cases of the category that entered the intake this year (they used a place). */
    public int gestart(long team, int jaar, Categorie categorie) {
        return jdbc.sql("""
                select count(distinct c.id) from vhb_casus c join vhb_statuswijziging s on s.casus_id = c.id
                where c.team_id = ? and c.categorie = ? and s.naar = 'INTAKE'
                  and extract(year from s.tijdstip at time zone 'Europe/Amsterdam') = ?""")
                .params(team, categorie.name(), jaar).query(Integer.class).single();
    }

    public List<Wachtlijst.Plaats> wachtlijst(long team, Categorie categorie) {
        List<Wachtlijst.Wachtende> w = jdbc.sql("select id, categorie, compleet_op, kinderen from vhb_casus "
                        + "where team_id = ? and status = 'WACHTLIJST'").param(team)
                .query((rs, i) -> new Wachtlijst.Wachtende(rs.getLong(1), Categorie.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4))).list();
        return Wachtlijst.orden(w, categorie, kinderenEerst(team),
                capaciteit(team, LocalDate.now(klok).getYear(), categorie));
    }

    @Transactional
    public void zetCapaciteit(long team, int jaar, Categorie categorie, Integer aantal, Gebruiker door,
            String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (!Jaren.geldig(jaar)) {
            f.add(new InvalidParam("jaar", Jaren.BEREIK));
        }
        if (categorie == null) {
            f.add(new InvalidParam("categorie", "HUISHOUDEN of JONGERE"));
        }
        if (aantal == null || aantal < 0 || aantal > 10_000) {
            f.add(new InvalidParam("aantal", "0 tot 10 000"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De capaciteit is niet geldig.", f);
        }
        int oud = capaciteit(team, jaar, categorie);
        jdbc.sql("insert into vhb_capaciteit (team_id, jaar, categorie, aantal) values (?, ?, ?, ?) "
                        + "on conflict (team_id, jaar, categorie) do update set aantal = excluded.aantal")
                .params(team, jaar, categorie.name(), aantal).update();
        audit.record(door.actor(), "VHB_CAPACITEIT", "vhb_team", String.valueOf(team),
                Map.of("jaar", jaar, "categorie", categorie.name(), "aantal", oud),
                Map.of("jaar", jaar, "categorie", categorie.name(), "aantal", aantal), client);
    }

    @Transactional
    public void zetVolgorde(long team, boolean kinderenEerst, Gebruiker door, String client) {
        boolean oud = kinderenEerst(team);
        jdbc.sql("update vhb_volgorde set kinderen_eerst = ?, gewijzigd_door = ?, gewijzigd_op = now() "
                + "where team_id = ?").params(kinderenEerst, door.actor(), team).update();
        audit.record(door.actor(), "VHB_VOLGORDE", "vhb_team", String.valueOf(team),
                Map.of("kinderenEerst", oud), Map.of("kinderenEerst", kinderenEerst), client);
    }

    // ---------------------------------------------------------------- helpers

    private static void tekst(List<InvalidParam> f, String veld, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht"));
        } else if (waarde.length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
        }
    }

    static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
