package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.internal.HerindelingsbevolkingOpslag;
import nl.woonregie.verdeling.internal.Indeling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 30: the gemeenten of a province changed by a herindeling between the population's peildatum and a half-year,
 * with their constituent parts and the default (the sum of the parts), and the figure Gedeputeerde Staten fix for such
 * a gemeente with the reference of their decision, which the distribution then uses. The province's supervisors
 * (TOEZICHTHOUDER) and the administrator record; they and the State (RIJK) read.
 */
@Service
public class Herindelingsbevolking {

    public static final int MAX_KENMERK = 200;
    /** A guard against typos: more than any gemeente has. */
    public static final long MAX_INWONERS = 2_000_000;

    private final GebiedService gebied;
    private final Toegang toegang;
    private final VerdelingService verdeling;
    private final HerindelingsbevolkingOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;

    Herindelingsbevolking(GebiedService gebied, Toegang toegang, VerdelingService verdeling,
            HerindelingsbevolkingOpslag opslag, ApplicationEventPublisher gebeurtenissen) {
        this.gebied = gebied;
        this.toegang = toegang;
        this.verdeling = verdeling;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Reading a province's herindelingen: its TOEZICHTHOUDER, RIJK, BEHEERDER (404 for an unknown province). */
    public Gebruiker vereisLezen(Gebruiker g, String provincie) {
        bestaat(provincie);
        if (g.heeft(Rol.RIJK)) {
            return g;
        }
        return toegang.provincieToezien(g, provincie);
    }

    /** Recording a figure: the province's TOEZICHTHOUDER and BEHEERDER (404 for an unknown province). */
    public Gebruiker vereisVastleggen(Gebruiker g, String provincie) {
        bestaat(provincie);
        return toegang.provincieToezien(g, provincie);
    }

    /** Whether this account may record figures for the province (for a page's form, no exception). */
    public static boolean magVastleggen(Gebruiker g, String provincie) {
        return Toegang.magProvincieToezien(g, provincie);
    }

    /**
     * The changed gemeenten of the province for a half-year's distribution; 400 naming {@code periode} when the
     * half-year cannot be distributed (its population is missing, or it lies before the known indeling).
     */
    @Transactional(readOnly = true)
    public Herindelingsoverzicht overzicht(Gebruiker g, String provincie, String periodeTekst) {
        vereisLezen(g, provincie);
        List<InvalidParam> fouten = new ArrayList<>();
        Periode periode = periode(periodeTekst, fouten);
        Indeling indeling = periode == null ? null : indeling(periode, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De herindelingen kunnen niet worden getoond.", fouten);
        }
        Map<String, VastgesteldInwonertal> vastgesteld = opslag.huidige(indeling.peildatum());
        List<Herindelingsgemeente> gemeenten = indeling.wijzigingen().values().stream()
                .filter(w -> w.gemeente().provincie().code().equals(provincie))
                .map(w -> gemeente(w, vastgesteld.get(w.gemeente().code())))
                .toList();
        return new Herindelingsoverzicht(provincie, periode.code(), indeling.peildatum(), indeling.indelingsdatum(),
                gemeenten);
    }

    /**
     * Records the population Gedeputeerde Staten fixed for a changed gemeente of the province, for the population's
     * peildatum of the half-year (so for both half-years of that year): 400 naming every invalid field (a gemeente
     * that is not changed in that half-year, or not of the province, included).
     */
    @Transactional
    public Herindelingsgemeente vastleggen(Gebruiker g, String provincie, String periodeTekst, String gemeente,
            String inwonersTekst, String kenmerk, String besluitdatumTekst, String client) {
        vereisVastleggen(g, provincie);
        List<InvalidParam> fouten = new ArrayList<>();
        Periode periode = periode(periodeTekst, fouten);
        Indeling indeling = periode == null ? null : indeling(periode, fouten);
        String code = gemeente == null ? "" : gemeente.strip().toUpperCase(Locale.ROOT);
        Indeling.Wijziging wijziging = null;
        if (code.isEmpty()) {
            fouten.add(new InvalidParam("gemeente", "verplicht: de CBS-code van de gemeente, zoals GM1992"));
        } else if (indeling != null) {
            wijziging = indeling.wijzigingen().get(code);
            if (wijziging == null) {
                fouten.add(new InvalidParam("gemeente", gebied.naam(code) + " (" + code + ") is niet door een "
                        + "herindeling tussen " + Weergave.dag(indeling.peildatum()) + " en "
                        + Weergave.dag(indeling.indelingsdatum()) + " veranderd; de verdeling van " + periode.code()
                        + " rekent met het CBS-cijfer"));
            } else if (!wijziging.gemeente().provincie().code().equals(provincie)) {
                fouten.add(new InvalidParam("gemeente", wijziging.gemeente().naam() + " hoort niet bij deze provincie"));
            }
        }
        Long inwoners = null;
        if (inwonersTekst == null || inwonersTekst.isBlank()) {
            fouten.add(new InvalidParam("inwoners", "verplicht"));
        } else {
            try {
                inwoners = Long.parseLong(inwonersTekst.strip());
                if (inwoners < 0 || inwoners > MAX_INWONERS) {
                    fouten.add(new InvalidParam("inwoners", "moet een geheel getal van 0 tot en met "
                            + Weergave.telling(MAX_INWONERS, "", "").strip() + " zijn"));
                }
            } catch (NumberFormatException e) {
                fouten.add(new InvalidParam("inwoners", "moet een geheel getal zijn"));
            }
        }
        String schoonKenmerk = kenmerk == null ? "" : kenmerk.strip();
        if (schoonKenmerk.isEmpty()) {
            fouten.add(new InvalidParam("kenmerk", "verplicht: het kenmerk van het besluit van Gedeputeerde Staten"));
        } else if (schoonKenmerk.length() > MAX_KENMERK) {
            fouten.add(new InvalidParam("kenmerk", "hoogstens " + MAX_KENMERK + " tekens"));
        }
        LocalDate besluitdatum = null;
        if (besluitdatumTekst != null && !besluitdatumTekst.isBlank()) {
            try {
                besluitdatum = IsoDatum.parse(besluitdatumTekst.strip());
                if (besluitdatum.isAfter(gebied.vandaag())) {
                    fouten.add(new InvalidParam("besluitdatum", "ligt in de toekomst"));
                }
            } catch (DateTimeParseException e) {
                fouten.add(new InvalidParam("besluitdatum", "moet een datum zijn (JJJJ-MM-DD)"));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het inwonertal is niet vastgelegd.", fouten);
        }
        Optional<VastgesteldInwonertal> vorige = opslag.vastleggen(code, indeling.peildatum(), inwoners, schoonKenmerk,
                besluitdatum, g.actor());
        gebeurtenissen.publishEvent(new VerdelingGebeurtenis.HerindelingsbevolkingVastgesteld(code,
                indeling.peildatum(), inwoners, schoonKenmerk, besluitdatum, vorige.orElse(null),
                new Actor(g.actor(), client)));
        return gemeente(wijziging, opslag.huidige(indeling.peildatum()).get(code));
    }

    private static Herindelingsgemeente gemeente(Indeling.Wijziging w, VastgesteldInwonertal vastgesteld) {
        Long som = w.somVanDelen().orElse(null);
        Long gebruikt = vastgesteld != null ? Long.valueOf(vastgesteld.inwoners()) : som;
        Inwonersbron bron = vastgesteld != null ? Inwonersbron.PROVINCIE : som != null ? Inwonersbron.SOM_VAN_DELEN : null;
        return new Herindelingsgemeente(w.gemeente().code(), w.gemeente().naam(),
                Provincieverwijzing.van(w.gemeente().provincie()), w.delen(),
                som, vastgesteld, gebruikt, bron);
    }

    private void bestaat(String provincie) {
        if (provincie == null || gebied.provincie(provincie).isEmpty()) {
            throw ApiException.notFound("Provincie " + provincie + " bestaat niet.");
        }
    }

    private static Periode periode(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("periode", "verplicht: een halfjaar zoals 2023-I"));
            return null;
        }
        Optional<Periode> p = Periode.parse(tekst.strip().toUpperCase(Locale.ROOT));
        if (p.isEmpty()) {
            fouten.add(new InvalidParam("periode", "moet een halfjaar zijn zoals 2023-I of 2023-II"));
        }
        return p.orElse(null);
    }

    private Indeling indeling(Periode periode, List<InvalidParam> fouten) {
        Optional<Indeling> indeling = verdeling.indeling(periode);
        if (indeling.isEmpty()) {
            fouten.add(new InvalidParam("periode", verdeling.peildatumBevolking(periode)
                    .map(d -> "de gemeentelijke indeling van " + periode.code() + " of de bevolking op "
                            + Weergave.dag(d) + " is in Woonregie niet bekend")
                    .orElse("de verdeling van de Huisvestingswet 2014 geldt vanaf 2015-I")));
            return null;
        }
        return indeling.get();
    }
}
