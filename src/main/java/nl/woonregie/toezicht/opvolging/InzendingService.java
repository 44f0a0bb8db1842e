package nl.woonregie.toezicht.opvolging;

import java.time.Clock;
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
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.opvolging.Inzending.Soort;
import nl.woonregie.toezicht.opvolging.Inzending.Versie;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a municipality hands in to the province itself (issue 19 §5): its plan van aanpak and its answers to the
 * province's survey (uitvraag), attachments as documents of the kind {@code inzending}. Handed in and changed by the
 * municipality itself (and BEHEERDER); read by whoever reads its supervision (the province's TOEZICHTHOUDER, BEHEERDER,
 * the municipality). When it was handed in is the application's clock ({@code platform.KlokConfiguratie}). A change
 * never overwrites: it adds a version with a reason, against the version the client saw
 * (409 on a stale one). Every change is audited in the same transaction. The texts are the municipality's policy,
 * without personal data (the form says so), so reads are not logged.
 */
@Service
public class InzendingService {

    static final int MAX_TITEL = 300;
    static final int MAX_TEKST = 20_000;
    static final int MAX_REDEN = 4_000;

    /** A new submission as sent: every field as text, so that every invalid one is named. */
    @Schema(name = "InzendingInvoer")
    public record Invoer(String soort, String periode, String titel, String toelichting, String maatregelen,
            String hulpNodig) {
    }

    /** A change: the complete new content, the reason, and optionally the version it changes. */
    public record Wijziging(String titel, String toelichting, String maatregelen, String hulpNodig, String reden,
            Integer versie) {
    }

    /** Validated content of one version. */
    record Inhoud(String titel, String toelichting, String maatregelen, String hulpNodig) {

        Map<String, Object> alsMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("titel", titel);
            m.put("toelichting", toelichting);
            m.put("maatregelen", maatregelen);
            m.put("hulpNodig", hulpNodig);
            return m;
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher gebeurtenissen;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final Clock klok;

    InzendingService(JdbcClient jdbc, ApplicationEventPublisher gebeurtenissen, GebiedService gebied,
            Toegang toegang, Clock klok) {
        this.klok = klok;
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    /** May this account hand in for the municipality? (for a page's form, no exception) */
    public static boolean magInzenden(Gebruiker g, String gemeente) {
        return Toegang.magHuurcontractenIndienen(g, gemeente);
    }

    /**
     * Hands a submission in for the municipality: the municipality itself or BEHEERDER (403, 404 for an unknown
     * municipality, before the request is judged); every invalid field is named (400). Answers its id.
     */
    @Transactional
    public long dienIn(String gemeente, Invoer invoer, Gebruiker door, String client) {
        toegang.huurcontractenIndienen(door, gemeente);
        Fouten fouten = new Fouten();
        Soort soort = fouten.keuze(invoer.soort(), "soort", Soort.class);
        Periode periode = fouten.periode(invoer.periode(), "periode");
        Inhoud inhoud = inhoud(soort, invoer.titel(), invoer.toelichting(), invoer.maatregelen(), invoer.hulpNodig(),
                fouten);
        fouten.gooiAlsNodig("De inzending is niet ingediend; er is niets opgeslagen.");
        long id = jdbc.sql("""
                insert into inzending (gemeente_code, soort, periode, ingediend_door, ingediend_op)
                values (?, ?, ?, ?, ?) returning id""")
                .params(gemeente, soort.name(), periode.code(), door.actor(), OffsetDateTime.now(klok))
                .query(Long.class).single();
        voegVersieToe(id, 1, inhoud, null, door);
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeente);
        nieuw.put("soort", soort.name());
        nieuw.put("periode", periode.code());
        nieuw.put("versie", 1);
        nieuw.putAll(inhoud.alsMap());
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.InzendingIngediend(id, gemeente, nieuw,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * Changes a submission by adding a version with the reason: the municipality itself or BEHEERDER.
     * {@code verwachteVersie} (from the body or If-Match) is required (400 naming {@code versie}) and must be the
     * current version, else 409.
     */
    @Transactional
    public void wijzig(long id, Wijziging wijziging, Integer verwachteVersie, Gebruiker door, String client) {
        String gemeente = gemeenteVan(id).orElseThrow(() -> nietGevonden(id));
        toegang.huurcontractenIndienen(door, gemeente);
        Soort soort = jdbc.sql("select soort from inzending where id = ? for update").param(id)
                .query((rs, n) -> Soort.valueOf(rs.getString(1))).single();
        List<Versie> alle = versies(id);
        Versie huidig = alle.get(alle.size() - 1);
        Fouten fouten = new Fouten();
        Inhoud inhoud = inhoud(soort, wijziging.titel(), wijziging.toelichting(), wijziging.maatregelen(),
                wijziging.hulpNodig(), fouten);
        String reden = fouten.tekst(wijziging.reden(), "reden", MAX_REDEN);
        if (verwachteVersie == null) {
            fouten.voeg("versie", "verplicht: de versie die u wijzigt (of de header If-Match)");
        }
        fouten.gooiAlsNodig("De wijziging is niet opgeslagen.");
        if (verwachteVersie != huidig.versie()) {
            throw new ApiException(HttpStatus.CONFLICT, "Gelijktijdige wijziging", "De inzending is intussen "
                    + "gewijzigd (versie " + huidig.versie() + ", u wijzigde versie " + verwachteVersie
                    + "). Lees haar opnieuw en probeer het nog eens.", null);
        }
        int versie = huidig.versie() + 1;
        voegVersieToe(id, versie, inhoud, reden, door);
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("versie", huidig.versie());
        oud.putAll(new Inhoud(huidig.titel(), huidig.toelichting(), huidig.maatregelen(), huidig.hulpNodig())
                .alsMap());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("versie", versie);
        nieuw.putAll(inhoud.alsMap());
        nieuw.put("reden", reden);
        gebeurtenissen.publishEvent(new OpvolgingGebeurtenis.InzendingGewijzigd(id, oud, nieuw,
                new Actor(door.actor(), client)));
    }

    /** The municipality of a submission; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<String> gemeenteVan(long id) {
        return jdbc.sql("select gemeente_code from inzending where id = ?").param(id).query(String.class).optional();
    }

    /** A submission in its current version with every version; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public Inzending lees(long id) {
        return zoek("i.id = ?", id).stream().findFirst().orElseThrow(() -> nietGevonden(id));
    }

    /** The submissions of a municipality, the latest first. */
    @Transactional(readOnly = true)
    public List<Inzending> vanGemeente(String gemeente) {
        return zoek("i.gemeente_code = ?", gemeente);
    }

    /** The municipality's latest plan van aanpak, if it handed one in (for step 3a: submitted, and when). */
    @Transactional(readOnly = true)
    public Optional<Inzending> laatstePlan(String gemeente) {
        return zoek("i.gemeente_code = ? and i.soort = 'PLAN_VAN_AANPAK'", gemeente).stream().findFirst();
    }

    /** Every version of a submission, the oldest first; 404 when it does not exist. */
    @Transactional(readOnly = true)
    public List<Versie> versies(long id) {
        List<Versie> versies = versies(List.of(id)).getOrDefault(id, List.of());
        if (versies.isEmpty()) {
            throw nietGevonden(id);
        }
        return versies;
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * A plan van aanpak has a title and optionally a toelichting; answers to the survey have a title and both
     * answers (measures taken, help needed). A field that does not belong to the kind is refused, named.
     */
    private static Inhoud inhoud(Soort soort, String titelTekst, String toelichtingTekst, String maatregelenTekst,
            String hulpTekst, Fouten fouten) {
        String titel = fouten.tekst(titelTekst, "titel", MAX_TITEL);
        String toelichting = optioneel(toelichtingTekst, "toelichting", fouten);
        String maatregelen = null;
        String hulp = null;
        if (soort == Soort.UITVRAAG) {
            maatregelen = fouten.tekst(maatregelenTekst, "maatregelen", MAX_TEKST);
            hulp = fouten.tekst(hulpTekst, "hulpNodig", MAX_TEKST);
        } else if (soort == Soort.PLAN_VAN_AANPAK) {
            if (maatregelenTekst != null && !maatregelenTekst.isBlank()) {
                fouten.voeg("maatregelen", "hoort bij de antwoorden op de uitvraag, niet bij een plan van aanpak");
            }
            if (hulpTekst != null && !hulpTekst.isBlank()) {
                fouten.voeg("hulpNodig", "hoort bij de antwoorden op de uitvraag, niet bij een plan van aanpak");
            }
        }
        return new Inhoud(titel, toelichting, maatregelen, hulp);
    }

    private static String optioneel(String waarde, String naam, Fouten fouten) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return fouten.tekst(waarde, naam, MAX_TEKST);
    }

    private void voegVersieToe(long id, int versie, Inhoud inhoud, String reden, Gebruiker door) {
        jdbc.sql("""
                insert into inzending_versie (inzending_id, versie, titel, toelichting, maatregelen, hulp_nodig, reden,
                    door, op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, versie, inhoud.titel(), inhoud.toelichting(), inhoud.maatregelen(), inhoud.hulpNodig(),
                        reden, door.actor(), OffsetDateTime.now(klok))
                .update();
    }

    private Map<Long, List<Versie>> versies(List<Long> ids) {
        Map<Long, List<Versie>> versies = new HashMap<>();
        jdbc.sql("""
                select inzending_id, versie, titel, toelichting, maatregelen, hulp_nodig, reden, door, op
                from inzending_versie where inzending_id = any(?) order by inzending_id, versie""")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    versies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Versie(rs.getInt(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getObject(9, OffsetDateTime.class)));
                });
        return versies;
    }

    private List<Inzending> zoek(String waar, Object... params) {
        record Rij(long id, String gemeente, Soort soort, String periode, String door, OffsetDateTime op) {
        }
        List<Rij> rijen = jdbc.sql("select i.id, i.gemeente_code, i.soort, i.periode, i.ingediend_door, "
                + "i.ingediend_op from inzending i where " + waar + " order by i.ingediend_op desc, i.id desc")
                .params(params)
                .query((rs, n) -> new Rij(rs.getLong(1), rs.getString(2), Soort.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Versie>> versies = versies(rijen.stream().map(Rij::id).toList());
        return rijen.stream().map(r -> {
            List<Versie> alle = versies.get(r.id());
            Versie v = alle.get(alle.size() - 1);
            return new Inzending(r.id(), r.gemeente(), gebied.naam(r.gemeente()), r.soort(), r.periode(), v.titel(),
                    v.toelichting(), v.maatregelen(), v.hulpNodig(), v.versie(), r.door(), r.op(), v.door(), v.op(),
                    List.copyOf(alle));
        }).toList();
    }

    private static ApiException nietGevonden(long id) {
        return ApiException.notFound("Inzending " + id + " bestaat niet.");
    }
}
