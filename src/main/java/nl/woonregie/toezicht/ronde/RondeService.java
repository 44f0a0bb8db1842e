package nl.woonregie.toezicht.ronde;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.Beleidskaders;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Kalender;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.Trede;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment rounds: runs the engine for every municipality of a province at a peildatum on the stored figures,
 * stores outcome and input snapshot, records the supervisor's judgments (recomputing the outcome), makes the round
 * final, and reopens it (BEHEERDER, with a reason). Every change is audited in the same transaction.
 */
@Service
public class RondeService {

    public enum Soort {
        VERSCHOONBARE_REDEN, KOPPELINGEN_OORDEEL, BESLUIT
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher gebeurtenissen;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;
    private final Consistentiecontrole controle;
    private final RondeOpslag opslag;
    private final RondeBerekening berekening;
    private final RondeDelingen delingen;
    private final Toegang toegang;
    private final Beleidskaders beleidskaders;

    RondeService(JdbcClient jdbc, ApplicationEventPublisher gebeurtenissen, Toegang toegang, GebiedService gebied,
            BeleidskaderRegister kaders, Consistentiecontrole controle, RondeOpslag opslag, RondeBerekening berekening,
            RondeDelingen delingen, Beleidskaders beleidskaders) {
        this.jdbc = jdbc;
        this.beleidskaders = beleidskaders;
        this.delingen = delingen;
        this.controle = controle;
        this.opslag = opslag;
        this.berekening = berekening;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.gebied = gebied;
        this.kaders = kaders;
    }

    record RondeRij(long id, String provincie, LocalDate peildatum, String beleidskader, String status, int versie) {
    }

    /**
     * Starts a round with the peildatum as a request gives it (JJJJ-MM-DD): access is checked first (404, 403), then
     * the date is read (400 naming {@code peildatum}) and the round made as {@link #maak(String, LocalDate, String,
     * Gebruiker, String)}. The API and the page both start rounds here.
     */
    @Transactional
    public long maak(String provincie, String peildatum, String kaderId, Gebruiker door, String client) {
        toegang.provincieToezien(door, provincie);
        if (peildatum == null) {
            throw ApiException.invalid("De peildatum ontbreekt.", List.of(new InvalidParam("peildatum", "verplicht")));
        }
        LocalDate datum;
        try {
            datum = IsoDatum.parse(peildatum);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Ongeldige datum.", List.of(new InvalidParam("peildatum", "JJJJ-MM-DD")));
        }
        return maak(provincie, datum, kaderId, door, client);
    }

    @Transactional
    public long maak(String provincie, LocalDate peildatum, String kaderId, Gebruiker door, String client) {
        toegang.provincieToezien(door, provincie);
        if (peildatum.getYear() <= 1900 || peildatum.getYear() > 2999) {
            // the periods of the taakstelling (and the one before the peildatum) lie within 1900–2999
            throw ApiException.invalid("De peildatum ligt buiten de perioden.", List.of(new InvalidParam("peildatum",
                    "moet tussen 1901 en 2999 liggen")));
        }
        Beleidskader kader = kader(provincie, peildatum, kaderId);
        Kalender kalender = kader.kalender();
        if (kalender.lengte() == Periode.Lengte.KWARTAAL) {
            // the law sets taakstellingen per half year (Huisvestingswet art. 28-29); a quarter would split one (ADR 0033)
            throw ApiException.invalid("Dit beleidskader kan niet in een ronde worden gebruikt.", List.of(
                    new InvalidParam(kaderId == null ? "peildatum" : "beleidskader", "'" + kader.id() + "' oordeelt "
                            + "elk kwartaal; de Huisvestingswet (artikel 28 en 29) stelt de taakstelling per half "
                            + "jaar vast en een ronde deelt die niet op. Toets per kwartaal met een tussentijdse "
                            + "toets in een halfjaar (kalender.periode: halfjaar)")));
        }
        if (!kalender.isPeildatum(peildatum)) {
            throw ApiException.invalid("De peildatum is geen peildatum.", List.of(new InvalidParam("peildatum",
                    "is geen peildatum van beleidskader '" + kader.id() + "' (" + kalender.omschrijving()
                            + "); de peildata rond deze datum zijn " + peildataRond(kalender, peildatum))));
        }
        boolean bestaat = jdbc.sql("select count(*) from beoordelingsronde where provincie_code = ? and peildatum = ?")
                .params(provincie, peildatum).query(Long.class).single() > 0;
        if (bestaat) {
            throw new ApiException(HttpStatus.CONFLICT, "Ronde bestaat al", "Voor provincie " + provincie
                    + " bestaat al een beoordelingsronde per " + Weergave.dag(peildatum) + ".", null);
        }
        if (!beleidskaders.nogGepubliceerd(kader.id())) {
            // withdrawn on another instance since this one loaded it (the check holds the withdrawal off until commit)
            throw new ApiException(HttpStatus.CONFLICT, "Beleidskader ingetrokken", "Beleidskader '" + kader.id()
                    + "' is ingetrokken; de ronde is niet gestart.", null);
        }
        long id = jdbc.sql("""
                insert into beoordelingsronde (provincie_code, peildatum, beleidskader, status, aangemaakt_door)
                values (?, ?, ?, 'CONCEPT', ?) returning id""")
                .params(provincie, peildatum, kader.id(), door.actor())
                .query(Long.class).single();
        // the register knows herindelingen from 2022 on; earlier peildata use the indeling of 1 January 2022
        LocalDate indeling = DossierSamensteller.indelingsdatum(peildatum, GebiedService.INDELING_BEKEND_VANAF,
                kalender);
        List<String> gemeenten = gebied.gemeentenVanProvincie(provincie, indeling).stream().map(Gemeente::code)
                .toList();
        berekening.bereken(new RondeRij(id, provincie, peildatum, kader.id(), "CONCEPT", 0), gemeenten, true);
        gebeurtenissen.publishEvent(new RondeGebeurtenis.Aangemaakt(id, provincie, peildatum, kader.id(),
                gemeenten.size(), new Actor(door.actor(), client)));
        return id;
    }

    /** Recomputes every municipality of a CONCEPT round on the current figures (e.g. after a correction). */
    @Transactional
    public void herbereken(long id, Integer verwachteVersie, Gebruiker door, String client) {
        vereisToezien(id, door);
        RondeRij r = concept(id, verwachteVersie);
        List<String> gemeenten = jdbc.sql("select gemeente_code from ronde_gemeente where ronde_id = ?").param(id)
                .query(String.class).list();
        berekening.bereken(r, gemeenten, false);
        verhoogVersie(r);
        gebeurtenissen.publishEvent(new RondeGebeurtenis.Herberekend(id, new Actor(door.actor(), client)));
    }

    /**
     * Recomputes a CONCEPT round whose judgments were computed with older rules of the engine than the current ones
     * ({@link Regelversie#HUIDIG}), as the system, and audits it with both versions. A vastgestelde round is left as
     * it is (it keeps its outcome), and so is a round already computed with the current rules: so this may run more
     * than once. Answers whether the round was recomputed.
     */
    @Transactional
    public boolean herberekenMetHuidigeRegels(long id) {
        jdbc.sql("select id from beoordelingsronde where id = ? for update").param(id).query(Long.class).optional();
        RondeRij r = rij(id);
        Optional<Integer> oudste = opslag.oudsteRegelversie(id);
        if (!"CONCEPT".equals(r.status()) || oudste.isEmpty() || oudste.get() >= Regelversie.HUIDIG.nummer()) {
            return false;
        }
        List<String> gemeenten = jdbc.sql("select gemeente_code from ronde_gemeente where ronde_id = ?").param(id)
                .query(String.class).list();
        berekening.bereken(r, gemeenten, false);
        verhoogVersie(r);
        gebeurtenissen.publishEvent(new RondeGebeurtenis.HerberekendMetNieuweRegels(id, oudste.get(),
                Regelversie.HUIDIG.nummer(), Actor.SYSTEEM));
        return true;
    }

    /**
     * Checks a judgment before it is recorded; every invalid field is named (the API answers them as 400, the page
     * shows them at the fields). {@link #beslis} applies the same check.
     */
    public List<InvalidParam> controleerBeslissing(long id, String gemeente, String soort, String waarde,
            String motivering) {
        List<InvalidParam> fouten = new ArrayList<>();
        Soort s = soort(soort).orElse(null);
        if (s == null) {
            fouten.add(new InvalidParam("soort", "VERSCHOONBARE_REDEN, KOPPELINGEN_OORDEEL of BESLUIT"));
        }
        if (motivering == null || motivering.isBlank()) {
            fouten.add(new InvalidParam("motivering", "verplicht"));
        } else if (motivering.length() > 4000) {
            fouten.add(new InvalidParam("motivering", "hoogstens 4000 tekens"));
        }
        if (s == Soort.KOPPELINGEN_OORDEEL && !"true".equals(waarde) && !"false".equals(waarde)) {
            fouten.add(new InvalidParam("waarde", "true (voldoende) of false (niet voldoende)"));
        }
        if (s == Soort.VERSCHOONBARE_REDEN && (waarde == null || waarde.isBlank() || waarde.length() > 2000)) {
            fouten.add(new InvalidParam("waarde", "de verschoonbare reden, 1 tot 2000 tekens"));
        }
        if (s == Soort.BESLUIT) {
            String voorgesteld = voorgesteldeTrede(id, gemeente).orElse(null);
            if (voorgesteld == null) {
                fouten.add(new InvalidParam("soort",
                        "er is geen voorgestelde stap naar trede 4, 5 of 6 om over te besluiten"));
            } else if (!voorgesteld.equals(waarde)) {
                fouten.add(new InvalidParam("waarde", "het besluit moet over de voorgestelde trede " + voorgesteld
                        + " gaan"));
            }
        }
        return fouten;
    }

    /** The kind of judgment by its name, if it is one. */
    public static Optional<Soort> soort(String naam) {
        if (naam == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Soort.valueOf(naam));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The step to which the engine proposed a move that needs a GS decision, for a municipality in a round. */
    public Optional<String> voorgesteldeTrede(long id, String gemeente) {
        return opslag.van(id, gemeente).map(RondeGemeente::beoordeling)
                .map(BeoordelingRecord::voorgesteldeTrede).map(Trede::code);
    }

    @Transactional
    public void beslis(long id, String gemeente, Soort soort, String waarde, String motivering,
            Integer verwachteVersie, Gebruiker door, String client) {
        vereisToezien(id, door);
        RondeRij r = concept(id, verwachteVersie);
        if (opslag.van(id, gemeente).isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " hoort niet bij ronde " + id + ".");
        }
        List<InvalidParam> fouten = controleerBeslissing(id, gemeente, soort == null ? null : soort.name(), waarde,
                motivering);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De beslissing is niet geldig.", fouten);
        }
        Optional<String[]> oud = jdbc.sql("""
                select waarde, motivering from ronde_beslissing
                where ronde_id = ? and gemeente_code = ? and soort = ? and vervangen_op is null""")
                .params(id, gemeente, soort.name())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        jdbc.sql("""
                update ronde_beslissing set vervangen_op = now()
                where ronde_id = ? and gemeente_code = ? and soort = ? and vervangen_op is null""")
                .params(id, gemeente, soort.name()).update();
        jdbc.sql("""
                insert into ronde_beslissing (ronde_id, gemeente_code, soort, waarde, motivering, door)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, gemeente, soort.name(), waarde, motivering.strip(), door.actor()).update();
        berekening.bereken(r, List.of(gemeente), false);
        verhoogVersie(r);
        gebeurtenissen.publishEvent(new RondeGebeurtenis.BeslissingVastgelegd(id, gemeente, soort, waarde, motivering,
                oud.map(o -> o[0]).orElse(null), oud.map(o -> o[1]).orElse(null), new Actor(door.actor(), client)));
    }

    /** The longest reason for sharing a draft. */
    public static final int DELING_REDEN_MAX = 2000;

    /** Checks the reason for sharing a draft (the API answers it as 400, the page shows it at the field). */
    public List<InvalidParam> controleerDeling(String reden) {
        if (reden == null || reden.isBlank()) {
            return List.of(new InvalidParam("reden", "verplicht: waarom de gemeente het concept nu ziet, "
                    + "bijvoorbeeld voor het toezichtgesprek"));
        }
        if (reden.length() > DELING_REDEN_MAX) {
            return List.of(new InvalidParam("reden", "hoogstens " + DELING_REDEN_MAX + " tekens"));
        }
        return List.of();
    }

    /**
     * Shares the draft judgment of a municipality with that municipality before the round is vastgesteld (for
     * instance for a toezichtgesprek): from now on it reads its entry of this draft — outcome, motivering, findings
     * and the decisions in force — on its page and through the API, until the round is vastgesteld (then it sees the
     * final judgment anyway) or reopened (a reopened round is a new draft that is not shared). Only the province's
     * supervisor (404 for an unknown round or a municipality not in it, 403), with a reason (400); 409 when the round
     * is vastgesteld or the draft is shared already. Audited.
     */
    @Transactional
    public Ronde.Deling deel(long id, String gemeente, String reden, Gebruiker door, String client) {
        vereisToezien(id, door);
        if (gemeente == null || opslag.van(id, gemeente).isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " hoort niet bij ronde " + id + ".");
        }
        List<InvalidParam> fouten = controleerDeling(reden);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Delen vraagt om een reden.", fouten);
        }
        jdbc.sql("select id from beoordelingsronde where id = ? for update").param(id).query(Long.class).optional();
        RondeRij r = rij(id);
        if (Ronde.VASTGESTELD.equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Ronde is vastgesteld", "Ronde " + id + " is vastgesteld: "
                    + "de gemeente ziet het oordeel al.", null);
        }
        if (delingen.vanRonde(id).containsKey(gemeente)) {
            throw new ApiException(HttpStatus.CONFLICT, "Al gedeeld", "Het concept van ronde " + id
                    + " is al met gemeente " + gemeente + " gedeeld.", null);
        }
        Ronde.Deling deling = delingen.voegToe(id, gemeente, reden.strip(), r.versie(), door.actor());
        gebeurtenissen.publishEvent(new RondeGebeurtenis.ConceptGedeeld(id, gemeente, reden.strip(), r.versie(),
                new Actor(door.actor(), client)));
        return deling;
    }

    /**
     * Makes the round final. The consistency check runs first; its errors block, unless a BEHEERDER overrides them
     * with a reason (audited with the errors overridden). The letters of the round are made and stored in the same
     * transaction (by the listener of {@link RondeGebeurtenis.Vastgesteld} in {@code brieven}).
     */
    @Transactional
    public void vaststellen(long id, Integer verwachteVersie, Gebruiker door, String client, String overschrijfReden) {
        vaststellen(id, verwachteVersie, door, client, overschrijfReden, null);
    }

    /**
     * Records a round that the province made final in the past, before it was kept in Woonregie (a data migration,
     * the demo), with the moment of that vaststelling: its letters are dated that day. Only a BEHEERDER; the moment
     * lies on or after the peildatum and not in the future (400 naming {@code vastgesteldOp}). Otherwise exactly
     * {@link #vaststellen(long, Integer, Gebruiker, String, String)} (errors of the consistency check block unless
     * overridden with a reason); the audit trail records when it was recorded.
     */
    @Transactional
    public void stelHistorischVast(long id, OffsetDateTime vastgesteldOp, Gebruiker door, String client,
            String overschrijfReden) {
        vereisToezien(id, door);
        Toegang.rol(door, Rol.BEHEERDER);
        LocalDate peildatum = rij(id).peildatum();
        LocalDate dag = vastgesteldOp == null ? null
                : vastgesteldOp.atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate();
        if (dag == null || dag.isBefore(peildatum) || dag.isAfter(gebied.vandaag())) {
            throw ApiException.invalid("Ongeldige datum van vaststelling.", List.of(new InvalidParam(
                    "vastgesteldOp", "op of na de peildatum " + peildatum + " en niet in de toekomst")));
        }
        vaststellen(id, null, door, client, overschrijfReden, vastgesteldOp);
    }

    private void vaststellen(long id, Integer verwachteVersie, Gebruiker door, String client, String overschrijfReden,
            OffsetDateTime historisch) {
        vereisToezien(id, door);
        RondeRij r = concept(id, verwachteVersie);
        Consistentiecontrole.Resultaat resultaat = controle.controleer(id);
        if (resultaat.heeftFouten()) {
            List<Controlebevinding> fouten = resultaat.bevindingen().stream()
                    .filter(b -> b.niveau() == Controlebevinding.Niveau.FOUT).toList();
            if (overschrijfReden == null) {
                throw new ApiException(HttpStatus.CONFLICT, "Consistentiecontrole", "De ronde bevat " + fouten.size()
                        + (fouten.size() == 1 ? " fout" : " fouten") + " en kan niet worden vastgesteld. Los ze op, of "
                        + "laat een beheerder ze met een reden overschrijven.", null).metBevindingen(fouten);
            }
            if (!door.heeft(Rol.BEHEERDER)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                        "Alleen een beheerder kan fouten van de consistentiecontrole overschrijven.", null);
            }
            gebeurtenissen.publishEvent(new RondeGebeurtenis.ControleOverschreven(id, overschrijfReden,
                    fouten.stream().map(Controlebevinding::tekst).toList(), new Actor(door.actor(), client)));
        }
        jdbc.sql("""
                update beoordelingsronde set status = 'VASTGESTELD', vastgesteld_door = ?,
                vastgesteld_op = coalesce(?, now()), versie = versie + 1 where id = ?""")
                .params(door.actor(), historisch, id).update();
        gebeurtenissen.publishEvent(new RondeGebeurtenis.Vastgesteld(id, r.provincie(), r.peildatum(), r.versie() + 1,
                historisch, new Actor(door.actor(), client)));
    }

    @Transactional
    public void heropenen(long id, String reden, Integer verwachteVersie, Gebruiker door, String client) {
        vereisHeropenen(id, door);
        RondeRij r = rij(id);
        controleerVersie(r, verwachteVersie);
        if (!"VASTGESTELD".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet vastgesteld", "Ronde " + id
                    + " is nog concept en hoeft niet te worden heropend.", null);
        }
        jdbc.sql("insert into ronde_heropening (ronde_id, reden, door) values (?, ?, ?)")
                .params(id, reden.strip(), door.actor()).update();
        jdbc.sql("""
                update beoordelingsronde set status = 'CONCEPT', vastgesteld_door = null, vastgesteld_op = null,
                versie = versie + 1 where id = ?""").param(id).update();
        gebeurtenissen.publishEvent(new RondeGebeurtenis.Heropend(id, reden, new Actor(door.actor(), client)));
    }

    /** "1 april 2025, 1 juli 2025 en 1 oktober 2025": the kader's peildata within three months of the date. */
    private static String peildataRond(Kalender kalender, LocalDate datum) {
        List<String> data = kalender.peildata(datum.minusMonths(3), datum.plusMonths(3)).stream().map(Weergave::dag)
                .toList();
        if (data.size() <= 1) {
            return String.join("", data);
        }
        return String.join(", ", data.subList(0, data.size() - 1)) + " en " + data.get(data.size() - 1);
    }

    /**
     * The beleidskader a round at this peildatum uses: the one the request names, which must be of the province and
     * hold on the peildatum, or else the province's kader that holds on it (400 naming the field when there is none).
     */
    private Beleidskader kader(String provincie, LocalDate peildatum, String kaderId) {
        if (kaderId == null) {
            return kaders.voorProvincie(provincie, peildatum).orElseThrow(() -> ApiException.invalid(
                    "Geen beleidskader.", List.of(new InvalidParam("peildatum", "voor provincie " + provincie
                            + " geldt op " + Weergave.dag(peildatum) + " geen beleidskader"
                            + geldigheden(provincie)))));
        }
        Beleidskader kader = kaders.vind(kaderId).orElseThrow(() -> ApiException.invalid("Geen beleidskader.",
                List.of(new InvalidParam("beleidskader", "onbekend beleidskader '" + kaderId + "'"))));
        // a round is judged by the policy of its own province: another province's beleidskader is not asked for
        if (!kader.provincie().equalsIgnoreCase(provincie)) {
            throw ApiException.invalid("Het beleidskader hoort niet bij de provincie van de ronde.", List.of(
                    new InvalidParam("beleidskader", "'" + kader.id() + "' is het beleidskader van provincie "
                            + kader.provincie() + ", de ronde is van provincie " + provincie)));
        }
        if (!kaders.geldigOp(kader, peildatum)) {
            throw ApiException.invalid("Het beleidskader geldt niet op de peildatum.", List.of(new InvalidParam(
                    "beleidskader", "'" + kader.id() + "' geldt " + geldigheid(kader) + ", niet op "
                            + Weergave.dag(peildatum))));
        }
        return kader;
    }

    /** " (zuid-holland-2020 geldt vanaf 26 juni 2020)", or empty when the province has no kader at all. */
    private String geldigheden(String provincie) {
        List<Beleidskader> lijst = kaders.vanProvincie(provincie);
        return lijst.isEmpty() ? "" : " (" + String.join("; ", lijst.stream()
                .map(k -> k.id() + " geldt " + geldigheid(k)).toList()) + ")";
    }

    private String geldigheid(Beleidskader k) {
        return kaders.geldigTot(k).map(tot -> "van " + Weergave.dag(k.geldigVanaf()) + " tot en met "
                + Weergave.dag(tot)).orElse("vanaf " + Weergave.dag(k.geldigVanaf()));
    }

    /** A round in a list: which province and peildatum, its status, beleidskader and version. */
    public record Samenvatting(long id, String provincie, LocalDate peildatum, String status, String beleidskader,
            int versie) {
    }

    /** The rounds of these provinces, newest peildatum first. */
    public List<Samenvatting> vanProvincies(java.util.Collection<String> provincies) {
        return jdbc.sql("""
                select id, provincie_code, peildatum, status, beleidskader, versie from beoordelingsronde
                where provincie_code = any(?) order by peildatum desc, provincie_code""")
                .param(provincies.toArray(String[]::new))
                .query((rs, n) -> new Samenvatting(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    public Optional<String> provincieVan(long id) {
        return jdbc.sql("select provincie_code from beoordelingsronde where id = ?").param(id).query(String.class)
                .optional();
    }

    /** The peildatum of each of these rounds (unknown ids are left out). */
    public Map<Long, LocalDate> peildata(java.util.Collection<Long> ids) {
        Map<Long, LocalDate> result = new HashMap<>();
        jdbc.sql("select id, peildatum from beoordelingsronde where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return result;
    }

    /**
     * The round's province, when this account may supervise it: 404 when the round does not exist, 403 when the
     * account may not. Translators call it first, so that an unauthorised request is refused before its input is
     * judged; every method that changes a round checks it again.
     */
    public String vereisToezien(long id, Gebruiker g) {
        String provincie = provincieVan(id)
                .orElseThrow(() -> ApiException.notFound("Beoordelingsronde " + id + " bestaat niet."));
        toegang.provincieToezien(g, provincie);
        return provincie;
    }

    /** The round's province, when this account may reopen it (a BEHEERDER): 404, else 403. */
    public String vereisHeropenen(long id, Gebruiker g) {
        String provincie = provincieVan(id)
                .orElseThrow(() -> ApiException.notFound("Beoordelingsronde " + id + " bestaat niet."));
        Toegang.rol(g, Rol.BEHEERDER);
        return provincie;
    }

    /** What this account may do with the round (404 when it does not exist). */
    public RondeRechten rechten(long id, Gebruiker g) {
        RondeRij r = rij(id);
        boolean toezien = Toegang.magProvincieToezien(g, r.provincie());
        boolean beheerder = g.heeft(Rol.BEHEERDER);
        boolean concept = !Ronde.VASTGESTELD.equals(r.status());
        return new RondeRechten(toezien, toezien && concept, beheerder && concept, beheerder && !concept);
    }

    /**
     * The round as this account may read it: every municipality for its supervisor (and BEHEERDER); for a GEMEENTE
     * only its own entries (of the municipalities it has the role in), and only when its judgment is vastgesteld or
     * the province shared the draft with it (else 404, as if the round did not exist), with the decisions in force
     * (not the ones they replaced); 403 for others.
     */
    public Ronde lees(long id, Gebruiker g) {
        String provincie = provincieVan(id)
                .orElseThrow(() -> ApiException.notFound("Beoordelingsronde " + id + " bestaat niet."));
        if (!Toegang.magProvincieToezien(g, provincie) && g.heeft(Rol.GEMEENTE)) {
            java.util.Set<String> eigen = g.gemeenten(Rol.GEMEENTE);
            Ronde ronde = lees(id, eigen::contains);
            List<Ronde.GemeenteUitkomst> zichtbaar = ronde.gemeenten().stream()
                    .filter(x -> ronde.vastgesteld() || x.gedeeld() != null).toList();
            if (zichtbaar.isEmpty()) {
                throw ApiException.notFound("Beoordelingsronde " + id + " bestaat niet of is nog niet vastgesteld.");
            }
            return alleenGeldendeBeslissingen(ronde, zichtbaar);
        }
        toegang.provincieToezien(g, provincie);
        return lees(id, x -> true);
    }

    /** The round with only the decisions in force: a municipality does not read the province's earlier drafts. */
    private static Ronde alleenGeldendeBeslissingen(Ronde r, List<Ronde.GemeenteUitkomst> zichtbaar) {
        List<Ronde.GemeenteUitkomst> gemeenten = zichtbaar.stream()
                .map(x -> new Ronde.GemeenteUitkomst(x.gemeente(), x.naam(), x.tredeVoor(), x.tredeNa(),
                        x.conclusie(), x.besluitVereist(), x.beoordeling(), x.bevindingen(), x.ontbrekend(),
                        x.beslissingen().stream().filter(b -> b.vervangenOp() == null).toList(), x.gedeeld()))
                .toList();
        return new Ronde(r.id(), r.provincie(), r.peildatum(), r.soort(), r.beleidskader(), r.status(), r.versie(),
                r.aangemaaktDoor(), r.aangemaaktOp(), r.berekendOp(), r.vastgesteldDoor(), r.vastgesteldOp(),
                r.aantalGemeenten(), r.controle(), gemeenten);
    }

    /** The round with all its municipalities (or only those the reader may see, by the filter). */
    public Ronde lees(long id, java.util.function.Predicate<String> zichtbaar) {
        RondeRij r = rij(id);
        var meta = jdbc.sql("""
                select aangemaakt_door, aangemaakt_op, berekend_op, vastgesteld_door, vastgesteld_op
                from beoordelingsronde where id = ?""").param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                    rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class)})
                .single();
        Map<String, List<Ronde.Beslissing>> beslissingen = new HashMap<>();
        jdbc.sql("""
                select id, gemeente_code, soort, waarde, motivering, door, op, vervangen_op from ronde_beslissing
                where ronde_id = ? order by id""").param(id)
                .query(rs -> {
                    beslissingen.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Ronde.Beslissing(
                            rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class)));
                });
        Map<String, Ronde.Deling> gedeeld = delingen.vanRonde(id);
        List<Ronde.GemeenteUitkomst> gemeenten = opslag.vanRonde(id).stream()
                .filter(g -> zichtbaar.test(g.gemeente()))
                .map(g -> new Ronde.GemeenteUitkomst(g.gemeente(), gebied.naam(g.gemeente()), g.tredeVoor(),
                        g.tredeNa(), g.conclusie() == null ? null : g.conclusie().name(),
                        g.beoordeling() != null && g.beoordeling().besluitVereist(), g.beoordeling(),
                        g.bevindingen(), g.ontbrekend(), beslissingen.getOrDefault(g.gemeente(), List.of()),
                        gedeeld.get(g.gemeente())))
                .sorted(Comparator.comparing(Ronde.GemeenteUitkomst::naam))
                .toList();
        Consistentiecontrole.Resultaat alles = controle.controleer(id);
        List<Controlebevinding> zichtbareBevindingen = alles.bevindingen().stream()
                .filter(b -> b.gemeente() == null || zichtbaar.test(b.gemeente())).toList();
        int fouten = (int) zichtbareBevindingen.stream().filter(b -> b.niveau() == Controlebevinding.Niveau.FOUT)
                .count();
        return new Ronde(r.id(), r.provincie(), r.peildatum(),
                soort(r.beleidskader(), r.peildatum()), r.beleidskader(),
                r.status(), r.versie(), (String) meta[0], (OffsetDateTime) meta[1], (OffsetDateTime) meta[2],
                (String) meta[3], (OffsetDateTime) meta[4], gemeenten.size(),
                new Consistentiecontrole.Resultaat(fouten, zichtbareBevindingen.size() - fouten, zichtbareBevindingen),
                gemeenten);
    }

    /** TUSSENTIJDS or EINDOORDEEL, by the calendar of the round's beleidskader. */
    String soort(String kaderId, LocalDate peildatum) {
        return kaders.vind(kaderId).map(k -> k.kalender().isEindoordeel(peildatum))
                .orElse(!DossierSamensteller.isTussentijds(peildatum)) ? "EINDOORDEEL" : "TUSSENTIJDS";
    }

    // ---------------------------------------------------------------------------------------------------------

    private RondeRij rij(long id) {
        return jdbc.sql("select id, provincie_code, peildatum, beleidskader, status, versie from beoordelingsronde "
                        + "where id = ?").param(id)
                .query((rs, n) -> new RondeRij(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("Beoordelingsronde " + id + " bestaat niet."));
    }

    /** A CONCEPT round, locked for this transaction, at the version the client saw. */
    private RondeRij concept(long id, Integer verwachteVersie) {
        jdbc.sql("select id from beoordelingsronde where id = ? for update").param(id).query(Long.class).optional();
        RondeRij r = rij(id);
        controleerVersie(r, verwachteVersie);
        if (!"CONCEPT".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Ronde is vastgesteld", "Ronde " + id
                    + " is vastgesteld en kan niet meer worden gewijzigd; een beheerder kan haar heropenen.", null);
        }
        return r;
    }

    private static void controleerVersie(RondeRij r, Integer verwachteVersie) {
        if (verwachteVersie != null && verwachteVersie != r.versie()) {
            throw new ApiException(HttpStatus.CONFLICT, "Gelijktijdige wijziging", "Ronde " + r.id()
                    + " is intussen gewijzigd (versie " + r.versie() + ", u had versie " + verwachteVersie
                    + "). Laad de ronde opnieuw en probeer het nog eens.", null);
        }
    }

    private void verhoogVersie(RondeRij r) {
        jdbc.sql("update beoordelingsronde set versie = versie + 1 where id = ?").param(r.id()).update();
    }
}
