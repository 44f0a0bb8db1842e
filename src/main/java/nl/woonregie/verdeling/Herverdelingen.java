package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import nl.woonregie.toezicht.cijfers.CijferImport;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.cijfers.ImportResultaat;
import nl.woonregie.toezicht.cijfers.ImportSoort;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.internal.AfsprakenOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements between gemeenten that move taakstelling between them for a half-year (Huisvestingswet 2014, art. 29
 * lid 2: "mits de som van de taakstellingen gelijk blijft"). The new taakstellingen are stored through toezicht's
 * import ({@link CijferImport}: every changed value a new version whose reason names the agreement, audited), so every
 * judgment of the half-year uses them; the agreement itself (the joint decision, and per gemeente before and after) is
 * kept here and read by the letters. A sum that changes is refused, naming both sums. Recorded by a BEHEERDER, or by a
 * TOEZICHTHOUDER when every gemeente lies in a province it supervises (an agreement across provinces: BEHEERDER, or a
 * supervisor of each); read by them and by the gemeenten of the agreement.
 */
@Service
public class Herverdelingen {

    public static final int MAX_KENMERK = 200;
    public static final int MAX_TOELICHTING = 1500;
    public static final int MAX_GEMEENTEN = 400;

    /** A request: the joint decision and per gemeente its new taakstelling, as typed (the service reads them). */
    public record Verzoek(String periode, String kenmerk, String besluitdatum, String toelichting,
            List<Deel> gemeenten) {
    }

    /** A gemeente and its taakstelling after the agreement. */
    public record Deel(String gemeente, String taakstelling) {
    }

    private final CijferImport importer;
    private final CijferStanden standen;
    private final AfsprakenOpslag opslag;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Herverdelingen(CijferImport importer, CijferStanden standen, AfsprakenOpslag opslag, GebiedService gebied,
            Toegang toegang, ApplicationEventPublisher gebeurtenissen) {
        this.importer = importer;
        this.standen = standen;
        this.opslag = opslag;
        this.gebied = gebied;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Recording agreements: BEHEERDER and TOEZICHTHOUDER (which gemeenten: checked per request). */
    public Gebruiker vereisVastleggen(Gebruiker g) {
        return Toegang.rol(g, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /** Whether this account may record agreements (for a page's form, no exception). */
    public static boolean magVastleggen(Gebruiker g) {
        return g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /**
     * Records the agreement and stores the new taakstellingen; 400 naming every invalid field, the sum refusal under
     * {@code gemeenten} with both sums; 403 for a gemeente outside the supervisor's provinces. Answers the agreement.
     */
    @Transactional
    public Herverdeling vastleggen(Gebruiker g, Verzoek v, String client) {
        vereisVastleggen(g);
        List<InvalidParam> fouten = new ArrayList<>();
        Periode periode = Afspraakvelden.periode(v.periode(), fouten);
        String kenmerk = Afspraakvelden.kenmerk(v.kenmerk(), fouten);
        LocalDate besluitdatum = Afspraakvelden.besluitdatum(v.besluitdatum(), gebied.vandaag(), fouten);
        String toelichting = Afspraakvelden.toelichting(v.toelichting(), fouten);
        List<Deel> delen = v.gemeenten() == null ? List.of() : v.gemeenten();
        if (delen.size() < 2) {
            fouten.add(new InvalidParam("gemeenten", "ten minste twee gemeenten: een herverdeling verschuift "
                    + "taakstelling tussen gemeenten"));
        } else if (delen.size() > MAX_GEMEENTEN) {
            fouten.add(new InvalidParam("gemeenten", "hoogstens " + MAX_GEMEENTEN + " gemeenten"));
        }
        Map<String, Long> nieuw = new LinkedHashMap<>();
        Set<String> gezien = new HashSet<>();
        boolean delenGeldig = true;
        for (int i = 0; i < delen.size() && delen.size() <= MAX_GEMEENTEN; i++) {
            Deel d = delen.get(i);
            String veld = "gemeenten[" + i + "]";
            if (d == null) {
                fouten.add(new InvalidParam(veld, "ontbreekt"));
                delenGeldig = false;
                continue;
            }
            String code = d.gemeente() == null ? "" : d.gemeente().strip().toUpperCase(Locale.ROOT);
            Optional<Gemeente> gm = code.isEmpty() ? Optional.empty() : gebied.gemeente(code);
            int foutenVoor = fouten.size();
            if (code.isEmpty()) {
                fouten.add(new InvalidParam(veld + ".gemeente", "verplicht: een CBS-code zoals GM0518"));
            } else if (gm.isEmpty()) {
                fouten.add(new InvalidParam(veld + ".gemeente", "'" + Afspraakvelden.kort(code) + "' is geen bekende "
                        + "gemeentecode (CBS-code zoals GM0518)"));
            } else if (!gezien.add(code)) {
                fouten.add(new InvalidParam(veld + ".gemeente", "staat meer dan eens in de herverdeling"));
            } else if (periode != null && !Afspraakvelden.bestondIn(gm.get(), periode)) {
                fouten.add(new InvalidParam(veld + ".gemeente", gm.get().naam() + " bestond niet in " + periode));
            }
            Long taak = Afspraakvelden.geheel(d.taakstelling(), veld + ".taakstelling", 0, 1_000_000, fouten);
            if (fouten.size() == foutenVoor) {
                nieuw.put(code, taak);
            } else {
                delenGeldig = false;
            }
        }
        for (String code : nieuw.keySet()) {
            vereisGemeente(g, code);
        }
        Map<String, Long> huidig = new LinkedHashMap<>();
        // the current taakstellingen once every gemeente of the request is valid (the sum needs all of them)
        if (periode != null && delenGeldig && !nieuw.isEmpty()) {
            Map<String, GemeenteCijfers> cijfers = standen.lees(nieuw.keySet());
            int i = 0;
            for (Deel d : delen) {
                String code = d == null || d.gemeente() == null ? "" : d.gemeente().strip().toUpperCase(Locale.ROOT);
                if (nieuw.containsKey(code) && !huidig.containsKey(code)) {
                    GemeenteCijfers.Taakstelling t = cijfers.get(code).taakstellingen().get(periode);
                    if (t == null) {
                        fouten.add(new InvalidParam("gemeenten[" + i + "].gemeente", gebied.naam(code) + " heeft over "
                                + periode + " geen taakstelling: een herverdeling verschuift vastgestelde "
                                + "taakstellingen"));
                        delenGeldig = false;
                    } else {
                        huidig.put(code, t.taakstelling());
                    }
                }
                i++;
            }
        }
        if (delenGeldig && delen.size() >= 2 && huidig.size() == nieuw.size()) {
            long somVoor = huidig.values().stream().mapToLong(Long::longValue).sum();
            long somNa = nieuw.values().stream().mapToLong(Long::longValue).sum();
            if (somVoor != somNa) {
                fouten.add(new InvalidParam("gemeenten", "de som van de nieuwe taakstellingen (" + NlFormaat.getal(somNa)
                        + ") is niet gelijk aan de som van de huidige (" + NlFormaat.getal(somVoor) + "): een "
                        + "herverdeling laat de som gelijk (artikel 29, tweede lid, Huisvestingswet 2014); het "
                        + "verschil is " + NlFormaat.getal(somNa - somVoor)));
            } else if (huidig.equals(nieuw)) {
                fouten.add(new InvalidParam("gemeenten", "geen taakstelling verandert"));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De herverdeling is niet vastgelegd.", fouten);
        }
        List<AfsprakenOpslag.Deel> rijen = new ArrayList<>();
        StringBuilder csv = new StringBuilder("gemeente;periode;taakstelling\n");
        nieuw.forEach((code, na) -> {
            rijen.add(new AfsprakenOpslag.Deel(code, huidig.get(code), na));
            csv.append(code).append(';').append(periode.code()).append(';').append(na).append('\n');
        });
        long id = opslag.schrijf(new AfsprakenOpslag.NieuweHerverdeling(periode.code(), kenmerk, besluitdatum,
                toelichting, g.actor(), rijen));
        String reden = "Herverdeling " + periode + " volgens artikel 29, tweede lid, Huisvestingswet 2014: "
                + "gezamenlijk besluit " + kenmerk + " van " + Weergave.dag(besluitdatum) + " (herverdeling " + id + ")"
                + (toelichting == null ? "" : ": " + toelichting);
        ImportResultaat resultaat = importer.importeerCsv(ImportSoort.TAAKSTELLING, csv.toString(),
                "herverdeling-" + id + "-" + periode + ".csv", reden, g, client);
        opslag.importGedaan(id, resultaat.importId());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("periode", periode.code());
        waarden.put("kenmerk", kenmerk);
        waarden.put("besluitdatum", besluitdatum.toString());
        waarden.put("toelichting", toelichting);
        List<Map<String, Object>> gemeenten = new ArrayList<>();
        rijen.forEach(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gemeente", r.gemeente());
            m.put("voor", r.voor());
            m.put("na", r.na());
            gemeenten.add(m);
        });
        waarden.put("gemeenten", gemeenten);
        waarden.put("som", nieuw.values().stream().mapToLong(Long::longValue).sum());
        waarden.put("import", resultaat.importId());
        gebeurtenissen.publishEvent(new VerdelingGebeurtenis.HerverdelingVastgelegd(id, periode.code(),
                resultaat.importId(), waarden, new Actor(g.actor(), client)));
        return opslag.herverdeling(id, gebied::naam).orElseThrow();
    }

    /** One agreement: 404 when there is none, 403 for an account that may read none of its gemeenten. */
    @Transactional(readOnly = true)
    public Herverdeling lees(Gebruiker g, long id) {
        Herverdeling h = opslag.herverdeling(id, gebied::naam).orElseThrow(() -> ApiException.notFound(
                "Herverdeling " + id + " bestaat niet."));
        if (!magLezen(g, h)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot herverdeling "
                    + id + ".", null);
        }
        return h;
    }

    /** Whether the account may read the agreement: BEHEERDER, a supervisor or a gemeente of one of its gemeenten. */
    public boolean magLezen(Gebruiker g, Herverdeling h) {
        return h.gemeenten().stream().anyMatch(d -> magGemeenteLezen(g, d.code()));
    }

    /** May record (BEHEERDER; TOEZICHTHOUDER: all gemeenten in its provinces)? For a document's rights. */
    public boolean magWijzigen(Gebruiker g, Herverdeling h) {
        return g.heeft(Rol.BEHEERDER) || (g.heeft(Rol.TOEZICHTHOUDER) && h.gemeenten().stream().allMatch(d ->
                g.provincies(Rol.TOEZICHTHOUDER).contains(gebied.provincieVan(d.code()).orElse(null))));
    }

    /** The agreements a gemeente is part of (BEHEERDER, its TOEZICHTHOUDER, itself), the newest first. */
    @Transactional(readOnly = true)
    public List<Herverdeling> vanGemeente(Gebruiker g, String gemeente) {
        toegang.toezichtLezen(g, gemeente);
        return opslag.herverdelingenVan(gemeente, gebied::naam);
    }

    /** The agreements the account supervises: every one (BEHEERDER) or those with a gemeente of its provinces. */
    @Transactional(readOnly = true)
    public List<Herverdeling> lijst(Gebruiker g) {
        vereisVastleggen(g);
        return opslag.herverdelingenVan((Collection<String>) null, gebied::naam).stream()
                .filter(h -> magLezen(g, h)).toList();
    }

    /**
     * For a letter (module brieven, read-only; no account): the agreements of the gemeente about these half-years that
     * were recorded before {@code vastgelegdVoor} (the moment a round read its figures), the oldest first.
     */
    @Transactional(readOnly = true)
    public List<Herverdeling> voorBrief(String gemeente, Collection<String> perioden, OffsetDateTime vastgelegdVoor) {
        List<Herverdeling> uit = new ArrayList<>(opslag.herverdelingenVan(gemeente, gebied::naam).stream()
                .filter(h -> perioden.contains(h.periode()))
                .filter(h -> vastgelegdVoor == null || h.vastgelegdOp().isBefore(vastgelegdVoor)).toList());
        Collections.reverse(uit);
        return uit;
    }

    private boolean magGemeenteLezen(Gebruiker g, String gemeente) {
        String provincie = gebied.provincieVan(gemeente).orElse(null);
        return g.heeft(Rol.BEHEERDER) || g.provincies(Rol.TOEZICHTHOUDER).contains(provincie)
                || g.gemeenten(Rol.GEMEENTE).contains(gemeente);
    }

    private void vereisGemeente(Gebruiker g, String gemeente) {
        if (g.heeft(Rol.BEHEERDER)) {
            return;
        }
        String provincie = gebied.provincieVan(gemeente).orElse(null);
        if (!g.provincies(Rol.TOEZICHTHOUDER).contains(provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U houdt geen toezicht op "
                    + gebied.naam(gemeente) + "; een herverdeling met gemeenten van een andere provincie legt een "
                    + "beheerder vast, of een toezichthouder van elk van die provincies.", null);
        }
    }
}
