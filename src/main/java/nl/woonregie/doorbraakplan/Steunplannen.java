package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.woonregie.aanbod.AanbodProjecten;
import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.doorbraakplan.internal.OndersteuningVerzoekLezer;
import nl.woonregie.doorbraakplan.internal.SteunOpslag;
import nl.woonregie.doorbraakplan.internal.SteunRekenaar;
import nl.woonregie.doorbraakplan.internal.SteunRekenaar.ProjectRegel;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsberekening;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsmodel;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningssoort;
import nl.woonregie.doorbraakplan.ondersteuning.Regel;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality's stored support plans (issue 17 §4): one per project (an aanbod PROJECT source, read through
 * {@link AanbodProjecten}) and one for all locations together ({@value #ALLE_LOCATIES}), each with lines exactly as
 * the computation's and cover per year with its source, versioned with who, when and why ({@link SteunGebeurtenis}).
 * A plan is judged and computed by the same reader and {@link Ondersteuningsmodel} as the computation's API, with the
 * municipality's own tariff table ({@link Steuntarieven}). Who: {@link Steuntoegang} — a DIENST reads and keeps only
 * its own department's lines and cover, the others of the plan stay as they are.
 */
@Service
public class Steunplannen {

    /** The key of the plan for all locations together. */
    public static final String ALLE_LOCATIES = "alle-locaties";
    static final String ALLE_LOCATIES_NAAM = "Alle locaties";
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Set<String> VELDEN = Set.of("versie", "regels", "dekking", "reden");

    private final SteunOpslag opslag;
    private final Steuntoegang toegang;
    private final Steuntarieven tarieven;
    private final AanbodProjecten projecten;
    private final ApplicationEventPublisher gebeurtenissen;

    Steunplannen(SteunOpslag opslag, Steuntoegang toegang, Steuntarieven tarieven, AanbodProjecten projecten,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.toegang = toegang;
        this.tarieven = tarieven;
        this.projecten = projecten;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Every plan of the municipality computed together (for a DIENST: its own department's part). */
    @Transactional(readOnly = true)
    public Steunoverzicht overzicht(Gebruiker g, String gemeente) {
        Steuntoegang.Zicht z = toegang.vereisLezen(g, gemeente);
        Tarieven t = tarieven.geldend(gemeente);
        List<SteunOpslag.Plan> plannen = opslag.plannen(gemeente);
        Map<Long, String> namen = projectnamen(gemeente, plannen);
        List<ProjectRegel> regels = new ArrayList<>();
        List<Steundekking> dekking = new ArrayList<>();
        List<Steunoverzicht.Plan> lijst = new ArrayList<>();
        for (SteunOpslag.Plan p : plannen) {
            String naam = p.project() == null ? ALLE_LOCATIES_NAAM : namen.get(p.project());
            List<ProjectRegel> eigen = p.inhoud().regels().stream().filter(r -> z.ziet(r.dienst()))
                    .map(r -> new ProjectRegel(naam, r)).toList();
            regels.addAll(eigen);
            p.inhoud().dekking().stream().filter(d -> z.afdeling() == null || z.afdeling().equals(d.dienst()))
                    .forEach(dekking::add);
            BigDecimal kosten = reken(gemeente, t, eigen, List.of()).map(Ondersteuningsberekening::totaal)
                    .orElse(BigDecimal.ZERO.setScale(2));
            lijst.add(new Steunoverzicht.Plan(sleutel(p.project()), p.project(), naam, p.versie(), kosten));
        }
        for (Map.Entry<Long, String> e : namen.entrySet()) {
            if (plannen.stream().noneMatch(p -> e.getKey().equals(p.project()))) {
                lijst.add(new Steunoverzicht.Plan(sleutel(e.getKey()), e.getKey(), e.getValue(), 0,
                        BigDecimal.ZERO.setScale(2)));
            }
        }
        if (lijst.stream().noneMatch(p -> p.project() == null)) {
            lijst.add(new Steunoverzicht.Plan(ALLE_LOCATIES, null, ALLE_LOCATIES_NAAM, 0, BigDecimal.ZERO.setScale(2)));
        }
        Optional<Ondersteuningsberekening> b = reken(gemeente, t, regels, dekking);
        return new Steunoverzicht(gemeente, z.afdeling(), opslag.tarieven(gemeente).isPresent(), lijst,
                b.map(x -> jaren(x, incidenteel(gemeente, t, regels))).orElse(List.of()),
                b.map(OndersteuningAntwoord::van).orElse(null));
    }

    /** One plan (version 0 when none is stored yet); 404 for a project the municipality does not have. */
    @Transactional(readOnly = true)
    public Steunplan lees(Gebruiker g, String gemeente, String plan) {
        return lees(toegang.vereisLezen(g, gemeente), gemeente, plan);
    }

    /**
     * The whole plan of one project of the municipality, for a caller that authorised its reader itself (the
     * projectleider's view of its location, {@link Locaties}): every line and all cover, read-only.
     */
    @Transactional(readOnly = true)
    Steunplan vanProject(String gemeente, long project) {
        return lees(new Steuntoegang.Zicht(gemeente, null, false, false), gemeente, Long.toString(project));
    }

    private Steunplan lees(Steuntoegang.Zicht z, String gemeente, String plan) {
        Long project = project(gemeente, plan);
        Optional<SteunOpslag.Plan> p = opslag.plan(gemeente, project);
        String naam = project == null ? ALLE_LOCATIES_NAAM : projectnamen(gemeente, p.stream().toList())
                .get(project);
        List<Steunregel> regels = p.map(x -> x.inhoud().regels()).orElse(List.of()).stream()
                .filter(r -> z.ziet(r.dienst())).toList();
        List<Steundekking> dekking = p.map(x -> x.inhoud().dekking()).orElse(List.of()).stream()
                .filter(d -> z.afdeling() == null || z.afdeling().equals(d.dienst())).toList();
        Tarieven t = tarieven.geldend(gemeente);
        List<ProjectRegel> metNaam = regels.stream().map(r -> new ProjectRegel(naam, r)).toList();
        Optional<Ondersteuningsberekening> b = reken(gemeente, t, metNaam, dekking);
        Map<Integer, BigDecimal> incidenteel = incidenteel(gemeente, t, metNaam);
        List<Steunplan.JaarSoort> soorten = b.map(x -> x.perJaar().stream().map(j -> {
            BigDecimal inc = incidenteel.getOrDefault(j.jaar(), BigDecimal.ZERO.setScale(2));
            return new Steunplan.JaarSoort(j.jaar(), inc, j.kosten().subtract(inc));
        }).toList()).orElse(List.of());
        List<Steunplan.Versie> versies = p.map(x -> opslag.planversies(x.id()).stream()
                .map(v -> new Steunplan.Versie(v.versie(), v.door(), v.op(), v.reden())).toList()).orElse(List.of());
        return new Steunplan(gemeente, sleutel(project), project, naam, z.afdeling(), p.map(SteunOpslag.Plan::versie)
                .orElse(0), regels, dekking, b.map(OndersteuningAntwoord::van).orElse(null), soorten,
                p.map(x -> x.laatste().door()).orElse(null), p.map(x -> x.laatste().op()).orElse(null),
                p.map(x -> x.laatste().reden()).orElse(null), versies);
    }

    /**
     * Records a new version of a plan from {@code {versie, regels, dekking, reden}} ({@code versie}: the current
     * one, 0 for a plan not stored yet; or {@code ifMatch}). The lines are judged as the computation's request's
     * (every invalid field named, {@code regels[1].vanKwartaal}) with the municipality's tariffs; a line's department
     * must be in the register. A DIENST sends only its own department's lines and cover: they replace those of its
     * department, the others stay. 409 when the plan changed in between.
     */
    @Transactional
    public Steunplan vastleggen(Gebruiker g, String gemeente, String plan, JsonNode body, Integer ifMatch,
            String client) {
        Steuntoegang.Zicht z = toegang.vereisWijzigen(g, gemeente);
        Long project = project(gemeente, plan);
        if (project != null && projecten.lees(gemeente, project).isEmpty()) {
            throw ApiException.notFound("Project " + project + " is geen project in het aanbod van de gemeente.");
        }
        String naam = project == null ? ALLE_LOCATIES_NAAM : projectnamen(gemeente, List.of()).get(project);
        List<InvalidParam> fouten = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("Het ondersteuningsplan is niet vastgelegd.", List.of(new InvalidParam("body",
                    "moet een JSON-object zijn")));
        }
        for (String veld : body.propertyNames()) {
            if (!VELDEN.contains(veld)) {
                fouten.add(new InvalidParam(veld, "onbekend veld"));
            }
        }
        Integer versie = versie(body.get("versie"), ifMatch, fouten);
        String reden = tekst(body.get("reden"), "reden", 2000, true, fouten);
        Set<String> afdelingen = new java.util.LinkedHashSet<>();
        opslag.afdelingen(gemeente).forEach(a -> afdelingen.add(a.code()));
        // the request of the computation: the lines with the plan's project, judged by the API's reader
        ObjectNode verzoek = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        verzoek.put("gemeente", gemeente);
        JsonNode regels = body.get("regels");
        if (regels != null && regels.isArray()) {
            ArrayNode kopie = verzoek.putArray("regels");
            for (int i = 0; i < regels.size(); i++) {
                JsonNode r = regels.get(i);
                if (r.isObject()) {
                    if (r.has("project")) {
                        fouten.add(new InvalidParam("regels[" + i + "].project", "onbekend veld: het project is "
                                + "dat van het plan"));
                    }
                    ObjectNode n = ((ObjectNode) r).deepCopy();
                    n.put("project", naam);
                    kopie.add(n);
                    afdeling(r.get("dienst"), "regels[" + i + "].dienst", z, afdelingen, true, fouten);
                } else {
                    kopie.add(r);
                }
            }
        } else if (regels == null || regels.isNull()) {
            verzoek.putArray("regels");
        } else {
            verzoek.set("regels", regels);
        }
        JsonNode dekking = body.get("dekking");
        if (dekking != null) {
            verzoek.set("dekking", dekking);
            if (dekking.isArray()) {
                for (int i = 0; i < dekking.size(); i++) {
                    if (dekking.get(i).isObject()) {
                        afdeling(dekking.get(i).get("dienst"), "dekking[" + i + "].dienst", z, afdelingen,
                                z.afdeling() != null, fouten);
                    }
                }
            }
        }
        Tarieven t = tarieven.geldend(gemeente);
        boolean leeg = verzoek.get("regels").isArray() && verzoek.get("regels").isEmpty();
        OndersteuningVerzoekLezer.Resultaat r = SteunRekenaar.lees(t, verzoek);
        for (InvalidParam f : r.fouten()) {
            // a plan may have no lines (a DIENST clearing its own, cover only)
            if (!(leeg && f.name().equals("regels"))) {
                fouten.add(f);
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het ondersteuningsplan is niet vastgelegd.", dedup(fouten));
        }
        List<Steunregel> nieuweRegels = leeg ? List.of()
                : r.vraag().regels().stream().map(SteunRekenaar::alsSteunregel).toList();
        List<Steundekking> nieuweDekking = new ArrayList<>();
        if (dekking != null && dekking.isArray()) {
            for (int i = 0; i < dekking.size(); i++) {
                JsonNode d = dekking.get(i);
                String dienst = d.hasNonNull("dienst") ? d.get("dienst").stringValue().strip() : null;
                var md = leeg ? null : r.vraag().dekking().get(i);
                nieuweDekking.add(md != null ? new Steundekking(md.jaar(), md.bron(), md.bedrag(), dienst)
                        : new Steundekking(d.get("jaar").intValue(), d.get("bron").stringValue().strip(),
                        d.get("bedrag").decimalValue().setScale(2), dienst));
            }
        }
        Optional<SteunOpslag.Plan> huidig = opslag.plan(gemeente, project);
        SteunOpslag.Inhoud inhoud;
        if (z.afdeling() == null) {
            inhoud = new SteunOpslag.Inhoud(nieuweRegels, nieuweDekking);
        } else {
            List<Steunregel> alle = new ArrayList<>(huidig.map(p -> p.inhoud().regels()).orElse(List.of()).stream()
                    .filter(x -> !z.afdeling().equals(x.dienst())).toList());
            alle.addAll(nieuweRegels);
            List<Steundekking> alleDekking = new ArrayList<>(huidig.map(p -> p.inhoud().dekking()).orElse(List.of())
                    .stream().filter(x -> !z.afdeling().equals(x.dienst())).toList());
            alleDekking.addAll(nieuweDekking);
            inhoud = new SteunOpslag.Inhoud(alle, alleDekking);
        }
        int huidigeVersie = huidig.map(SteunOpslag.Plan::versie).orElse(0);
        boolean gelukt;
        long id;
        if (versie != huidigeVersie) {
            gelukt = false;
            id = 0;
        } else if (huidig.isEmpty()) {
            Optional<Long> nieuw = opslag.nieuwPlan(gemeente, project, inhoud, reden, g.actor());
            gelukt = nieuw.isPresent();
            id = nieuw.orElse(0L);
        } else {
            id = huidig.get().id();
            gelukt = opslag.schrijfPlan(id, versie, inhoud, reden, g.actor());
        }
        if (!gelukt) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het ondersteuningsplan is intussen "
                    + "gewijzigd (versie " + huidigeVersie + ", u wijzigde versie " + versie + "). Lees het opnieuw.",
                    null);
        }
        Map<String, Object> waarden = new LinkedHashMap<>(opslag.alsMap(inhoud));
        waarden.put("project", naam);
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new SteunGebeurtenis.SteunplanVastgelegd(id, gemeente, versie + 1,
                huidig.map(p -> opslag.alsMap(p.inhoud())).orElse(null), waarden, new Actor(g.actor(), client)));
        return lees(g, gemeente, plan);
    }

    /** The errors a new tariff table would cause in the stored plans (each plan must stay computable). */
    @Transactional(readOnly = true)
    public List<InvalidParam> toetsTarieven(String gemeente, Tarieven nieuw) {
        List<InvalidParam> fouten = new ArrayList<>();
        List<SteunOpslag.Plan> plannen = opslag.plannen(gemeente);
        Map<Long, String> namen = projectnamen(gemeente, plannen);
        for (SteunOpslag.Plan p : plannen) {
            String naam = p.project() == null ? ALLE_LOCATIES_NAAM : namen.get(p.project());
            if (p.inhoud().regels().isEmpty()) {
                continue;
            }
            var r = SteunRekenaar.lees(nieuw, SteunRekenaar.verzoek(gemeente, p.inhoud().regels().stream()
                    .map(x -> new ProjectRegel(naam, x)).toList(), p.inhoud().dekking()));
            if (!r.fouten().isEmpty()) {
                fouten.add(new InvalidParam("tarieven", "het ondersteuningsplan " + naam + " heeft dan geen tarief: "
                        + r.fouten().get(0).reason()));
            }
        }
        return fouten;
    }

    /** The projects this account may choose for a plan: the municipality's aanbod projects, by id with name. */
    @Transactional(readOnly = true)
    public Map<Long, String> projecten(Gebruiker g, String gemeente) {
        toegang.vereisLezen(g, gemeente);
        return projectnamen(gemeente, List.of());
    }

    // --- computation

    private static Optional<Ondersteuningsberekening> reken(String gemeente, Tarieven t, List<ProjectRegel> regels,
            List<Steundekking> dekking) {
        if (regels.isEmpty()) {
            return Optional.empty();
        }
        var r = SteunRekenaar.lees(t, SteunRekenaar.verzoek(gemeente, regels, dekking));
        if (!r.fouten().isEmpty()) {
            throw new IllegalStateException("opgeslagen ondersteuningsplan niet te berekenen: " + r.fouten());
        }
        return Optional.of(Ondersteuningsmodel.bereken(r.vraag()));
    }

    /** The costs of the incidental lines (doorstroombegeleiding, once) per year. */
    private static Map<Integer, BigDecimal> incidenteel(String gemeente, Tarieven t, List<ProjectRegel> regels) {
        Map<Integer, BigDecimal> perJaar = new TreeMap<>();
        reken(gemeente, t, regels.stream().filter(r -> Ondersteuningssoort.DOORSTROOMBEGELEIDING.name()
                .equals(r.regel().soort())).toList(), List.of())
                .ifPresent(b -> b.perJaar().forEach(j -> perJaar.put(j.jaar(), j.kosten())));
        return perJaar;
    }

    private static List<Steunoverzicht.Jaar> jaren(Ondersteuningsberekening b, Map<Integer, BigDecimal> incidenteel) {
        return b.perJaar().stream().map(j -> {
            BigDecimal inc = incidenteel.getOrDefault(j.jaar(), BigDecimal.ZERO.setScale(2));
            return new Steunoverzicht.Jaar(j.jaar(), j.kosten(), inc, j.kosten().subtract(inc), j.gedekt(),
                    j.ongedekt());
        }).toList();
    }

    // --- helpers

    private Map<Long, String> projectnamen(String gemeente, List<SteunOpslag.Plan> plannen) {
        Map<Long, String> namen = new LinkedHashMap<>();
        for (Aanbodbron b : projecten.vanGemeente(gemeente)) {
            namen.put(b.id(), b.feiten().naam());
        }
        for (SteunOpslag.Plan p : plannen) {
            if (p.project() != null && !namen.containsKey(p.project())) {
                namen.put(p.project(), "Project " + p.project() + " (niet meer in het aanbod)");
            }
        }
        return namen;
    }

    /** The project of a plan's key; 404 for a key that names no project of the municipality. */
    private Long project(String gemeente, String plan) {
        if (ALLE_LOCATIES.equals(plan)) {
            return null;
        }
        if (plan != null && ID.matcher(plan).matches()) {
            long id = Long.parseLong(plan);
            if (projecten.lees(gemeente, id).isPresent() || opslag.plan(gemeente, id).isPresent()) {
                return id;
            }
        }
        throw ApiException.notFound("Het ondersteuningsplan " + plan + " bestaat niet: kies een project uit het "
                + "aanbod van de gemeente of " + ALLE_LOCATIES + ".");
    }

    static String sleutel(Long project) {
        return project == null ? ALLE_LOCATIES : Long.toString(project);
    }

    private static void afdeling(JsonNode node, String pad, Steuntoegang.Zicht z, Set<String> afdelingen,
            boolean verplichtVoorDienst, List<InvalidParam> fouten) {
        String code = node != null && node.isString() ? node.stringValue().strip() : null;
        if (code == null || code.isEmpty()) {
            if (node == null && z.afdeling() != null && verplichtVoorDienst && pad.startsWith("dekking")) {
                fouten.add(new InvalidParam(pad, "verplicht: de eigen afdeling " + z.afdeling()));
            }
            return;
        }
        if (!afdelingen.contains(code)) {
            fouten.add(new InvalidParam(pad, "onbekende afdeling " + code + "; het register van de gemeente kent: "
                    + (afdelingen.isEmpty() ? "nog geen afdelingen" : String.join(", ", afdelingen))));
        } else if (z.afdeling() != null && !z.afdeling().equals(code)) {
            fouten.add(new InvalidParam(pad, "een dienst legt alleen regels en dekking van de eigen afdeling vast ("
                    + z.afdeling() + ")"));
        }
    }

    private static List<InvalidParam> dedup(List<InvalidParam> fouten) {
        Map<String, InvalidParam> uniek = new LinkedHashMap<>();
        for (InvalidParam f : fouten) {
            uniek.putIfAbsent(f.name() + "|" + f.reason(), f);
        }
        return List.copyOf(uniek.values());
    }

    /** The version a change names: {@code versie} of the body, else If-Match; required (0 for a new plan). */
    static Integer versie(JsonNode node, Integer ifMatch, List<InvalidParam> fouten) {
        if (node == null || node.isNull()) {
            if (ifMatch == null) {
                fouten.add(new InvalidParam("versie", "verplicht (of de header If-Match): de versie die u wijzigt, "
                        + "0 als er nog niets is vastgelegd"));
            }
            return ifMatch;
        }
        if (!node.isIntegralNumber() || node.longValue() < 0 || node.longValue() > Integer.MAX_VALUE) {
            fouten.add(new InvalidParam("versie", "moet een geheel getal van 0 of meer zijn"));
            return null;
        }
        return node.intValue();
    }

    static String tekst(JsonNode node, String pad, int max, boolean verplicht, List<InvalidParam> fouten) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                fouten.add(new InvalidParam(pad, "verplicht"));
            }
            return null;
        }
        if (!node.isString()) {
            fouten.add(new InvalidParam(pad, "moet tekst zijn"));
            return null;
        }
        return tekst(node.stringValue(), pad, max, verplicht, fouten);
    }

    static String tekst(String waarde, String pad, int max, boolean verplicht, List<InvalidParam> fouten) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                fouten.add(new InvalidParam(pad, "verplicht"));
            }
            return null;
        }
        if (waarde.indexOf(0) >= 0) {
            fouten.add(new InvalidParam(pad, "bevat een teken dat niet is toegestaan (NUL)"));
            return null;
        }
        String s = waarde.strip();
        if (s.length() > max) {
            fouten.add(new InvalidParam(pad, "hoogstens " + max + " tekens"));
            return null;
        }
        return s;
    }

    static BigDecimal bedrag(JsonNode node, String pad, List<InvalidParam> fouten) {
        if (node == null || node.isNull()) {
            fouten.add(new InvalidParam(pad, "verplicht"));
            return null;
        }
        if (!node.isNumber()) {
            fouten.add(new InvalidParam(pad, "moet een getal zijn"));
            return null;
        }
        BigDecimal v = node.decimalValue();
        if (v.signum() < 0 || v.compareTo(new BigDecimal("1000000000000")) > 0
                || v.stripTrailingZeros().scale() > 2) {
            fouten.add(new InvalidParam(pad, "moet een bedrag in euro zijn van 0 tot 1.000.000.000.000, op de cent"));
            return null;
        }
        return v.setScale(2);
    }
}
