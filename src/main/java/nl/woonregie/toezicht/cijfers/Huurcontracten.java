package nl.woonregie.toezicht.cijfers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Huurcontracttermijn;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Leases (huurcontracten, R14) sent in by a municipality for a period: start dates in the last
 * {@code dagenVoorEinde} days of the period, sent in from the first of those days up to and including
 * {@code indientermijnDagen} days after its end ({@link Huurcontracttermijn}), both from the beleidskader of the
 * municipality's province in force at the period end. A request with invalid fields is a 400 naming each; a sound
 * request outside the window a 409 saying the window in words. No personal data: a lease is a start date, a number
 * of persons and the municipality's own reference. All items of a request are stored, or none.
 */
@Service
public class Huurcontracten {

    static final int MAX_PER_VERZOEK = 1000;
    static final int MAX_PERSONEN = 30;
    static final Pattern REFERENTIE = Pattern.compile("[A-Za-z0-9._/-]{1,100}");
    private static final Pattern CIJFER = Pattern.compile(".*\\d.*");
    private static final Set<String> VELDEN = Set.of("periode", "huurcontracten");
    private static final Set<String> VELDEN_CONTRACT = Set.of("ingangsdatum", "aantalPersonen", "referentie");

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;
    private final CijferHistorie historie;
    private final Toegang toegang;

    Huurcontracten(JdbcClient jdbc, GebiedService gebied, BeleidskaderRegister kaders, ApplicationEventPublisher gebeurtenissen, Clock klok,
            CijferHistorie historie, Toegang toegang) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.gebied = gebied;
        this.kaders = kaders;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
        this.historie = historie;
    }

    /**
     * The leases of a municipality that count (not withdrawn), of every period, by start date: for counting what was
     * housed between two dates (the begunstigingstermijnen of a besluit tot indeplaatsstelling, module brieven). Only
     * reads; the caller checks who may see them.
     */
    public List<Contract> geldend(String gemeente) {
        return historie.huurcontracten(gemeente, null).stream().filter(h -> h.ingetrokkenOp() == null)
                .map(h -> new Contract(h.ingangsdatum(), h.aantalPersonen(), h.referentie()))
                .sorted(java.util.Comparator.comparing(Contract::ingangsdatum)).toList();
    }

    /**
     * Whether the municipality passed on a lease for the period that counts (not withdrawn): for the reminder before
     * the deadline (module brieven, issue 19 §7). Only reads; no personal data.
     */
    public boolean ingediend(String gemeente, Periode periode) {
        return historie.huurcontracten(gemeente, periode.code()).stream().anyMatch(h -> h.ingetrokkenOp() == null);
    }

    /** A lease: its start date, the number of persons housed by it, the municipality's reference. */
    public record Contract(LocalDate ingangsdatum, int aantalPersonen, String referentie) {
    }

    public record Ingediend(String gemeente, String periode, List<CijferHistorie.Huurcontract> huurcontracten) {
    }

    /**
     * The window of a period for a municipality (R14, {@link Huurcontracttermijn}), by the beleidskader of its province
     * in force at the period's end, as it stands on {@code vandaag}: leases starting from {@code vanaf} to the period's
     * last day {@code totEnMet} are passed on from {@code vanaf} up to and including {@code uiterlijk}.
     */
    public record Termijn(Beleidskader kader, Huurcontracttermijn regel, LocalDate vandaag) {

        public Periode periode() {
            return regel.periode();
        }

        public LocalDate vanaf() {
            return regel.ingangVanaf();
        }

        public LocalDate totEnMet() {
            return regel.ingangTotEnMet();
        }

        public LocalDate uiterlijk() {
            return regel.uiterlijk();
        }

        public Huurcontracttermijn.Stand stand() {
            return regel.stand(vandaag);
        }

        public boolean open() {
            return regel.open(vandaag);
        }

        /** "U kunt huurcontracten over de eerste helft 2022 doorgeven van 17 juni 2022 tot en met 4 juli 2022." */
        public String inWoorden() {
            return regel.inWoorden(vandaag);
        }
    }

    /** The window of the period; empty when no beleidskader applies at its end. */
    public Optional<Termijn> termijn(Gemeente gemeente, Periode periode) {
        return termijn(gemeente, periode, vandaag());
    }

    private Optional<Termijn> termijn(Gemeente gemeente, Periode periode, LocalDate vandaag) {
        return kaders.voorProvincie(gemeente.provincie().code(), periode.laatsteDag())
                .map(kader -> new Termijn(kader, Huurcontracttermijn.van(periode, kader), vandaag));
    }

    /**
     * The window the municipality's page offers today: the current period's once its last days have begun, the
     * previous period's while its deadline has not passed, else the current period's (not yet open). Periods of the
     * length of the beleidskader in force today; empty when none applies.
     */
    public Optional<Termijn> huidigeTermijn(Gemeente gemeente) {
        LocalDate vandaag = vandaag();
        return kaders.voorProvincie(gemeente.provincie().code(), vandaag).flatMap(kader -> {
            Map<Periode, Termijn> termijnen = new HashMap<>();
            Huurcontracttermijn regel = Huurcontracttermijn.teTonen(vandaag, kader.kalender().lengte(),
                    p -> termijn(gemeente, p, vandaag).map(t -> {
                        termijnen.put(p, t);
                        return t.regel();
                    }).orElse(null));
            return Optional.ofNullable(regel == null ? null : termijnen.get(regel.periode()));
        });
    }

    /** May this account submit leases for the municipality? (for a page's form, no exception) */
    public boolean magIndienen(String gemeente, Gebruiker g) {
        return Toegang.magHuurcontractenIndienen(g, gemeente);
    }

    /**
     * Submits the leases of a request (as the API's JSON): the municipality itself or a BEHEERDER (404, 403 before the
     * request is judged); every invalid field is named (400), a reference already submitted is a 409.
     */
    @Transactional
    public Ingediend dienIn(String gemeenteCode, JsonNode body, Gebruiker door, String client) {
        toegang.huurcontractenIndienen(door, gemeenteCode);
        List<InvalidParam> fouten = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("Het verzoek is geen JSON-object.", List.of(new InvalidParam("body",
                    "verwacht {\"periode\": \"2022-I\", \"huurcontracten\": [...]}")));
        }
        JsonVelden.onbekendeVelden(body, VELDEN, "", fouten, "");
        Periode periode = JsonVelden.periode(body.get("periode"), "periode", fouten);
        List<Contract> contracten = contracten(body.get("huurcontracten"), fouten);
        return opslaan(gemeenteCode, periode, contracten, fouten, false, door, client);
    }

    /**
     * Leases of a past period recorded by an administrator from the province's files (a data migration, the demo):
     * the same checks as a submission, except the submission term, which has passed.
     */
    @Transactional
    public Ingediend legHistorischVast(String gemeenteCode, Periode periode, List<Contract> contracten,
            Gebruiker door, String client) {
        if (!door.heeft(Rol.BEHEERDER)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Alleen een beheerder legt huurcontracten van een afgelopen periode vast.", null);
        }
        return opslaan(gemeenteCode, periode, contracten, new ArrayList<>(), true, door, client);
    }

    private Ingediend opslaan(String gemeenteCode, Periode periode, List<Contract> contracten,
            List<InvalidParam> fouten, boolean historisch, Gebruiker door, String client) {
        Gemeente gemeente = gebied.gemeente(gemeenteCode).orElseThrow(
                () -> ApiException.notFound("Gemeente " + gemeenteCode + " bestaat niet."));
        if (periode != null) {
            controleerPeriode(gemeente, periode, contracten, fouten);
        }
        Map<String, Integer> referenties = new HashMap<>();
        for (int i = 0; i < contracten.size(); i++) {
            Contract c = contracten.get(i);
            if (c != null && c.referentie() != null) {
                Integer eerder = referenties.putIfAbsent(c.referentie(), i);
                if (eerder != null) {
                    fouten.add(new InvalidParam("huurcontracten[" + i + "].referentie",
                            "dubbel: dezelfde referentie als huurcontracten[" + eerder + "]"));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De huurcontracten zijn niet ingediend: " + fouten.size()
                    + (fouten.size() == 1 ? " fout" : " fouten") + ". Er is niets opgeslagen.", fouten);
        }
        if (!historisch) {
            Termijn t = termijn(gemeente, periode).orElseThrow();
            if (!t.open()) {
                throw buitenTermijn(t);
            }
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("woonregie.huurcontract." + gemeenteCode + "." + periode.code()).query().listOfRows();
        Map<String, java.time.OffsetDateTime> bestaand = new HashMap<>();
        jdbc.sql("""
                select referentie, ingediend_op from huurcontract
                where gemeente_code = ? and periode = ? and ingetrokken_op is null and referentie = any(?)""")
                .params(gemeenteCode, periode.code(), referenties.keySet().toArray(String[]::new))
                .query(rs -> {
                    bestaand.put(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class));
                });
        if (!bestaand.isEmpty()) {
            List<InvalidParam> dubbel = new ArrayList<>();
            for (int i = 0; i < contracten.size(); i++) {
                var op = bestaand.get(contracten.get(i).referentie());
                if (op != null) {
                    dubbel.add(new InvalidParam("huurcontracten[" + i + "].referentie", "al ingediend voor "
                            + periode + " op " + op.atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate()));
                }
            }
            throw conflict(dubbel);
        }
        List<Long> ids = new ArrayList<>();
        try {
            for (Contract c : contracten) {
                ids.add(jdbc.sql("""
                        insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie,
                            ingediend_door)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                        .params(gemeenteCode, periode.code(), c.ingangsdatum(), c.aantalPersonen(), c.referentie(),
                                door.actor())
                        .query(Long.class).single());
            }
        } catch (DuplicateKeyException e) {
            throw conflict(List.of(new InvalidParam("huurcontracten", "een referentie is zojuist al ingediend")));
        }
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("gemeente", gemeenteCode);
        nieuw.put("periode", periode.code());
        nieuw.put("aantal", contracten.size());
        nieuw.put("aantalPersonen", contracten.stream().mapToInt(Contract::aantalPersonen).sum());
        nieuw.put("huurcontracten", contracten.stream().limit(CijferImport.AUDIT_WIJZIGINGEN)
                .map(c -> Map.of("ingangsdatum", c.ingangsdatum().toString(), "aantalPersonen", c.aantalPersonen(),
                        "referentie", c.referentie()))
                .toList());
        gebeurtenissen.publishEvent(new CijferGebeurtenis.HuurcontractenIngediend(gemeenteCode, periode, nieuw,
                new Actor(door.actor(), client)));
        List<CijferHistorie.Huurcontract> opgeslagen = historie.huurcontracten(gemeenteCode, periode.code()).stream()
                .filter(h -> ids.contains(h.id())).toList();
        return new Ingediend(gemeenteCode, periode.code(), opgeslagen);
    }

    private LocalDate vandaag() {
        return LocalDate.now(klok.withZone(GebiedService.TIJDZONE));
    }

    /** 409: the request is sound, but today lies outside the period's window (R14); the window in words. */
    private static ApiException buitenTermijn(Termijn t) {
        return new ApiException(HttpStatus.CONFLICT, t.stand() == Huurcontracttermijn.Stand.NOG_NIET_OPEN
                ? "Termijn nog niet open" : "Termijn verstreken", t.inWoorden() + " Er is niets opgeslagen.", List.of());
    }

    private static ApiException conflict(List<InvalidParam> dubbel) {
        return new ApiException(HttpStatus.CONFLICT, "Al ingediend", "Een of meer huurcontracten zijn voor deze "
                + "periode al ingediend (zelfde referentie). Er is niets opgeslagen.", dubbel);
    }

    private void controleerPeriode(Gemeente gemeente, Periode periode, List<Contract> contracten,
            List<InvalidParam> fouten) {
        if (!CijferImport.bestondIn(gemeente, periode)) {
            fouten.add(new InvalidParam("periode", "gemeente " + gemeente.code() + " bestond niet in " + periode));
            return;
        }
        LocalDate einde = periode.laatsteDag();
        Termijn t = termijn(gemeente, periode).orElse(null);
        if (t == null) {
            fouten.add(new InvalidParam("periode", "voor provincie " + gemeente.provincie().code() + " geldt op "
                    + Weergave.dag(einde) + " geen beleidskader; huurcontracten kunnen niet worden ingediend"));
            return;
        }
        Beleidskader kader = t.kader();
        LocalDate vanaf = t.vanaf();
        for (int i = 0; i < contracten.size(); i++) {
            Contract c = contracten.get(i);
            if (c != null && c.ingangsdatum() != null && !t.regel().teltIngangsdatum(c.ingangsdatum())) {
                fouten.add(new InvalidParam("huurcontracten[" + i + "].ingangsdatum", "moet in de laatste "
                        + kader.huurcontractenDagenVoorEinde() + " dagen van de periode liggen (" + Weergave.dag(vanaf)
                        + " t/m " + Weergave.dag(einde) + ")"));
            }
        }
    }

    /** The items; an invalid item is null in the list (its errors are recorded). */
    private static List<Contract> contracten(JsonNode lijst, List<InvalidParam> fouten) {
        List<Contract> contracten = new ArrayList<>();
        if (lijst == null || lijst.isNull() || lijst.isMissingNode()) {
            fouten.add(new InvalidParam("huurcontracten", "verplicht"));
            return contracten;
        }
        if (!lijst.isArray()) {
            fouten.add(new InvalidParam("huurcontracten", "verwacht een lijst"));
            return contracten;
        }
        if (lijst.isEmpty()) {
            fouten.add(new InvalidParam("huurcontracten", "bevat geen huurcontracten"));
            return contracten;
        }
        if (lijst.size() > MAX_PER_VERZOEK) {
            fouten.add(new InvalidParam("huurcontracten", "hoogstens " + MAX_PER_VERZOEK + " per verzoek"));
            return contracten;
        }
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode item = lijst.get(i);
            String pad = "huurcontracten[" + i + "]";
            if (!item.isObject()) {
                fouten.add(new InvalidParam(pad, "verwacht een object met ingangsdatum, aantalPersonen en referentie"));
                contracten.add(null);
                continue;
            }
            int voor = fouten.size();
            JsonVelden.onbekendeVelden(item, VELDEN_CONTRACT, pad + ".", fouten,
                    "; alleen ingangsdatum, aantalPersonen en referentie (geen persoonsgegevens)");
            LocalDate ingangsdatum = JsonVelden.datum(item.get("ingangsdatum"), pad + ".ingangsdatum", fouten);
            Integer personen = JsonVelden.geheel(item.get("aantalPersonen"), pad + ".aantalPersonen", 1, MAX_PERSONEN,
                    fouten);
            String referentie = referentie(item.get("referentie"), pad + ".referentie", fouten);
            contracten.add(fouten.size() > voor ? new Contract(ingangsdatum, 0, referentie)
                    : new Contract(ingangsdatum, personen, referentie));
        }
        return contracten;
    }

    private static String referentie(JsonNode node, String naam, List<InvalidParam> fouten) {
        String waarde = JsonVelden.tekst(node, naam, 100, fouten);
        if (waarde == null) {
            return null;
        }
        if (waarde.chars().anyMatch(Character::isWhitespace)) {
            fouten.add(new InvalidParam(naam, "bevat een spatie en lijkt daarmee op een naam; gebruik een eigen "
                    + "kenmerk zoals HC-2022-017, geen persoonsgegevens"));
            return null;
        }
        if (!REFERENTIE.matcher(waarde).matches()) {
            fouten.add(new InvalidParam(naam, "alleen letters, cijfers en - _ / . zijn toegestaan"));
            return null;
        }
        if (!CIJFER.matcher(waarde).matches()) {
            fouten.add(new InvalidParam(naam, "moet een cijfer bevatten: gebruik een eigen kenmerk zoals HC-2022-017, "
                    + "geen naam"));
            return null;
        }
        return waarde;
    }
}
