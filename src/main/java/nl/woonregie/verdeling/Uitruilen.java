package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.cijfers.CoaCorrecties;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.internal.AfsprakenOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges (uitruil) of vergunninghouders between two gemeenten under an administrative agreement, recorded by the
 * province for an ended half-year: the persons count for the receiving gemeente and reduce the other's realisation.
 * Stored as a correction of COA's final figure of both gemeenten through toezicht ({@link CoaCorrecties}: versioned,
 * the agreement in the reason, audited), so the judgment still rests on COA's — corrected — figures and both
 * gemeenten's history shows it; the exchange itself is kept here with both figures before and after. Recorded by a
 * BEHEERDER, or by a TOEZICHTHOUDER that supervises both gemeenten's provinces; read by them and by both gemeenten.
 * {@link #vastgelegd} is the read side for the forecast of supply (module {@code aanbod}): a recorded exchange is
 * housed and not planned supply.
 */
@Service
public class Uitruilen {

    /** A request as typed: the half-year, the gemeente that gives and the one that receives, how many persons. */
    public record Verzoek(String periode, String vanGemeente, String naarGemeente, String aantal, String kenmerk,
            String besluitdatum, String toelichting) {
    }

    private final CoaCorrecties correcties;
    private final AfsprakenOpslag opslag;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Uitruilen(CoaCorrecties correcties, AfsprakenOpslag opslag, GebiedService gebied, Toegang toegang,
            ApplicationEventPublisher gebeurtenissen) {
        this.correcties = correcties;
        this.opslag = opslag;
        this.gebied = gebied;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Recording exchanges: BEHEERDER and TOEZICHTHOUDER (which gemeenten: checked per request). */
    public Gebruiker vereisVastleggen(Gebruiker g) {
        return Toegang.rol(g, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /**
     * Records the exchange and corrects both final figures; 400 naming every invalid field (also a period that has
     * not ended, a gemeente without COA's figure to correct, or one that would fall below zero), 403 for a gemeente
     * outside the supervisor's provinces.
     */
    @Transactional
    public Uitruil vastleggen(Gebruiker g, Verzoek v, String client) {
        vereisVastleggen(g);
        List<InvalidParam> fouten = new ArrayList<>();
        Periode periode = Afspraakvelden.periode(v.periode(), fouten);
        String van = gemeente(v.vanGemeente(), "vanGemeente", periode, fouten);
        String naar = gemeente(v.naarGemeente(), "naarGemeente", periode, fouten);
        if (van != null && van.equals(naar)) {
            fouten.add(new InvalidParam("naarGemeente", "een andere gemeente dan vanGemeente"));
            naar = null;
        }
        Long aantal = Afspraakvelden.geheel(v.aantal(), "aantal", 1, 10_000, fouten);
        String kenmerk = Afspraakvelden.kenmerk(v.kenmerk(), fouten);
        LocalDate besluitdatum = Afspraakvelden.besluitdatum(v.besluitdatum(), gebied.vandaag(), fouten);
        String toelichting = Afspraakvelden.toelichting(v.toelichting(), fouten);
        for (String code : new String[] {van, naar}) {
            if (code != null) {
                vereisGemeente(g, code);
            }
        }
        List<CoaCorrecties.Verschuiving> verschuivingen = van == null || naar == null || periode == null
                || aantal == null ? List.of() : List.of(new CoaCorrecties.Verschuiving(van, -aantal, "vanGemeente"),
                        new CoaCorrecties.Verschuiving(naar, aantal, "naarGemeente"));
        if (!verschuivingen.isEmpty()) {
            fouten.addAll(correcties.controleer(periode, verschuivingen));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De uitruil is niet vastgelegd.", fouten);
        }
        String reden = "Uitruil " + periode + ": " + Weergave.telling(aantal, "vergunninghouder", "vergunninghouders")
                + " van " + gebied.naam(van) + " telt voor " + gebied.naam(naar) + ", bestuurlijke afspraak "
                + kenmerk + " van " + Weergave.dag(besluitdatum) + (toelichting == null ? "" : ": " + toelichting);
        List<CoaCorrecties.Correctie> gedaan = correcties.corrigeer(periode, verschuivingen, reden, g, client);
        CoaCorrecties.Correctie c1 = gedaan.get(0);
        CoaCorrecties.Correctie c2 = gedaan.get(1);
        long id = opslag.schrijf(new AfsprakenOpslag.NieuweUitruil(periode.code(), van, naar, Math.toIntExact(aantal),
                kenmerk, besluitdatum, toelichting, c1.voor(), c1.na(), c2.voor(), c2.na(), g.actor()));
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("periode", periode.code());
        waarden.put("van", van);
        waarden.put("naar", naar);
        waarden.put("aantal", aantal);
        waarden.put("kenmerk", kenmerk);
        waarden.put("besluitdatum", besluitdatum.toString());
        waarden.put("toelichting", toelichting);
        waarden.put("vanVoor", c1.voor());
        waarden.put("vanNa", c1.na());
        waarden.put("naarVoor", c2.voor());
        waarden.put("naarNa", c2.na());
        gebeurtenissen.publishEvent(new VerdelingGebeurtenis.UitruilVastgelegd(id, periode.code(), waarden,
                new Actor(g.actor(), client)));
        return opslag.uitruil(id, gebied::naam).orElseThrow();
    }

    /** One exchange: 404 when there is none, 403 for an account that may read neither gemeente. */
    @Transactional(readOnly = true)
    public Uitruil lees(Gebruiker g, long id) {
        Uitruil u = opslag.uitruil(id, gebied::naam).orElseThrow(() -> ApiException.notFound("Uitruil " + id
                + " bestaat niet."));
        if (!magLezen(g, u)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot uitruil " + id + ".",
                    null);
        }
        return u;
    }

    /** BEHEERDER, the supervisor of either gemeente, either gemeente. */
    public boolean magLezen(Gebruiker g, Uitruil u) {
        return magGemeenteLezen(g, u.van().code()) || magGemeenteLezen(g, u.naar().code());
    }

    /** BEHEERDER, or a supervisor of both gemeenten (for a document's rights). */
    public boolean magWijzigen(Gebruiker g, Uitruil u) {
        return g.heeft(Rol.BEHEERDER) || (magToezien(g, u.van().code()) && magToezien(g, u.naar().code()));
    }

    /** The exchanges a gemeente gave or received (BEHEERDER, its TOEZICHTHOUDER, itself), the newest first. */
    @Transactional(readOnly = true)
    public List<Uitruil> vanGemeente(Gebruiker g, String gemeente) {
        toegang.toezichtLezen(g, gemeente);
        return opslag.uitruilenVan(gemeente, gebied::naam);
    }

    /** The exchanges the account supervises: every one (BEHEERDER) or those with a gemeente of its provinces. */
    @Transactional(readOnly = true)
    public List<Uitruil> lijst(Gebruiker g) {
        vereisVastleggen(g);
        return opslag.uitruilenVan((Collection<String>) null, gebied::naam).stream().filter(u -> magLezen(g, u))
                .toList();
    }

    /**
     * The exchanges recorded for a half-year, for the forecast of supply (module {@code aanbod}, read-only; no
     * account): they are housed and counted in COA's corrected figures, so a forecast must not count them as planned
     * supply again.
     */
    @Transactional(readOnly = true)
    public List<Uitruil> vastgelegd(Periode periode) {
        return opslag.uitruilenIn(periode.code(), gebied::naam);
    }

    private String gemeente(String tekst, String veld, Periode periode, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam(veld, "verplicht: een CBS-code zoals GM0518"));
            return null;
        }
        String code = tekst.strip().toUpperCase(Locale.ROOT);
        Optional<Gemeente> gm = gebied.gemeente(code);
        if (gm.isEmpty()) {
            fouten.add(new InvalidParam(veld, "'" + Afspraakvelden.kort(code) + "' is geen bekende gemeentecode "
                    + "(CBS-code zoals GM0518)"));
            return null;
        }
        if (periode != null && !Afspraakvelden.bestondIn(gm.get(), periode)) {
            fouten.add(new InvalidParam(veld, gm.get().naam() + " bestond niet in " + periode));
            return null;
        }
        return code;
    }

    private boolean magToezien(Gebruiker g, String gemeente) {
        return g.provincies(Rol.TOEZICHTHOUDER).contains(gebied.provincieVan(gemeente).orElse(null));
    }

    private boolean magGemeenteLezen(Gebruiker g, String gemeente) {
        return g.heeft(Rol.BEHEERDER) || magToezien(g, gemeente) || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
    }

    private void vereisGemeente(Gebruiker g, String gemeente) {
        if (!g.heeft(Rol.BEHEERDER) && !magToezien(g, gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U houdt geen toezicht op "
                    + gebied.naam(gemeente) + "; een uitruil met een gemeente van een andere provincie legt een "
                    + "beheerder vast, of een toezichthouder van beide provincies.", null);
        }
    }
}
