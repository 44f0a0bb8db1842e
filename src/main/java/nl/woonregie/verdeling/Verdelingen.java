package nl.woonregie.verdeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.cijfers.CijferImport;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.cijfers.ImportResultaat;
import nl.woonregie.toezicht.cijfers.ImportSoort;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.internal.VerdelingOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A computed distribution against the taakstellingen stored for its period, and storing it as those taakstellingen
 * through toezicht's import ({@link CijferImport}: all or nothing, every changed value a new version, audited), with
 * its inputs. A stored taakstelling that differs is never replaced silently: storing is refused (409, every difference
 * named) unless the request says to replace them. Of every gemeente (BEHEERDER) or of one province's
 * (its TOEZICHTHOUDER); the State (RIJK) compares every gemeente but stores nothing.
 */
@Service
public class Verdelingen {

    /** The longest reason given with a stored distribution (the import's own text is added to it). */
    public static final int MAX_REDEN = 1500;

    private final VerdelingService verdeling;
    private final CijferImport importer;
    private final CijferStanden standen;
    private final VerdelingOpslag opslag;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Verdelingen(VerdelingService verdeling, CijferImport importer, CijferStanden standen, VerdelingOpslag opslag,
            GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.verdeling = verdeling;
        this.importer = importer;
        this.standen = standen;
        this.opslag = opslag;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Comparing and reading stored distributions: TOEZICHTHOUDER, RIJK, BEHEERDER. */
    public Gebruiker vereisLezen(Gebruiker g) {
        return Toegang.rol(g, Rol.TOEZICHTHOUDER, Rol.RIJK, Rol.BEHEERDER);
    }

    /** Storing a distribution: BEHEERDER (every gemeente) and TOEZICHTHOUDER (its province's). */
    public Gebruiker vereisVastleggen(Gebruiker g) {
        return Toegang.rol(g, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /** Whether this account may store distributions (for a page's button, no exception). */
    public static boolean magVastleggen(Gebruiker g) {
        return g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /**
     * The distribution beside the stored taakstellingen of its period, per gemeente of {@code provincie} (every
     * gemeente when empty, for BEHEERDER and RIJK; a TOEZICHTHOUDER compares its own province's, and may leave it out
     * when it supervises one province). Nothing is stored.
     */
    @Transactional(readOnly = true)
    public Vergelijking vergelijk(Gebruiker g, String periode, String landelijk, String afronding, String provincie) {
        vereisLezen(g);
        List<InvalidParam> fouten = new ArrayList<>(verdeling.controleer(periode, landelijk, afronding));
        String scope = scope(g, provincie, fouten, false);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De verdeling kan niet worden vergeleken.", fouten);
        }
        return vergelijking(verdeling.berekening(periode, landelijk, afronding).verdeling(), scope);
    }

    /**
     * Stores the distribution as the taakstellingen of its period, for the gemeenten of {@code provincie} (as
     * {@link #vergelijk}; RIJK may not). When a stored taakstelling differs and {@code vervangen} is false, nothing is
     * stored: 409 with every difference as {@code bevindingen}. Answers the stored distribution with its inputs.
     */
    @Transactional
    public VastgelegdeVerdeling vastleggen(Gebruiker g, String periode, String landelijk, String afronding,
            String provincie, String reden, boolean vervangen, String client) {
        vereisVastleggen(g);
        List<InvalidParam> fouten = new ArrayList<>(verdeling.controleer(periode, landelijk, afronding));
        String scope = scope(g, provincie, fouten, true);
        String schoneReden = reden == null || reden.isBlank() ? null : reden.strip();
        if (schoneReden != null && schoneReden.length() > MAX_REDEN) {
            fouten.add(new InvalidParam("reden", "hoogstens " + MAX_REDEN + " tekens"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De verdeling is niet vastgelegd.", fouten);
        }
        VerdelingService.Berekening berekening = verdeling.berekening(periode, landelijk, afronding);
        Verdeling v = berekening.verdeling();
        Vergelijking vergelijking = vergelijking(v, scope);
        List<Vergelijking.Regel> verschillen = vergelijking.gemeenten().stream().filter(Vergelijking.Regel::afwijkend)
                .toList();
        if (!verschillen.isEmpty() && !vervangen) {
            throw new ApiException(HttpStatus.CONFLICT, "Andere taakstellingen opgeslagen",
                    Weergave.telling(verschillen.size(), "gemeente heeft", "gemeenten hebben") + " voor " + v.periode()
                            + " al een andere taakstelling; er is niets opgeslagen. Vergelijk ze, en leg de verdeling "
                            + "vast met vervangen (vervangen: true) om ze als nieuwe versie op te slaan.",
                    List.of()).metBevindingen(verschillen);
        }
        Map<String, Vergelijking.Regel> perGemeente = new LinkedHashMap<>();
        vergelijking.gemeenten().forEach(r -> perGemeente.put(r.code(), r));
        List<VerdelingOpslag.Rij> rijen = new ArrayList<>();
        StringBuilder csv = new StringBuilder("gemeente;periode;taakstelling\n");
        for (Verdeling.Gemeente gm : v.gemeenten()) {
            Vergelijking.Regel r = perGemeente.get(gm.code());
            if (r == null) {
                continue;
            }
            rijen.add(new VerdelingOpslag.Rij(gm.code(), gm.inwoners(), gm.inwonersBron(), gm.kenmerk(),
                    gm.taakstelling(), r.opgeslagen()));
            csv.append(gm.code()).append(';').append(v.periode()).append(';').append(gm.taakstelling()).append('\n');
        }
        VerdelingService.Vraag vraag = berekening.vraag();
        long id = opslag.schrijf(new VerdelingOpslag.Invoer(v.periode(), v.landelijk(), v.afronding(),
                vraag.afrondingGevraagd(), vraag.afrondingsparameter().bron(), v.peildatumBevolking(),
                vraag.bevolkingsparameter().waarde().instantie(), vraag.bevolkingsparameter().bron(),
                v.inwonersNederland(), vergelijking.somBerekend(), scope, schoneReden, g.actor()), rijen);
        String importReden = "Verdeling " + v.periode() + " volgens artikel 29 Huisvestingswet 2014 (landelijk "
                + Weergave.telling(v.landelijk(), "", "").strip() + ", " + nl.woonregie.platform.web.Labels.inZin(v.afronding())
                + "; vastgelegde verdeling " + id + ")" + (schoneReden == null ? "" : ": " + schoneReden);
        ImportResultaat resultaat = importer.importeerCsv(ImportSoort.TAAKSTELLING, csv.toString(),
                "verdeling-" + id + "-" + v.periode() + ".csv", importReden, g, client);
        opslag.importGedaan(id, resultaat.importId(), resultaat.nieuw(), resultaat.gewijzigd(),
                resultaat.ongewijzigd());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("periode", v.periode());
        waarden.put("landelijk", v.landelijk());
        waarden.put("afronding", v.afronding().name());
        waarden.put("peildatumBevolking", v.peildatumBevolking().toString());
        waarden.put("inwonersNederland", v.inwonersNederland());
        waarden.put("provincie", scope);
        waarden.put("aantalGemeenten", rijen.size());
        waarden.put("som", vergelijking.somBerekend());
        waarden.put("import", resultaat.importId());
        waarden.put("nieuw", resultaat.nieuw());
        waarden.put("gewijzigd", resultaat.gewijzigd());
        waarden.put("ongewijzigd", resultaat.ongewijzigd());
        waarden.put("reden", schoneReden);
        gebeurtenissen.publishEvent(new VerdelingGebeurtenis.VerdelingVastgelegd(id, v.periode(),
                resultaat.importId(), waarden, new Actor(g.actor(), client)));
        return opslag.lees(id, gebied::naam).orElseThrow();
    }

    /** The stored distributions, the newest first (of one period when given); without their gemeenten. */
    @Transactional(readOnly = true)
    public List<VastgelegdeVerdeling> lijst(Gebruiker g, String periode) {
        vereisLezen(g);
        String p = null;
        if (periode != null && !periode.isBlank()) {
            p = Periode.parse(periode.strip().toUpperCase(Locale.ROOT)).map(Periode::code).orElseThrow(() ->
                    ApiException.invalid("Ongeldige periode.", List.of(new InvalidParam("periode",
                            "moet een halfjaar zijn zoals 2024-I of 2024-II"))));
        }
        return opslag.lijst(p);
    }

    /** One stored distribution with its gemeenten and inputs (404 when there is none). */
    @Transactional(readOnly = true)
    public VastgelegdeVerdeling lees(Gebruiker g, long id) {
        vereisLezen(g);
        return opslag.lees(id, gebied::naam).orElseThrow(() -> ApiException.notFound("Vastgelegde verdeling " + id
                + " bestaat niet."));
    }

    private Vergelijking vergelijking(Verdeling v, String provincie) {
        List<Verdeling.Gemeente> gemeenten = v.gemeenten().stream()
                .filter(gm -> provincie == null || gm.provincie().code().equals(provincie)).toList();
        Map<String, GemeenteCijfers> cijfers = standen.lees(gemeenten.stream().map(Verdeling.Gemeente::code).toList());
        Periode periode = Periode.of(v.periode());
        List<Vergelijking.Regel> regels = new ArrayList<>(gemeenten.size());
        long somBerekend = 0;
        long somOpgeslagen = 0;
        int gelijk = 0;
        int verschillend = 0;
        int zonder = 0;
        for (Verdeling.Gemeente gm : gemeenten) {
            GemeenteCijfers c = cijfers.get(gm.code());
            GemeenteCijfers.Taakstelling t = c == null ? null : c.taakstellingen().get(periode);
            Long opgeslagen = t == null ? null : t.taakstelling();
            Long verschil = opgeslagen == null ? null : gm.taakstelling() - opgeslagen;
            somBerekend += gm.taakstelling();
            if (opgeslagen == null) {
                zonder++;
            } else {
                somOpgeslagen += opgeslagen;
                if (verschil == 0) {
                    gelijk++;
                } else {
                    verschillend++;
                }
            }
            regels.add(new Vergelijking.Regel(gm.code(), gm.naam(), gm.provincie(), gm.taakstelling(), opgeslagen,
                    verschil));
        }
        return new Vergelijking(v.periode(), v.peildatumBevolking(), v.landelijk(), v.afronding(), provincie,
                somBerekend, somOpgeslagen, gelijk, verschillend, zonder, List.copyOf(regels));
    }

    /**
     * Which gemeenten a request concerns: null for every gemeente (BEHEERDER, and RIJK when not storing), or a
     * province. A TOEZICHTHOUDER names one of its provinces (or none when it has one); another is a 403.
     */
    private String scope(Gebruiker g, String provincie, List<InvalidParam> fouten, boolean vastleggen) {
        boolean landelijk = g.heeft(Rol.BEHEERDER) || (!vastleggen && g.heeft(Rol.RIJK));
        Set<String> eigen = g.provincies(Rol.TOEZICHTHOUDER);
        if (provincie == null || provincie.isBlank()) {
            if (landelijk) {
                return null;
            }
            if (eigen.size() == 1) {
                return eigen.iterator().next();
            }
            fouten.add(new InvalidParam("provincie", "verplicht: de provincie waarvan u de gemeenten "
                    + (vastleggen ? "vastlegt" : "vergelijkt")));
            return null;
        }
        String code = provincie.strip().toUpperCase(Locale.ROOT);
        if (gebied.provincie(code).isEmpty()) {
            fouten.add(new InvalidParam("provincie", "onbekende provincie; een code zoals PV28"));
            return null;
        }
        if (!landelijk && !eigen.contains(code)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U houdt geen toezicht op provincie "
                    + gebied.provincie(code).get().naam() + ".", null);
        }
        return code;
    }
}
