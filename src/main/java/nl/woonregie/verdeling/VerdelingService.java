package nl.woonregie.verdeling;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.internal.HerindelingsbevolkingOpslag;
import nl.woonregie.verdeling.internal.Indeling;
import nl.woonregie.verdeling.internal.Verdeelformule;
import nl.woonregie.verdeling.internal.Verdelingsparameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the distribution of a half-year (art. 29 lid 1): vg × iG / iN per gemeente of the indeling on 1 January of
 * the half-year's year, with iG and iN the CBS population of 1 January of the year before (the dated parameters say
 * so), and for a gemeente changed by a herindeling in between the figure its province fixed or else the sum of its
 * parts (art. 30). Nothing is stored. The supervisors (TOEZICHTHOUDER), the State (RIJK) and the administrator
 * compute; every invalid field of a request is named.
 */
@Service
public class VerdelingService {

    /** The largest national number accepted (a guard against typos; the largest ever was some tens of thousands). */
    public static final long MAX_LANDELIJK = 1_000_000;

    private final GebiedService gebied;
    private final Verdelingsparameters parameters;
    private final HerindelingsbevolkingOpslag eigenCijfers;

    VerdelingService(GebiedService gebied, Verdelingsparameters parameters, HerindelingsbevolkingOpslag eigenCijfers) {
        this.gebied = gebied;
        this.parameters = parameters;
        this.eigenCijfers = eigenCijfers;
    }

    /** Who computes a distribution: TOEZICHTHOUDER (any province), RIJK, BEHEERDER; 403 otherwise. */
    public Gebruiker vereisBerekenen(Gebruiker g) {
        return Toegang.rol(g, Rol.TOEZICHTHOUDER, Rol.RIJK, Rol.BEHEERDER);
    }

    /**
     * A validated request: the half-year, the national number, the rounding (the period's parameter when none was
     * asked for; {@code afrondingGevraagd} when the one asked for differs from it) and the parameters' sources.
     */
    record Vraag(Periode periode, long landelijk, Afronding afronding, boolean afrondingGevraagd,
            nl.woonregie.platform.core.GedateerdeParameters.Waarde<Afronding> afrondingsparameter,
            nl.woonregie.platform.core.GedateerdeParameters.Waarde<Verdelingsparameters.Bevolking> bevolkingsparameter, Indeling indeling) {
    }

    /** The distribution and the sources of its inputs, as stored with it. */
    record Berekening(Verdeling verdeling, Vraag vraag) {
    }

    /** Computes the distribution (nothing stored): 403 for other roles, 400 naming every invalid field. */
    @Transactional(readOnly = true)
    public Verdeling bereken(Gebruiker g, String periode, String landelijk, String afronding) {
        vereisBerekenen(g);
        return berekening(periode, landelijk, afronding).verdeling();
    }

    /** The invalid fields of a request (empty when it can be computed), for a page's form. */
    @Transactional(readOnly = true)
    public List<InvalidParam> controleer(String periode, String landelijk, String afronding) {
        List<InvalidParam> fouten = new ArrayList<>();
        lees(periode, landelijk, afronding, fouten);
        return fouten;
    }

    Berekening berekening(String periode, String landelijk, String afronding) {
        List<InvalidParam> fouten = new ArrayList<>();
        Vraag vraag = lees(periode, landelijk, afronding, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De verdeling kan niet worden berekend.", fouten);
        }
        Indeling indeling = vraag.indeling();
        Map<String, VastgesteldInwonertal> vastgesteld = eigenCijfers.huidige(indeling.peildatum());
        List<Verdeling.Gemeente> gemeenten = new ArrayList<>(indeling.gemeenten().size());
        long som = 0;
        for (Gemeente g : indeling.gemeenten()) {
            Indeling.Wijziging w = indeling.wijzigingen().get(g.code());
            long inwoners;
            Inwonersbron bron;
            String kenmerk = null;
            if (w == null) {
                inwoners = indeling.cbs().get(g.code());
                bron = Inwonersbron.CBS;
            } else if (vastgesteld.containsKey(g.code())) {
                inwoners = vastgesteld.get(g.code()).inwoners();
                bron = Inwonersbron.PROVINCIE;
                kenmerk = vastgesteld.get(g.code()).kenmerk();
            } else {
                inwoners = w.somVanDelen().orElseThrow(); // a split without a figure was refused in lees
                bron = Inwonersbron.SOM_VAN_DELEN;
            }
            long taakstelling = Verdeelformule.aandeel(vraag.landelijk(), inwoners, indeling.inwonersNederland(),
                    vraag.afronding());
            som += taakstelling;
            gemeenten.add(new Verdeling.Gemeente(g.code(), g.naam(), Provincieverwijzing.van(g.provincie()), inwoners, taakstelling, bron,
                    kenmerk));
        }
        return new Berekening(new Verdeling(vraag.periode().code(), indeling.peildatum(), vraag.landelijk(),
                vraag.afronding(), som, indeling.inwonersNederland(), List.copyOf(gemeenten)), vraag);
    }

    /** Reads and checks a request, collecting every invalid field; null when one is invalid. */
    private Vraag lees(String periodeTekst, String landelijkTekst, String afrondingTekst, List<InvalidParam> fouten) {
        Long landelijk = landelijk(landelijkTekst, fouten);
        Afronding gevraagd = null;
        if (afrondingTekst != null && !afrondingTekst.isBlank()) {
            try {
                gevraagd = Afronding.valueOf(afrondingTekst.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam("afronding", "moet OMHOOG (naar boven, de wet) of HALF_OMHOOG (gewoon "
                        + "afronden) zijn"));
            }
        }
        Periode periode = null;
        nl.woonregie.platform.core.GedateerdeParameters.Waarde<Afronding> afronding = null;
        nl.woonregie.platform.core.GedateerdeParameters.Waarde<Verdelingsparameters.Bevolking> bevolking = null;
        Indeling indeling = null;
        if (periodeTekst == null || periodeTekst.isBlank()) {
            fouten.add(new InvalidParam("periode", "verplicht: een halfjaar zoals 2024-I of 2024-II"));
        } else {
            periode = Periode.parse(periodeTekst.strip().toUpperCase(Locale.ROOT)).orElse(null);
            if (periode == null) {
                fouten.add(new InvalidParam("periode", "moet een halfjaar zijn zoals 2024-I of 2024-II"));
            }
        }
        if (periode != null) {
            afronding = parameters.afronding(periode).orElse(null);
            bevolking = parameters.bevolking(periode).orElse(null);
            LocalDate indelingsdatum = LocalDate.of(periode.jaar(), 1, 1);
            if (afronding == null || bevolking == null) {
                fouten.add(new InvalidParam("periode", "de verdeling van de Huisvestingswet 2014 geldt vanaf 2015-I"));
            } else if (indelingsdatum.isBefore(GebiedService.GEMEENTEN_BEKEND_VANAF)) {
                fouten.add(new InvalidParam("periode", "de gemeentelijke indeling op " + Weergave.dag(indelingsdatum)
                        + " is in Woonregie niet bekend; de verdeling kan vanaf "
                        + Periode.van(GebiedService.GEMEENTEN_BEKEND_VANAF).code()));
            } else {
                LocalDate peildatum = bevolking.waarde().peildatum(periode);
                if (gebied.inwonersOp(peildatum).isEmpty()) {
                    fouten.add(new InvalidParam("periode", "de bevolking op " + Weergave.dag(peildatum)
                            + " ontbreekt: een beheerder kan het CBS-bestand van "
                            + peildatum.getYear() + " importeren (Beheer, Bevolkingscijfers)"));
                } else {
                    indeling = Indeling.bepaal(gebied, peildatum, indelingsdatum);
                    Map<String, VastgesteldInwonertal> vastgesteld = eigenCijfers.huidige(peildatum);
                    List<String> zonderCijfer = indeling.wijzigingen().values().stream()
                            .filter(w -> w.splitsing() && !vastgesteld.containsKey(w.gemeente().code()))
                            .map(w -> w.gemeente().naam() + " (" + w.gemeente().code() + ", "
                                    + w.gemeente().provincie().naam() + ")").toList();
                    if (!zonderCijfer.isEmpty()) {
                        fouten.add(new InvalidParam("periode", "na de splitsing van een gemeente stellen Gedeputeerde "
                                + "Staten het aantal inwoners vast (Huisvestingswet 2014, artikel 30); dat ontbreekt nog "
                                + "voor " + String.join(", ", zonderCijfer) + " op " + Weergave.dag(peildatum)));
                    }
                }
            }
        }
        if (!fouten.isEmpty()) {
            return null;
        }
        Afronding gebruikt = gevraagd != null ? gevraagd : afronding.waarde();
        return new Vraag(periode, landelijk, gebruikt, gebruikt != afronding.waarde(), afronding, bevolking, indeling);
    }

    /** The national number as typed or sent: a whole number from 0 to {@link #MAX_LANDELIJK}. */
    private static Long landelijk(String tekst, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("landelijk", "verplicht: het landelijke aantal vergunninghouders van het "
                    + "halfjaar (Staatscourant)"));
            return null;
        }
        BigInteger getal;
        try {
            getal = new BigInteger(tekst.strip());
        } catch (NumberFormatException e) {
            fouten.add(new InvalidParam("landelijk", "moet een geheel getal zijn"));
            return null;
        }
        if (getal.signum() < 0) {
            fouten.add(new InvalidParam("landelijk", "mag niet negatief zijn"));
            return null;
        }
        if (getal.compareTo(BigInteger.valueOf(MAX_LANDELIJK)) > 0) {
            fouten.add(new InvalidParam("landelijk", "hoogstens " + Weergave.telling(MAX_LANDELIJK, "", "").strip()));
            return null;
        }
        return getal.longValueExact();
    }

    /** The indeling and population of a half-year's distribution, when it can be computed. */
    Optional<Indeling> indeling(Periode periode) {
        Optional<nl.woonregie.platform.core.GedateerdeParameters.Waarde<Verdelingsparameters.Bevolking>> bevolking =
                parameters.bevolking(periode);
        LocalDate indelingsdatum = LocalDate.of(periode.jaar(), 1, 1);
        if (bevolking.isEmpty() || indelingsdatum.isBefore(GebiedService.GEMEENTEN_BEKEND_VANAF)) {
            return Optional.empty();
        }
        LocalDate peildatum = bevolking.get().waarde().peildatum(periode);
        return gebied.inwonersOp(peildatum).isEmpty() ? Optional.empty()
                : Optional.of(Indeling.bepaal(gebied, peildatum, indelingsdatum));
    }

    /** The peildatum of the population of a half-year's distribution, by the parameters (empty before them). */
    public Optional<LocalDate> peildatumBevolking(Periode periode) {
        return parameters.bevolking(periode).map(b -> b.waarde().peildatum(periode));
    }
}
