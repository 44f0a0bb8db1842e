package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.doorbraakplan.internal.SteunOpslag;
import nl.woonregie.doorbraakplan.internal.Tariefparameters;
import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A municipality's own tariff table for its stored support plans: dated values per {@link Tariefsoort} with their
 * source, versioned with who, when and why. Until the municipality records its own, the shipped defaults apply
 * ({@code doorbraakplan/tarieven.yaml}). Kept by the programme team (and BEHEERDER); read by whoever reads the plans.
 */
@Service
public class Steuntarieven {

    static final int MAX_TARIEVEN = 50;

    private final Tarieven standaard = Tariefparameters.vanClasspath();
    private final SteunOpslag opslag;
    private final Steuntoegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Steuntarieven(SteunOpslag opslag, Steuntoegang toegang, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The table that applies to the municipality's plans (its own, or the defaults). */
    @Transactional(readOnly = true)
    public Tarieven geldend(String gemeente) {
        return opslag.tarieven(gemeente).map(t -> Tarieven.van(t.tarieven())).orElse(standaard);
    }

    /** The table with its versions. */
    @Transactional(readOnly = true)
    public Steuntarieftabel tabel(Gebruiker g, String gemeente) {
        toegang.vereisLezen(g, gemeente);
        var eigen = opslag.tarieven(gemeente);
        List<Steuntarieftabel.Versie> versies = opslag.tariefversies(gemeente).stream()
                .map(v -> new Steuntarieftabel.Versie(v.versie(), v.door(), v.op(), v.reden())).toList();
        if (eigen.isEmpty()) {
            return new Steuntarieftabel(gemeente, 0, false, waarden(standaard.alle()), null, null, null, versies);
        }
        var t = eigen.get();
        return new Steuntarieftabel(gemeente, t.versie(), true, waarden(t.tarieven()), t.wie().door(), t.wie().op(),
                t.wie().reden(), versies);
    }

    private static List<Steuntarieftabel.Waarde> waarden(List<Tarief> tarieven) {
        return Tarieven.van(tarieven).alle().stream().map(t -> new Steuntarieftabel.Waarde(t.soort(), t.bedrag(),
                t.geldigVanaf(), t.bron())).toList();
    }

    /**
     * Records a new version of the table from {@code {versie, tarieven: [{soort, bedrag, geldigVanaf, bron}], reden}}
     * ({@code versie}: the current one, 0 while the defaults apply; or {@code ifMatch}): 400 naming every invalid
     * field — every kind needs a value, and every stored plan must stay computable; 409 when it changed in between.
     */
    @Transactional
    public Steuntarieftabel vastleggen(Gebruiker g, String gemeente, JsonNode body, Integer ifMatch, String client,
            java.util.function.Function<Tarieven, List<InvalidParam>> plannenToets) {
        toegang.vereisBeheren(g, gemeente);
        List<InvalidParam> fouten = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("De tarieven zijn niet vastgelegd.", List.of(new InvalidParam("body",
                    "moet een JSON-object zijn")));
        }
        for (String veld : body.propertyNames()) {
            if (!Set.of("versie", "tarieven", "reden").contains(veld)) {
                fouten.add(new InvalidParam(veld, "onbekend veld"));
            }
        }
        Integer versie = Steunplannen.versie(body.get("versie"), ifMatch, fouten);
        String reden = Steunplannen.tekst(body.get("reden"), "reden", 2000, true, fouten);
        List<Tarief> tarieven = tarieven(body.get("tarieven"), fouten);
        if (fouten.isEmpty()) {
            fouten.addAll(plannenToets.apply(Tarieven.van(tarieven)));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De tarieven zijn niet vastgelegd.", fouten);
        }
        Steuntarieftabel huidig = tabel(g, gemeente);
        if (versie != huidig.versie() || !opslag.schrijfTarieven(gemeente, versie + 1, tarieven, reden, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De tarieven zijn intussen gewijzigd "
                    + "(versie " + huidig.versie() + ", u wijzigde versie " + versie + "). Lees ze opnieuw.", null);
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("tarieven", opslag.alsMap(Map.of("t", tarieven)).get("t"));
        waarden.put("reden", reden);
        Map<String, Object> vorige = new LinkedHashMap<>();
        vorige.put("tarieven", opslag.alsMap(Map.of("t", huidig.tarieven())).get("t"));
        gebeurtenissen.publishEvent(new SteunGebeurtenis.TarievenVastgelegd(gemeente, versie + 1, vorige, waarden,
                new Actor(g.actor(), client)));
        return tabel(g, gemeente);
    }

    private static List<Tarief> tarieven(JsonNode lijst, List<InvalidParam> fouten) {
        if (lijst == null || lijst.isNull()) {
            fouten.add(new InvalidParam("tarieven", "verplicht"));
            return List.of();
        }
        if (!lijst.isArray() || lijst.size() > MAX_TARIEVEN) {
            fouten.add(new InvalidParam("tarieven", "een lijst van hoogstens " + MAX_TARIEVEN + " tarieven"));
            return List.of();
        }
        List<Tarief> tarieven = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        Set<Tariefsoort> soorten = EnumSet.noneOf(Tariefsoort.class);
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "tarieven[" + i + "]";
            JsonNode t = lijst.get(i);
            if (!t.isObject()) {
                fouten.add(new InvalidParam(pad, "moet een object zijn"));
                continue;
            }
            int voor = fouten.size();
            for (String veld : t.propertyNames()) {
                if (!Set.of("soort", "bedrag", "geldigVanaf", "bron").contains(veld)) {
                    fouten.add(new InvalidParam(pad + "." + veld, "onbekend veld"));
                }
            }
            String code = Steunplannen.tekst(t.get("soort"), pad + ".soort", 40, true, fouten);
            Tariefsoort soort = null;
            if (code != null) {
                try {
                    soort = Tariefsoort.valueOf(code);
                    soorten.add(soort);
                } catch (IllegalArgumentException e) {
                    fouten.add(new InvalidParam(pad + ".soort", "onbekende tariefsoort; mogelijk: "
                            + java.util.Arrays.toString(Tariefsoort.values())));
                }
            }
            BigDecimal bedrag = Steunplannen.bedrag(t.get("bedrag"), pad + ".bedrag", fouten);
            String datum = Steunplannen.tekst(t.get("geldigVanaf"), pad + ".geldigVanaf", 10, true, fouten);
            LocalDate vanaf = null;
            if (datum != null) {
                try {
                    vanaf = IsoDatum.parse(datum);
                } catch (DateTimeParseException e) {
                    fouten.add(new InvalidParam(pad + ".geldigVanaf", "moet een datum zijn in de vorm JJJJ-MM-DD"));
                }
            }
            String bron = Steunplannen.tekst(t.get("bron"), pad + ".bron", 500, true, fouten);
            if (soort != null && vanaf != null && !gezien.add(soort + " " + vanaf)) {
                fouten.add(new InvalidParam(pad + ".geldigVanaf", "er is al een tarief van deze soort vanaf deze dag"));
            }
            if (fouten.size() == voor) {
                tarieven.add(new Tarief(soort, bedrag, vanaf, bron));
            }
        }
        for (Tariefsoort s : Tariefsoort.values()) {
            if (!soorten.contains(s) && fouten.stream().noneMatch(f -> f.name().startsWith("tarieven["))) {
                fouten.add(new InvalidParam("tarieven", "geef minstens één tarief " + s
                        + " (elke soort heeft een tarief)"));
            }
        }
        return tarieven;
    }
}
