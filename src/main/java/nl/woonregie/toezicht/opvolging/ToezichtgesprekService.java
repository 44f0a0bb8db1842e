package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
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
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Deelnemer;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Soort;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.Versie;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek.VersieInfo;
import nl.woonregie.toezicht.regels.Beleidskader;
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

    private static final TypeReference<List<Deelnemer>> DEELNEMERS = new TypeReference<>() {
    };

    /** A new talk, as sent by the client; dates and period as text so that every invalid field can be reported. */
    public record Invoer(String periode, @Schema(format = "date") String datum, String soort,
            List<Deelnemer> deelnemers, String verslag, String trede) {
    }

    /** A correction: the complete new content, the reason, and optionally the version the client corrects. */
    public record Correctie(String periode, @Schema(format = "date") String datum, String soort,
            List<Deelnemer> deelnemers, String verslag, String trede, String reden, Integer versie) {
    }

    /** Validated content of one version. */
    record Inhoud(Periode periode, LocalDate datum, Soort soort, List<Deelnemer> deelnemers, String verslag,
            String trede) {

        Map<String, Object> alsMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("periode", periode.code());
            m.put("datum", datum.toString());
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

    /** Records a talk of a municipality (which must exist); answers its id. */
    @Transactional
    public long legVast(String gemeente, Invoer invoer, Gebruiker door, String client) {
        String provincie = provincieVan(gemeente);
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(provincie, invoer.periode(), invoer.datum(), invoer.soort(), invoer.deelnemers(),
                invoer.verslag(), invoer.trede(), fouten);
        fouten.gooiAlsNodig("Het toezichtgesprek is niet geldig.");
        long id = jdbc.sql("insert into toezichtgesprek (gemeente_code, aangemaakt_door) values (?, ?) returning id")
                .params(gemeente, door.actor()).query(Long.class).single();
        voegVersieToe(id, 1, inhoud, null, door);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeente);
        nieuw.put("versie", 1);
        nieuw.putAll(inhoud.alsMap());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekVastgelegd(id, gemeente, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * Corrects a talk by adding a version with the reason. {@code verwachteVersie} (from the body or If-Match), when
     * given, must be the current version, else 409.
     */
    @Transactional
    public void corrigeer(long id, Correctie correctie, Integer verwachteVersie, Gebruiker door, String client) {
        String gemeente = jdbc.sql("select gemeente_code from toezichtgesprek where id = ? for update").param(id)
                .query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
        List<Versie> alle = versies(id);
        Versie huidig = alle.get(alle.size() - 1);
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(provincieVan(gemeente), correctie.periode(), correctie.datum(), correctie.soort(),
                correctie.deelnemers(), correctie.verslag(), correctie.trede(), fouten);
        String reden = fouten.tekst(correctie.reden(), "reden", MAX_REDEN);
        fouten.gooiAlsNodig("De correctie is niet geldig.");
        if (verwachteVersie != null && verwachteVersie != huidig.versie()) {
            throw new ApiException(HttpStatus.CONFLICT, "Gelijktijdige wijziging", "Toezichtgesprek " + id
                    + " is intussen gewijzigd (versie " + huidig.versie() + ", u corrigeerde versie "
                    + verwachteVersie + "). Lees het opnieuw en probeer het nog eens.", null);
        }
        int versie = huidig.versie() + 1;
        voegVersieToe(id, versie, inhoud, reden, door);
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("versie", huidig.versie());
        oud.putAll(new Inhoud(Periode.of(huidig.periode()), huidig.datum(), huidig.soort(), huidig.deelnemers(),
                huidig.verslag(), huidig.trede()).alsMap());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("versie", versie);
        nieuw.putAll(inhoud.alsMap());
        nieuw.put("reden", reden);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.GesprekGecorrigeerd(id, oud, nieuw,
                new Actor(door.actor(), client)));
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
                select versie, periode, datum, soort, deelnemers::text, verslag, trede, reden, door, op
                from toezichtgesprek_versie where gesprek_id = ? order by versie""").param(id)
                .query((rs, n) -> new Versie(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        Soort.valueOf(rs.getString(4)), deelnemers(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class)))
                .list();
        if (versies.isEmpty()) {
            throw ApiException.notFound("Toezichtgesprek " + id + " bestaat niet.");
        }
        return versies;
    }

    // ---------------------------------------------------------------------------------------------------------

    private Inhoud inhoud(String provincie, String periodeTekst, String datumTekst, String soortTekst,
            List<Deelnemer> deelnemersInvoer, String verslagTekst, String tredeTekst, Fouten fouten) {
        Periode periode = fouten.periode(periodeTekst, "periode");
        LocalDate datum = fouten.datumNietNa(datumTekst, "datum", true, kalender.vandaag());
        Soort soort = fouten.keuze(soortTekst, "soort", Soort.class);
        List<Deelnemer> deelnemers = deelnemers(deelnemersInvoer, fouten);
        String verslag = fouten.tekst(verslagTekst, "verslag", MAX_VERSLAG);
        String trede = trede(tredeTekst, provincie, datum, fouten);
        return fouten.leeg() ? new Inhoud(periode, datum, soort, deelnemers, verslag, trede) : null;
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
                insert into toezichtgesprek_versie (gesprek_id, versie, periode, datum, soort, deelnemers, verslag,
                    trede, reden, door)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(id, versie, inhoud.periode().code(), inhoud.datum(), inhoud.soort().name(),
                        json.writeValueAsString(inhoud.deelnemers()), inhoud.verslag(), inhoud.trede(), reden,
                        door.actor())
                .update();
    }

    private String provincieVan(String gemeente) {
        return gebied.provincieVan(gemeente).orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
    }

    private List<Toezichtgesprek> zoek(String waar, Object... params) {
        List<Toezichtgesprek> gesprekken = jdbc.sql("""
                select t.id, t.gemeente_code, v.periode, v.datum, v.soort, v.deelnemers::text, v.verslag,
                       v.trede, v.versie, t.aangemaakt_door, t.aangemaakt_op, v.door, v.op
                from toezichtgesprek t
                join lateral (select * from toezichtgesprek_versie x where x.gesprek_id = t.id
                              order by x.versie desc limit 1) v on true
                where\s""" + waar + " order by v.datum desc, t.id desc")
                .params(params)
                .query((rs, n) -> new Toezichtgesprek(rs.getLong(1), rs.getString(2), gebied.naam(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, LocalDate.class), Soort.valueOf(rs.getString(5)),
                        deelnemers(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getString(10), rs.getObject(11, OffsetDateTime.class), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class), List.of()))
                .list();
        if (gesprekken.isEmpty()) {
            return gesprekken;
        }
        Map<Long, List<VersieInfo>> versies = new HashMap<>();
        jdbc.sql("""
                select gesprek_id, versie, door, op, reden from toezichtgesprek_versie
                where gesprek_id = any(?) order by gesprek_id, versie""")
                .param(gesprekken.stream().map(Toezichtgesprek::id).toArray(Long[]::new))
                .query(rs -> {
                    versies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new VersieInfo(rs.getInt(2),
                            rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5)));
                });
        return gesprekken.stream().map(t -> t.metVersies(versies.getOrDefault(t.id(), List.of()))).toList();
    }

    private List<Deelnemer> deelnemers(String tekst) {
        return json.readValue(tekst, DEELNEMERS);
    }
}
