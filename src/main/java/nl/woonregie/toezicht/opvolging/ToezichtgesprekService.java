package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Deelnemer;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Reactie;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Soort;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Versie;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.VersieInfo;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Gespreksverloop;
import nl.woonregie.toezicht.regels.Gespreksverloop.Stap;
import nl.woonregie.toezicht.regels.Gespreksverloop.Toestand;
import nl.woonregie.toezicht.regels.Ladder;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supervision meetings (toezichtgesprekken): recorded with the period, date, level, participants (by organisation and
 * function), report and optionally the ladder step at the time. A correction never overwrites: it adds a version
 * with a mandatory reason, and every version stays readable. Every change is audited in the same transaction.
 * Role and scope checks are the caller's (see {@code ToezichtgesprekController}).
 */
@Service
public class ToezichtgesprekService {

    static final int MAX_VERSLAG = 20_000;
    static final int MAX_REDEN = 4_000;
    static final int MAX_DEELNEMERS = 50;
    static final int MAX_DEELNEMER_TEKST = 200;
    static final int MAX_AGENDAPUNTEN = 30;
    static final int MAX_AGENDAPUNT = 500;
    static final int MAX_PLAATS = 300;
    static final int MAX_LINK = 500;
    static final int MAX_REACTIE = 10_000;

    private static final TypeReference<List<Deelnemer>> DEELNEMERS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> AGENDA = new TypeReference<>() {
    };

    /** A new talk, as sent by the client; dates and period as text so that every invalid field can be reported. */
    @Schema(name = "ToezichtgesprekInvoer")
    public record Invoer(String periode, @Schema(format = "date") String datum, String soort,
            List<Deelnemer> deelnemers, String verslag, String trede) {
    }

    /**
     * A talk to be held (issue 19 §4): the day (today or later) and time, the place or the online link (at least one),
     * the agenda as a list of points, the level, the expected participants by organisation and function.
     */
    public record Planning(String periode, @Schema(format = "date") String datum,
            @Schema(description = "UU:MM", example = "10:00") String aanvang, String plaats, String link,
            List<String> agenda, String soort, List<Deelnemer> deelnemers, String trede) {
    }

    /**
     * A correction: the complete new content, the reason, and optionally the version the client corrects. For a
     * planned talk the time, place or link and agenda are part of the content; its verslag may still be empty.
     */
    public record Correctie(String periode, @Schema(format = "date") String datum,
            @Schema(description = "UU:MM", example = "10:00") String aanvang, String plaats, String link,
            List<String> agenda, String soort, List<Deelnemer> deelnemers, String verslag, String trede,
            String reden, Integer versie) {
    }

    /** A comment of the municipality on the concept-verslag (issue 19 §4). */
    public record ReactieInvoer(String tekst,
            @Schema(format = "date", description = "verplicht als de toezichthouder de reactie namens de gemeente "
                    + "vastlegt; anders vandaag") String ontvangenOp,
            @Schema(description = "namens wie (organisatie of functie); verplicht als de toezichthouder de reactie "
                    + "vastlegt") String namens,
            @Schema(description = "de gemeente stemt in met het concept-verslag") Boolean akkoord,
            Integer versie) {
    }

    /** Validated content of one version. */
    record Inhoud(Periode periode, LocalDate datum, LocalTime aanvang, String plaats, String link, List<String> agenda,
            Soort soort, List<Deelnemer> deelnemers, String verslag, String trede) {

        Map<String, Object> alsMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("periode", periode.code());
            m.put("datum", datum.toString());
            m.put("aanvang", aanvang == null ? null : aanvang.toString());
            m.put("plaats", plaats);
            m.put("link", link);
            m.put("agenda", agenda);
            m.put("soort", soort.name());
            m.put("deelnemers", deelnemers.stream()
                    .map(d -> Map.of("organisatie", d.organisatie(), "functie", d.functie())).toList());
            m.put("verslag", verslag);
            m.put("trede", trede);
            return m;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Kalender kalender;
    private final BeleidskaderRegister kaders;
    private final GebiedService gebied;

    ToezichtgesprekService(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher gebeurtenissen, Kalender kalender,
            BeleidskaderRegister kaders, GebiedService gebied) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.json = json;
        this.gebeurtenissen = gebeurtenissen;
        this.kalender = kalender;
        this.kaders = kaders;
    }

    /** Records a talk held (after the fact) of a municipality (which must exist); answers its id. */
    @Transactional
    public long legVast(String gemeente, Invoer invoer, Gebruiker door, String client) {
        String provincie = provincieVan(gemeente);
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(provincie, false, false, invoer.periode(), invoer.datum(), null, null, null, null,
                invoer.soort(), invoer.deelnemers(), invoer.verslag(), invoer.trede(), fouten);
        fouten.gooiAlsNodig("Het toezichtgesprek is niet geldig.");
        long id = jdbc.sql("""
                insert into toezichtgesprek (gemeente_code, aangemaakt_door, toestand) values (?, ?, 'GEHOUDEN')
                returning id""").params(gemeente, door.actor()).query(Long.class).single();
        voegVersieToe(id, 1, inhoud, null, door);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeente);
        nieuw.put("versie", 1);
        nieuw.putAll(inhoud.alsMap());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekVastgelegd(id, gemeente, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /** Plans a talk with a municipality (issue 19 §4): state GEPLAND; answers its id. */
    @Transactional
    public long plan(String gemeente, Planning p, Gebruiker door, String client) {
        String provincie = provincieVan(gemeente);
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(provincie, true, true, p.periode(), p.datum(), p.aanvang(), p.plaats(), p.link(),
                p.agenda(), p.soort(), p.deelnemers(), null, p.trede(), fouten);
        fouten.gooiAlsNodig("Het toezichtgesprek is niet gepland.");
        long id = jdbc.sql("""
                insert into toezichtgesprek (gemeente_code, aangemaakt_door, toestand) values (?, ?, 'GEPLAND')
                returning id""").params(gemeente, door.actor()).query(Long.class).single();
        voegVersieToe(id, 1, inhoud, null, door);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeente);
        nieuw.put("versie", 1);
        nieuw.put("toestand", Toestand.GEPLAND.name());
        nieuw.putAll(inhoud.alsMap());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekGepland(id, gemeente, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * Corrects a talk by adding a version with the reason. {@code verwachteVersie} (from the body or If-Match), when
     * given, must be the current version, else 409; a talk whose verslag is vastgesteld is read-only (409).
     */
    @Transactional
    public void corrigeer(long id, Correctie correctie, Integer verwachteVersie, Gebruiker door, String client) {
        Stand stand = vergrendel(id);
        List<Versie> alle = versies(id);
        Versie huidig = alle.get(alle.size() - 1);
        boolean gepland = stand.toestand() == Toestand.GEPLAND || stand.toestand() == Toestand.UITGENODIGD;
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(provincieVan(stand.gemeente()), gepland, false, correctie.periode(), correctie.datum(),
                correctie.aanvang(), correctie.plaats(), correctie.link(), correctie.agenda(), correctie.soort(),
                correctie.deelnemers(), correctie.verslag(), correctie.trede(), fouten);
        String reden = fouten.tekst(correctie.reden(), "reden", MAX_REDEN);
        fouten.gooiAlsNodig("De correctie is niet geldig.");
        vereisVersie(id, verwachteVersie, huidig.versie(), false);
        vereisStap(id, stand, Stap.CORRIGEREN, huidig);
        int versie = huidig.versie() + 1;
        voegVersieToe(id, versie, inhoud, reden, door);
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("versie", huidig.versie());
        oud.putAll(inhoudVan(huidig).alsMap());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("versie", versie);
        nieuw.putAll(inhoud.alsMap());
        nieuw.put("reden", reden);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekGecorrigeerd(id, oud, nieuw,
                new Actor(door.actor(), client)));
    }

    /**
     * Releases the invitation of a planned talk for sending at its current version (the caller sends it, in this
     * transaction): the first, or a gewijzigde uitnodiging after a change. 400 without a version, 409 when the version
     * is stale or the step is not allowed now ({@link Gespreksverloop}). Answers the talk afterwards.
     */
    @Transactional
    public Toezichtgesprek nodigUit(long id, Integer verwachteVersie, Gebruiker door, String client) {
        Stand stand = vergrendel(id);
        Versie huidig = huidige(id);
        vereisVersie(id, verwachteVersie, huidig.versie(), true);
        vereisStap(id, stand, Stap.UITNODIGEN, huidig);
        boolean gewijzigd = stand.uitgenodigdVersie() != null && huidig.versie() > stand.uitgenodigdVersie();
        jdbc.sql("update toezichtgesprek set toestand = 'UITGENODIGD', uitgenodigd_versie = ? where id = ?")
                .params(huidig.versie(), id).update();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("versie", huidig.versie());
        w.put("gewijzigd", gewijzigd);
        w.put("datum", huidig.datum().toString());
        w.put("aanvang", huidig.aanvang() == null ? null : huidig.aanvang().toString());
        w.put("agenda", huidig.agenda());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekUitgenodigd(id, stand.gemeente(), w,
                new Actor(door.actor(), client)));
        return lees(id);
    }

    /**
     * Sends the concept-verslag for comments (the caller sends it, in this transaction): records the verslag as a new
     * version when it differs, and the date until which comments are welcome (default
     * {@link Gespreksverloop#standaardReactieTot 14 days}). 400 naming every invalid field (with {@code andereFouten},
     * the caller's, e.g. the chosen contacts), 409 stale or out of order.
     */
    @Transactional
    public Toezichtgesprek verstuurConcept(long id, String verslagTekst, String reactieTotTekst,
            Integer verwachteVersie, List<InvalidParam> andereFouten, Gebruiker door, String client) {
        Stand stand = vergrendel(id);
        Versie huidig = huidige(id);
        Fouten fouten = new Fouten();
        andereFouten.forEach(f -> fouten.voeg(f.name(), f.reason()));
        String verslag = fouten.tekst(verslagTekst, "verslag", MAX_VERSLAG);
        LocalDate vandaag = kalender.vandaag();
        LocalDate reactieTot = reactieTotTekst == null ? Gespreksverloop.standaardReactieTot(vandaag)
                : fouten.datum(reactieTotTekst, "reactieTot", true);
        if (reactieTot != null && reactieTot.isBefore(vandaag)) {
            fouten.voeg("reactieTot", "ligt vóór vandaag: geef de gemeente tijd om te reageren");
            reactieTot = null;
        }
        if (verwachteVersie == null) {
            fouten.voeg("versie", "verplicht: de versie van het gesprek (of If-Match)");
        }
        fouten.gooiAlsNodig("Het concept-verslag is niet verzonden.");
        vereisVersie(id, verwachteVersie, huidig.versie(), true);
        vereisStap(id, stand, Stap.CONCEPT_VERSTUREN, huidig);
        int versie = huidig.versie();
        if (!verslag.equals(huidig.verslag())) {
            versie++;
            Inhoud i = inhoudVan(huidig);
            voegVersieToe(id, versie, new Inhoud(i.periode(), i.datum(), i.aanvang(), i.plaats(), i.link(), i.agenda(),
                    i.soort(), i.deelnemers(), verslag, i.trede()), "Concept-verslag ter reactie", door);
        }
        jdbc.sql("update toezichtgesprek set toestand = 'CONCEPT_TER_REACTIE', reactie_tot = ? where id = ?")
                .params(reactieTot, id).update();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("versie", versie);
        w.put("verslag", verslag);
        w.put("reactieTot", reactieTot.toString());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.ConceptverslagVerzonden(id, stand.gemeente(), w,
                new Actor(door.actor(), client)));
        return lees(id);
    }

    /**
     * Records a comment of the municipality on the concept-verslag: by the municipality itself ({@code gemeenteZelf}:
     * on behalf of the municipality, received today) or by the supervisor on its behalf (the day received and on whose
     * behalf required). 400 naming every invalid field; 409 when no concept-verslag is out for comments.
     */
    @Transactional
    public Toezichtgesprek reageer(long id, ReactieInvoer invoer, boolean gemeenteZelf, Gebruiker door,
            String client) {
        Stand stand = vergrendel(id);
        Versie huidig = huidige(id);
        Fouten fouten = new Fouten();
        String tekst = fouten.tekst(invoer.tekst(), "tekst", MAX_REACTIE);
        LocalDate vandaag = kalender.vandaag();
        LocalDate ontvangen;
        String namens;
        if (gemeenteZelf) {
            ontvangen = invoer.ontvangenOp() == null ? vandaag
                    : fouten.datumNietNa(invoer.ontvangenOp(), "ontvangenOp", true, vandaag);
            namens = invoer.namens() == null || invoer.namens().isBlank() ? "Gemeente " + gebied.naam(stand.gemeente())
                    : fouten.tekst(invoer.namens(), "namens", MAX_DEELNEMER_TEKST);
        } else {
            ontvangen = fouten.datumNietNa(invoer.ontvangenOp(), "ontvangenOp", true, vandaag);
            namens = fouten.tekst(invoer.namens(), "namens", MAX_DEELNEMER_TEKST);
        }
        fouten.gooiAlsNodig("De reactie is niet vastgelegd.");
        vereisVersie(id, invoer.versie(), huidig.versie(), false);
        vereisStap(id, stand, Stap.REAGEREN, huidig);
        boolean akkoord = Boolean.TRUE.equals(invoer.akkoord());
        long reactie = jdbc.sql("""
                insert into toezichtgesprek_reactie (gesprek_id, tekst, ontvangen_op, namens, akkoord, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(id, tekst, ontvangen, namens, akkoord, door.actor()).query(Long.class).single();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("reactie", reactie);
        w.put("tekst", tekst);
        w.put("ontvangenOp", ontvangen.toString());
        w.put("namens", namens);
        w.put("akkoord", akkoord);
        w.put("doorGemeente", gemeenteZelf);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekReactieVastgelegd(id, stand.gemeente(), w,
                new Actor(door.actor(), client)));
        return lees(id);
    }

    /**
     * Fixes the verslag (the caller sends it, in this transaction): after the date until which comments were welcome,
     * or earlier when the municipality agreed. Read-only from then on. 400 without a version; 409 stale or refused.
     */
    @Transactional
    public Toezichtgesprek stelVast(long id, Integer verwachteVersie, Gebruiker door, String client) {
        Stand stand = vergrendel(id);
        Versie huidig = huidige(id);
        vereisVersie(id, verwachteVersie, huidig.versie(), true);
        vereisStap(id, stand, Stap.VASTSTELLEN, huidig);
        LocalDate vandaag = kalender.vandaag();
        jdbc.sql("""
                update toezichtgesprek set toestand = 'VASTGESTELD', vastgesteld_op = ?, vastgesteld_door = ?
                where id = ?""").params(vandaag, door.actor(), id).update();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("versie", huidig.versie());
        w.put("vastgesteldOp", vandaag.toString());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.VerslagVastgesteld(id, stand.gemeente(), w,
                new Actor(door.actor(), client)));
        return lees(id);
    }

    /** The stored state of a talk, locked for a step. */
    private record Stand(String gemeente, Toestand toestand, Integer uitgenodigdVersie, LocalDate reactieTot) {
    }

    private Stand vergrendel(long id) {
        return jdbc.sql("""
                select gemeente_code, toestand, uitgenodigd_versie, reactie_tot from toezichtgesprek
                where id = ? for update""").param(id)
                .query((rs, n) -> new Stand(rs.getString(1), Toestand.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3), rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
    }

    private Versie huidige(long id) {
        List<Versie> alle = versies(id);
        return alle.get(alle.size() - 1);
    }

    private static void vereisVersie(long id, Integer verwacht, int huidig, boolean verplicht) {
        if (verwacht == null && verplicht) {
            Fouten fouten = new Fouten();
            fouten.voeg("versie", "verplicht: de versie van het gesprek (of If-Match)");
            fouten.gooiAlsNodig("De stap is niet gezet.");
        }
        if (verwacht != null && verwacht != huidig) {
            throw new ApiException(HttpStatus.CONFLICT, "Gelijktijdige wijziging", "Toezichtgesprek " + id
                    + " is intussen gewijzigd (versie " + huidig + ", u gaf versie " + verwacht
                    + "). Lees het opnieuw en probeer het nog eens.", null);
        }
    }

    /** 409 with the reason in Dutch when {@link Gespreksverloop} refuses the step now. */
    private void vereisStap(long id, Stand stand, Stap stap, Versie huidig) {
        Gespreksverloop.Uitkomst u = Gespreksverloop.stap(stand.toestand(), stap, omstandigheden(id, stand, huidig));
        if (u instanceof Gespreksverloop.Geweigerd g) {
            throw new ApiException(HttpStatus.CONFLICT, "Stap niet mogelijk", "Toezichtgesprek " + id + ": " + g.reden()
                    + ".", null);
        }
    }

    private Gespreksverloop.Omstandigheden omstandigheden(long id, Stand stand, Versie huidig) {
        LocalDate vandaag = kalender.vandaag();
        Boolean akkoord = jdbc.sql("""
                select exists (select 1 from toezichtgesprek_reactie where gesprek_id = ? and akkoord
                               and vastgelegd_op >= ?)""").params(id, huidig.op()).query(Boolean.class).single();
        return new Gespreksverloop.Omstandigheden(!huidig.datum().isAfter(vandaag),
                stand.reactieTot() != null && vandaag.isAfter(stand.reactieTot()), akkoord);
    }

    /**
     * Every step with what {@link Gespreksverloop} says of it now, as the steps themselves judge it: the pages offer
     * only the allowed ones (and show the reason of a refused one). 404 when the talk does not exist.
     */
    @Transactional(readOnly = true)
    public Map<Stap, Gespreksverloop.Uitkomst> stappen(long id) {
        Stand stand = jdbc.sql("""
                select gemeente_code, toestand, uitgenodigd_versie, reactie_tot from toezichtgesprek where id = ?""")
                .param(id).query((rs, n) -> new Stand(rs.getString(1), Toestand.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3), rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
        Versie huidig = huidige(id);
        Gespreksverloop.Omstandigheden o = omstandigheden(id, stand, huidig);
        Map<Stap, Gespreksverloop.Uitkomst> m = new java.util.EnumMap<>(Stap.class);
        for (Stap stap : Stap.values()) {
            m.put(stap, Gespreksverloop.stap(stand.toestand(), stap, o));
        }
        return m;
    }

    /** Today, as the steps judge it (the default date until which comments are welcome starts here). */
    public LocalDate vandaag() {
        return kalender.vandaag();
    }

    /** The municipality of a talk; empty when the talk does not exist. */
    @Transactional(readOnly = true)
    public Optional<String> gemeenteVan(long id) {
        return jdbc.sql("select gemeente_code from toezichtgesprek where id = ?").param(id).query(String.class)
                .optional();
    }

    /** A talk in its current version; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public Toezichtgesprek lees(long id) {
        return zoek("t.id = ?", id).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
    }

    /** The talks of a municipality, latest first; only those about {@code periode} when it is not null. */
    @Transactional(readOnly = true)
    public List<Toezichtgesprek> vanGemeente(String gemeente, Periode periode) {
        return periode == null ? zoek("t.gemeente_code = ?", gemeente)
                : zoek("t.gemeente_code = ? and v.periode = ?", gemeente, periode.code());
    }

    /** Every version of a talk, oldest first; 404 when the talk does not exist. */
    @Transactional(readOnly = true)
    public List<Versie> versies(long id) {
        List<Versie> versies = jdbc.sql("""
                select versie, periode, datum, aanvang, plaats, link, agenda::text, soort, deelnemers::text, verslag,
                       trede, reden, door, op
                from toezichtgesprek_versie where gesprek_id = ? order by versie""").param(id)
                .query((rs, n) -> new Versie(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class), rs.getString(5), rs.getString(6), agenda(rs.getString(7)),
                        Soort.valueOf(rs.getString(8)), deelnemers(rs.getString(9)), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class)))
                .list();
        if (versies.isEmpty()) {
            throw ApiException.notFound("Toezichtgesprek " + id + " bestaat niet.");
        }
        return versies;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Inhoud inhoudVan(Versie v) {
        return new Inhoud(Periode.of(v.periode()), v.datum(), v.aanvang(), v.plaats(), v.link(), v.agenda(),
                v.soort(), v.deelnemers(), v.verslag(), v.trede());
    }

    /**
     * Validates the content of a version. {@code gepland}: a talk still to be held (time, place or link and agenda
     * required; no verslag required); {@code nieuw}: a newly planned talk, whose day is today or later. Otherwise a
     * talk held: its day not after today, the verslag required.
     */
    private Inhoud inhoud(String provincie, boolean gepland, boolean nieuw, String periodeTekst, String datumTekst,
            String aanvangTekst, String plaatsTekst, String linkTekst, List<String> agendaInvoer, String soortTekst,
            List<Deelnemer> deelnemersInvoer, String verslagTekst, String tredeTekst, Fouten fouten) {
        Periode periode = fouten.periode(periodeTekst, "periode");
        LocalDate vandaag = kalender.vandaag();
        LocalDate datum = gepland ? fouten.datum(datumTekst, "datum", true)
                : fouten.datumNietNa(datumTekst, "datum", true, vandaag);
        if (nieuw && datum != null && datum.isBefore(vandaag)) {
            fouten.voeg("datum", "ligt vóór vandaag: leg een gehouden gesprek vast als toezichtgesprek met verslag");
            datum = null;
        }
        LocalTime aanvang = aanvang(aanvangTekst, gepland, fouten);
        String plaats = plaatsTekst == null || plaatsTekst.isBlank() ? null
                : fouten.tekst(plaatsTekst, "plaats", MAX_PLAATS);
        String link = linkTekst == null || linkTekst.isBlank() ? null : webadres(linkTekst, fouten);
        if (gepland && (plaatsTekst == null || plaatsTekst.isBlank()) && (linkTekst == null || linkTekst.isBlank())) {
            fouten.voeg("plaats", "verplicht: de plaats van het gesprek, of een link voor een online gesprek");
        }
        List<String> agenda = agenda(agendaInvoer, gepland, fouten);
        Soort soort = fouten.keuze(soortTekst, "soort", Soort.class);
        List<Deelnemer> deelnemers = deelnemers(deelnemersInvoer, fouten);
        String verslag = gepland && (verslagTekst == null || verslagTekst.isBlank()) ? null
                : fouten.tekst(verslagTekst, "verslag", MAX_VERSLAG);
        String trede = trede(tredeTekst, provincie, datum, fouten);
        return fouten.leeg() ? new Inhoud(periode, datum, aanvang, plaats, link, agenda, soort, deelnemers, verslag,
                trede) : null;
    }

    private static LocalTime aanvang(String tekst, boolean verplicht, Fouten fouten) {
        if (tekst == null || tekst.isBlank()) {
            if (verplicht) {
                fouten.voeg("aanvang", "verplicht: het tijdstip van het gesprek (UU:MM)");
            }
            return null;
        }
        try {
            if (!tekst.matches("\\d{1,2}[:.]\\d{2}(:00)?")) {
                throw new DateTimeParseException("tijd", tekst, 0);
            }
            String[] delen = tekst.split("[:.]");
            return LocalTime.of(Integer.parseInt(delen[0]), Integer.parseInt(delen[1]));
        } catch (java.time.DateTimeException e) {
            fouten.voeg("aanvang", "geen tijdstip (UU:MM, bijvoorbeeld 10:00)");
            return null;
        }
    }

    private static String webadres(String tekst, Fouten fouten) {
        String link = fouten.tekst(tekst, "link", MAX_LINK);
        if (link == null) {
            return null;
        }
        try {
            java.net.URI u = new java.net.URI(link);
            if (("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && link.chars().noneMatch(Character::isWhitespace)) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        fouten.voeg("link", "geen webadres (https://…)");
        return null;
    }

    private static List<String> agenda(List<String> invoer, boolean verplicht, Fouten fouten) {
        if (invoer == null || invoer.isEmpty()) {
            if (verplicht) {
                fouten.voeg("agenda", "verplicht: ten minste één agendapunt");
            }
            return List.of();
        }
        if (invoer.size() > MAX_AGENDAPUNTEN) {
            fouten.voeg("agenda", "hoogstens " + MAX_AGENDAPUNTEN + " agendapunten");
            return List.of();
        }
        List<String> punten = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            punten.add(fouten.tekst(invoer.get(i), "agenda[" + i + "]", MAX_AGENDAPUNT));
        }
        return punten;
    }

    private static List<Deelnemer> deelnemers(List<Deelnemer> invoer, Fouten fouten) {
        if (invoer == null || invoer.isEmpty()) {
            fouten.voeg("deelnemers", "verplicht: ten minste één deelnemer, met organisatie en functie");
            return null;
        }
        if (invoer.size() > MAX_DEELNEMERS) {
            fouten.voeg("deelnemers", "hoogstens " + MAX_DEELNEMERS + " deelnemers");
            return null;
        }
        List<Deelnemer> result = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            Deelnemer d = invoer.get(i);
            String pad = "deelnemers[" + i + "]";
            if (d == null) {
                fouten.voeg(pad, "verplicht: een deelnemer met organisatie en functie");
                continue;
            }
            String organisatie = fouten.tekst(d.organisatie(), pad + ".organisatie", MAX_DEELNEMER_TEKST);
            String functie = fouten.tekst(d.functie(), pad + ".functie", MAX_DEELNEMER_TEKST);
            result.add(new Deelnemer(organisatie, functie));
        }
        return result;
    }

    /**
     * The ladder step at the time of the talk, optional: a step (or alias, e.g. {@code 3} for {@code 3a}) of the
     * ladder of the province's beleidskader on that date; when the province has none, a code like {@code 2} or
     * {@code 3b}.
     */
    private String trede(String code, String provincie, LocalDate datum, Fouten fouten) {
        if (code == null) {
            return null;
        }
        Optional<Ladder> ladder = datum == null ? Optional.empty()
                : kaders.voorProvincie(provincie, datum).map(Beleidskader::ladder);
        if (ladder.isPresent()) {
            Optional<String> trede = ladder.get().trede(code).map(t -> t.code());
            if (trede.isEmpty()) {
                fouten.voeg("trede", "een trede van de interventieladder: " + String.join(", ",
                        ladder.get().treden().stream().map(s -> s.trede().code()).toList()));
            }
            return trede.orElse(null);
        }
        if (!code.matches("[0-9][a-z]?")) {
            fouten.voeg("trede", "een trede van de interventieladder, zoals 2, 3a of 3b");
            return null;
        }
        return code;
    }

    private void voegVersieToe(long id, int versie, Inhoud inhoud, String reden, Gebruiker door) {
        jdbc.sql("""
                insert into toezichtgesprek_versie (gesprek_id, versie, periode, datum, aanvang, plaats, link, agenda,
                    soort, deelnemers, verslag, trede, reden, door)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(id, versie, inhoud.periode().code(), inhoud.datum(), inhoud.aanvang(), inhoud.plaats(),
                        inhoud.link(), inhoud.agenda().isEmpty() ? null : json.writeValueAsString(inhoud.agenda()),
                        inhoud.soort().name(), json.writeValueAsString(inhoud.deelnemers()), inhoud.verslag(),
                        inhoud.trede(), reden, door.actor())
                .update();
    }

    /** The province of a municipality; 404 when it does not exist. */
    public String provincieVan(String gemeente) {
        return gebied.provincieVan(gemeente).orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
    }

    private List<Toezichtgesprek> zoek(String waar, Object... params) {
        LocalDate vandaag = kalender.vandaag();
        List<Toezichtgesprek> gesprekken = jdbc.sql("""
                select t.id, t.gemeente_code, v.periode, v.datum, v.aanvang, v.plaats, v.link, v.agenda::text,
                       v.soort, v.deelnemers::text, v.verslag, v.trede, t.toestand, t.reactie_tot, t.vastgesteld_op,
                       v.versie, t.aangemaakt_door, t.aangemaakt_op, v.door, v.op
                from toezichtgesprek t
                join lateral (select * from toezichtgesprek_versie x where x.gesprek_id = t.id
                              order by x.versie desc limit 1) v on true
                where\s""" + waar + " order by v.datum desc, t.id desc")
                .params(params)
                .query((rs, n) -> {
                    LocalDate datum = rs.getObject(4, LocalDate.class);
                    Toestand toestand = Toestand.valueOf(rs.getString(13));
                    LocalDate reactieTot = rs.getObject(14, LocalDate.class);
                    LocalDate vastgesteldOp = rs.getObject(15, LocalDate.class);
                    return new Toezichtgesprek(rs.getLong(1), rs.getString(2), gebied.naam(rs.getString(2)),
                            rs.getString(3), datum, rs.getObject(5, LocalTime.class), rs.getString(6),
                            rs.getString(7), agenda(rs.getString(8)), Soort.valueOf(rs.getString(9)),
                            deelnemers(rs.getString(10)), rs.getString(11), rs.getString(12), toestand,
                            Gespreksverloop.label(toestand, !datum.isAfter(vandaag), reactieTot, vastgesteldOp),
                            reactieTot, vastgesteldOp, List.of(), rs.getInt(16), rs.getString(17),
                            rs.getObject(18, OffsetDateTime.class), rs.getString(19),
                            rs.getObject(20, OffsetDateTime.class), List.of());
                })
                .list();
        if (gesprekken.isEmpty()) {
            return gesprekken;
        }
        Long[] ids = gesprekken.stream().map(Toezichtgesprek::id).toArray(Long[]::new);
        Map<Long, List<VersieInfo>> versies = new HashMap<>();
        jdbc.sql("""
                select gesprek_id, versie, door, op, reden from toezichtgesprek_versie
                where gesprek_id = any(?) order by gesprek_id, versie""")
                .param(ids)
                .query(rs -> {
                    versies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new VersieInfo(rs.getInt(2),
                            rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5)));
                });
        Map<Long, List<Reactie>> reacties = new HashMap<>();
        jdbc.sql("""
                select gesprek_id, id, tekst, ontvangen_op, namens, akkoord, vastgelegd_door, vastgelegd_op
                from toezichtgesprek_reactie where gesprek_id = any(?) order by gesprek_id, id""")
                .param(ids)
                .query(rs -> {
                    reacties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Reactie(rs.getLong(2),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6),
                            rs.getString(7), rs.getObject(8, OffsetDateTime.class)));
                });
        return gesprekken.stream().map(t -> t.met(versies.getOrDefault(t.id(), List.of()),
                reacties.getOrDefault(t.id(), List.of()))).toList();
    }

    private List<String> agenda(String tekst) {
        return tekst == null ? List.of() : json.readValue(tekst, AGENDA);
    }

    private List<Deelnemer> deelnemers(String tekst) {
        return json.readValue(tekst, DEELNEMERS);
    }
}
