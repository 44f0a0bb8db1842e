package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.internal.Bronlezer;
import nl.woonregie.aanbod.internal.TellingOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gemeente's own count of its realisation against COA's (issue 16 §4): counts on dates with the causes of the
 * difference, versioned and audited as the supply sources, and their reconciliation with COA's standing on or just
 * before each date (toezicht's stored standings, read through {@link CijferStanden}). The judgment of the
 * supervision stays on COA's figures; the own count is shown beside them and may be the start of a forecast, always
 * named as such ({@link GemeentePrognose.Start}). Access as for the sources ({@link Aanbodbronnen}).
 */
@Service
public class Eigentellingen {

    private final TellingOpslag opslag;
    private final Aanbodbronnen bronnen;
    private final CijferStanden cijfers;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final JsonMapper json = JsonMapper.builder().build();

    Eigentellingen(TellingOpslag opslag, Aanbodbronnen bronnen, CijferStanden cijfers, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.bronnen = bronnen;
        this.cijfers = cijfers;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A count as sent, every value as typed; {@code oorzaken}: rows of a cause and its number (optional). */
    public record Verzoek(String datum, String gehuisvest, List<OorzaakVerzoek> oorzaken, String toelichting,
            String reden) {
    }

    /** One cause as sent. */
    public record OorzaakVerzoek(String oorzaak, String aantal) {
    }

    /**
     * A count beside COA's: COA's latest standing in the count's half-year on or before its date ({@code coaDatum},
     * {@code coaGehuisvest}; null without one), {@code verschil} = own − COA, {@code verklaard} the sum of the causes'
     * numbers, {@code onverklaard} = verschil − verklaard.
     */
    @Schema(name = "EigenTellingAfstemming")
    @JsonPropertyOrder({"telling", "periode", "coaDatum", "coaGehuisvest", "verschil", "verklaard", "onverklaard"})
    public record Afstemming(Eigentelling telling, @Schema(example = "2022-II") String periode, LocalDate coaDatum,
            @Schema(example = "706") Long coaGehuisvest, @Schema(example = "54") Long verschil,
            @Schema(example = "40") long verklaard, @Schema(example = "14") Long onverklaard) {
    }

    /** The gemeente's counts by date, each beside COA's standing (BEHEERDER, its TOEZICHTHOUDER, itself). */
    @Transactional(readOnly = true)
    public List<Afstemming> afstemming(Gebruiker g, String gemeente) {
        bronnen.vereisLezen(g, gemeente);
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        return opslag.vanGemeente(gemeente).stream().map(t -> afstemming(t, c)).toList();
    }

    static Afstemming afstemming(Eigentelling t, GemeenteCijfers c) {
        Periode p = Periode.van(t.datum());
        GemeenteCijfers.CoaStand stand = null;
        for (GemeenteCijfers.CoaStand s : c == null ? List.<GemeenteCijfers.CoaStand>of()
                : c.coaStanden().getOrDefault(p, List.of())) {
            if (!s.datum().isAfter(t.datum()) && (stand == null || !s.datum().isBefore(stand.datum()))) {
                stand = s;
            }
        }
        long verklaard = t.feiten().oorzaken().stream().mapToLong(o -> o.aantal() == null ? 0 : o.aantal()).sum();
        Long verschil = stand == null ? null : t.feiten().gehuisvest() - stand.gehuisvest();
        return new Afstemming(t, p.code(), stand == null ? null : stand.datum(),
                stand == null ? null : stand.gehuisvest(), verschil, verklaard,
                verschil == null ? null : verschil - verklaard);
    }

    /** One count with every version: 404 when the gemeente has no such count. */
    @Transactional(readOnly = true)
    public Eigentelling lees(Gebruiker g, String gemeente, long id) {
        bronnen.vereisLezen(g, gemeente);
        return opslag.lees(id).filter(t -> t.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Eigen telling " + id + " van " + gebied.naam(gemeente)
                        + " bestaat niet."));
    }

    /** Records a count (version 1); 400 naming every invalid field, 409 when the date has a count already. */
    @Transactional
    public Eigentelling toevoegen(Gebruiker g, String gemeente, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate datum = datum(v.datum(), fouten);
        Eigentelling.Feiten feiten = feiten(v, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De eigen telling is niet opgeslagen.", fouten);
        }
        long id = opslag.voegToe(gemeente, datum, feiten, reden, g.actor()).orElseThrow(() -> new ApiException(
                HttpStatus.CONFLICT, "Al geteld", "Op " + Weergave.dag(datum) + " staat al een eigen telling; "
                        + "wijzig die.", null));
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("datum", datum.toString());
        waarden.putAll(alsMap(feiten));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.TellingToegevoegd(id, gemeente, waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * A new version of a count still at {@code versie} (its date does not change: a count on another date is another
     * count); 400 naming every invalid field, 409 when it changed or was removed in between.
     */
    @Transactional
    public Eigentelling wijzigen(Gebruiker g, String gemeente, long id, String versie, Verzoek v, String client) {
        bronnen.vereisWijzigen(g, gemeente);
        Eigentelling huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        if (Bronlezer.gevuld(v.datum())) {
            LocalDate d = datum(v.datum(), fouten);
            if (d != null && !d.equals(huidig.datum())) {
                fouten.add(new InvalidParam("datum", "de datum van een telling verandert niet (" + huidig.datum()
                        + "): leg een nieuwe telling vast"));
            }
        }
        Eigentelling.Feiten feiten = feiten(v, fouten);
        String reden = Bronlezer.reden(v.reden(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De eigen telling is niet gewijzigd.", fouten);
        }
        if (!opslag.schrijf(id, van, feiten, false, reden, g.actor())) {
            throw conflict(id, huidig);
        }
        Map<String, Object> waarden = new LinkedHashMap<>(alsMap(feiten));
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.TellingGewijzigd(id, gemeente, alsMap(huidig.feiten()),
                waarden, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** Removes a count still at {@code versie} (a last version, kept in its history); 409 as for a change. */
    @Transactional
    public Eigentelling verwijderen(Gebruiker g, String gemeente, long id, String versie, String reden,
            String client) {
        bronnen.vereisWijzigen(g, gemeente);
        Eigentelling huidig = lees(g, gemeente, id);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        String r = Bronlezer.reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De eigen telling is niet verwijderd.", fouten);
        }
        if (!opslag.schrijf(id, van, huidig.feiten(), true, r, g.actor())) {
            throw conflict(id, huidig);
        }
        gebeurtenissen.publishEvent(new AanbodGebeurtenis.TellingVerwijderd(id, gemeente, alsMap(huidig.feiten()),
                Map.of("reden", r), new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    private LocalDate datum(String tekst, List<InvalidParam> fouten) {
        LocalDate d = Bronlezer.datum(tekst, "datum", true, fouten);
        if (d != null && d.isAfter(gebied.vandaag())) {
            fouten.add(new InvalidParam("datum", "mag niet na vandaag liggen: een telling telt wat al gebeurd is"));
            return null;
        }
        return d;
    }

    private static Eigentelling.Feiten feiten(Verzoek v, List<InvalidParam> fouten) {
        Long gehuisvest = Bronlezer.geheel(v.gehuisvest(), "gehuisvest", 0, Bronlezer.MAX_AANTAL, true, fouten);
        List<Eigentelling.Oorzaakaantal> oorzaken = new ArrayList<>();
        Set<Eigentelling.Oorzaak> gezien = EnumSet.noneOf(Eigentelling.Oorzaak.class);
        List<OorzaakVerzoek> rijen = v.oorzaken() == null ? List.of() : v.oorzaken();
        for (int i = 0; i < rijen.size(); i++) {
            String pad = "oorzaken[" + i + "]";
            OorzaakVerzoek o = rijen.get(i);
            if (o == null) {
                fouten.add(new InvalidParam(pad, "een oorzaak, geen null"));
                continue;
            }
            Eigentelling.Oorzaak oorzaak = Bronlezer.code(o.oorzaak(), pad + ".oorzaak", Eigentelling.Oorzaak.class,
                    true, fouten);
            if (oorzaak != null && !gezien.add(oorzaak)) {
                fouten.add(new InvalidParam(pad + ".oorzaak", "staat al eerder in de lijst"));
                oorzaak = null;
            }
            Long aantal = Bronlezer.geheel(o.aantal(), pad + ".aantal", 0, Bronlezer.MAX_AANTAL, false, fouten);
            if (oorzaak != null) {
                oorzaken.add(new Eigentelling.Oorzaakaantal(oorzaak, aantal));
            }
        }
        String toelichting = Bronlezer.tekst(v.toelichting(), "toelichting", Bronlezer.MAX_TEKST, false, fouten);
        return gehuisvest == null ? null : new Eigentelling.Feiten(gehuisvest, oorzaken, toelichting);
    }

    private static Integer versie(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || !tekst.strip().matches("\\d{1,6}") || Integer.parseInt(tekst.strip()) < 1) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie die u wijzigt (een geheel getal vanaf 1)"));
            return null;
        }
        return Integer.parseInt(tekst.strip());
    }

    private Map<String, Object> alsMap(Eigentelling.Feiten feiten) {
        return new LinkedHashMap<>(json.convertValue(feiten, new TypeReference<Map<String, Object>>() { }));
    }

    private ApiException conflict(long id, Eigentelling huidig) {
        Eigentelling nu = opslag.lees(id).orElseThrow();
        String wat = nu.versies().get(0).verwijderd() ? "is intussen verwijderd"
                : "is intussen gewijzigd (nu versie " + nu.versie() + ")";
        return new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "De eigen telling van "
                + Weergave.dag(huidig.datum()) + " " + wat + "; bekijk haar opnieuw.", null);
    }
}
