package nl.woonregie.toezicht;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.internal.BeleidskaderOpslag;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.BeleidskaderLezer;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Testgevallen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The beleidskaders a province's policy staff author in the product (docs/beleidskader.md, ADR 0023): every save is
 * a new version of the kader its YAML names, validated first (every error with its line, the kader of this province,
 * test cases readable); its test cases run on request; two versions compared; a concept published when it is valid and
 * every one of its test cases passes, after which the {@link BeleidskaderRegister} uses it beside the shipped kaders
 * (the predecessor of the province then ends the day before it starts). Managed by the province's BELEIDSMEDEWERKER
 * and by BEHEERDER.
 */
@Service
public class Beleidskaders implements SmartInitializingSingleton {

    public static final int MAX_YAML = 200_000;
    public static final int MAX_TESTGEVALLEN = 500_000;
    public static final int MAX_REDEN = 1000;
    public static final int MAX_ID = 100;

    /** A version as submitted: the kader's YAML, its test cases' YAML (optional) and why it is saved. */
    public record Verzoek(String yaml, String testgevallen, String reden) {
    }

    /** The outcome of running a version's test cases. */
    @Schema(name = "BeleidskaderTestuitslag")
    public record Testuitslag(long versieId, int aantal, int geslaagd, List<Testgeval> testgevallen) {

        public boolean alleGeslaagd() {
            return aantal > 0 && geslaagd == aantal;
        }
    }

    /** One case: its name and every difference, per peildatum and field. */
    @Schema(name = "BeleidskaderTestgeval")
    public record Testgeval(String naam, boolean geslaagd, List<Verschil> verschillen) {
    }

    /**
     * One difference of a case: at a peildatum the field, what was expected and what the engine computed; without a
     * field (a peildatum without a judgment, a calculation that fails, cases that cannot be read) the message says
     * what went wrong.
     */
    @Schema(name = "BeleidskaderTestverschil")
    public record Verschil(@Schema(format = "date") LocalDate peildatum, String veld, String verwacht,
            String berekend, String melding) {

        static Verschil van(Testgevallen.Verschil v) {
            return new Verschil(v.peildatum(), v.veld(), v.verwacht(), v.berekend(), v.melding());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Beleidskaders.class);

    private final BeleidskaderOpslag opslag;
    private final BeleidskaderRegister register;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final java.time.Duration controleInterval;
    /** The state ({@code beleidskader_stand}) of the published kaders the register uses. */
    private volatile long geladen = -1;
    private volatile long gecontroleerdOp;

    Beleidskaders(BeleidskaderOpslag opslag, BeleidskaderRegister register, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen,
            @org.springframework.beans.factory.annotation.Value("${woonregie.beleidskaders.controle-interval:1s}")
            java.time.Duration controleInterval) {
        this.opslag = opslag;
        this.register = register;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
        this.controleInterval = controleInterval;
    }

    /** May this account manage the province's kaders (no exception, for pages)? BEHEERDER, its BELEIDSMEDEWERKER. */
    public static boolean magBeheren(Gebruiker g, String provincie) {
        return g.heeft(Rol.BEHEERDER) || g.provincies(Rol.BELEIDSMEDEWERKER).contains(provincie);
    }

    /** 404 for an unknown province, 403 for an account that may not manage its kaders. */
    public Gebruiker vereisBeheren(Gebruiker g, String provincie) {
        if (provincie == null || gebied.provincie(provincie).isEmpty()) {
            throw ApiException.notFound("Provincie " + provincie + " bestaat niet.");
        }
        if (!magBeheren(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U beheert de beleidskaders van "
                    + gebied.provincie(provincie).map(p -> p.naam()).orElse(provincie) + " niet.", null);
        }
        return g;
    }

    /** The stored versions of the province, the newest first. */
    @Transactional(readOnly = true)
    public List<BeleidskaderVersie> lijst(Gebruiker g, String provincie) {
        vereisBeheren(g, provincie);
        return opslag.vanProvincie(provincie).stream().map(Beleidskaders::versie).toList();
    }

    /** One version of the province; 404 when the province has none with this id. */
    @Transactional(readOnly = true)
    public BeleidskaderVersie lees(Gebruiker g, String provincie, long id) {
        vereisBeheren(g, provincie);
        return opslag.lees(id).filter(r -> r.provincie().equals(provincie)).map(Beleidskaders::versie)
                .orElseThrow(() -> ApiException.notFound("Beleidskaderversie " + id + " bestaat niet."));
    }

    /**
     * Saves the text as a new concept version; 400 naming every invalid field: {@code yaml} once per error of the
     * kader, each with its line; {@code testgevallen} when they cannot be read; {@code reden}.
     */
    @Transactional
    public BeleidskaderVersie opslaan(Gebruiker g, String provincie, Verzoek v, String client) {
        vereisBeheren(g, provincie);
        List<InvalidParam> fouten = new ArrayList<>();
        String yaml = v.yaml() == null ? "" : v.yaml().replace("\r\n", "\n");
        String testgevallen = v.testgevallen() == null || v.testgevallen().isBlank() ? null
                : v.testgevallen().replace("\r\n", "\n");
        String reden = v.reden() == null ? "" : v.reden().strip();
        if (reden.isEmpty()) {
            fouten.add(new InvalidParam("reden", "verplicht: waarom deze versie wordt opgeslagen"));
        } else if (reden.length() > MAX_REDEN) {
            fouten.add(new InvalidParam("reden", "hoogstens " + MAX_REDEN + " tekens"));
        }
        if (testgevallen != null && testgevallen.length() > MAX_TESTGEVALLEN) {
            fouten.add(new InvalidParam("testgevallen", "hoogstens " + MAX_TESTGEVALLEN + " tekens"));
            testgevallen = null;
        }
        Beleidskader kader = null;
        if (yaml.isBlank()) {
            fouten.add(new InvalidParam("yaml", "verplicht: de tekst van het beleidskader (YAML)"));
        } else if (yaml.length() > MAX_YAML) {
            fouten.add(new InvalidParam("yaml", "hoogstens " + MAX_YAML + " tekens"));
        } else {
            List<BeleidskaderLezer.Fout> gevonden = BeleidskaderLezer.valideer(yaml);
            gevonden.forEach(f -> fouten.add(new InvalidParam("yaml", f.toString())));
            if (gevonden.isEmpty()) {
                kader = BeleidskaderLezer.lees(yaml, "beleidskader");
                String naamProvincie = gebied.provincie(provincie).map(p -> p.naam()).orElse(provincie);
                if (kader.id().length() > MAX_ID) {
                    fouten.add(new InvalidParam("yaml", "id: hoogstens " + MAX_ID + " tekens"));
                } else if (!kader.provincie().equals(provincie)) {
                    fouten.add(new InvalidParam("yaml", "provincie: het beleidskader is van provincie "
                            + kader.provincie() + "; hier staan de beleidskaders van " + naamProvincie + " ("
                            + provincie + ")"));
                } else if (register.isVerscheept(kader.id())) {
                    fouten.add(new InvalidParam("yaml", "id: " + kader.id() + " is een beleidskader dat met de "
                            + "toepassing wordt meegeleverd; een opvolger krijgt een eigen id en begindatum"));
                } else if (opslag.provincieVan(kader.id()).filter(p -> !p.equals(provincie)).isPresent()) {
                    fouten.add(new InvalidParam("yaml", "id: " + kader.id() + " is het id van een beleidskader van "
                            + "een andere provincie"));
                } else if (opslag.isGepubliceerd(kader.id())) {
                    fouten.add(new InvalidParam("yaml", "id: " + kader.id() + " is al gepubliceerd en kan niet meer "
                            + "veranderen (rondes zijn ermee beoordeeld); een wijziging is een opvolger met een eigen "
                            + "id en begindatum"));
                }
            }
        }
        if (kader != null && testgevallen != null) {
            try {
                Testgevallen.lees(new ByteArrayInputStream(testgevallen.getBytes(StandardCharsets.UTF_8)),
                        "testgevallen", kader);
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam("testgevallen", e.getMessage().replaceFirst("^Testgevallen testgevallen: ",
                        "")));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het beleidskader is niet opgeslagen.", fouten);
        }
        BeleidskaderOpslag.Rij rij = opslag.schrijf(provincie, kader.id(), yaml, testgevallen, reden, g.actor());
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("kader", kader.id());
        waarden.put("versie", rij.versie());
        waarden.put("naam", kader.naam());
        waarden.put("geldigVanaf", kader.geldigVanaf().toString());
        waarden.put("reden", reden);
        gebeurtenissen.publishEvent(new BeleidskaderGebeurtenis.BeleidskaderOpgeslagen(rij.id(), provincie,
                kader.id(), rij.versie(), waarden, new Actor(g.actor(), client)));
        return versie(rij);
    }

    /** Runs the version's test cases through the engine with its kader; every difference named per peildatum. */
    @Transactional(readOnly = true)
    public Testuitslag voerTestgevallenUit(Gebruiker g, String provincie, long id) {
        BeleidskaderVersie v = lees(g, provincie, id);
        return testuitslag(v);
    }

    private static Testuitslag testuitslag(BeleidskaderVersie v) {
        if (v.testgevallen() == null) {
            return new Testuitslag(v.id(), 0, 0, List.of());
        }
        List<Testgeval> uit = new ArrayList<>();
        List<Testgevallen.Resultaat> resultaten;
        try {
            Beleidskader kader = BeleidskaderLezer.lees(v.yaml(), v.kaderId());
            resultaten = Testgevallen.voerUit(kader, Testgevallen.lees(
                    new ByteArrayInputStream(v.testgevallen().getBytes(StandardCharsets.UTF_8)), "testgevallen", kader));
        } catch (IllegalArgumentException e) {
            // stored when they could be read; a later version of the format may refuse them
            return new Testuitslag(v.id(), 1, 0, List.of(new Testgeval("De testgevallen lezen", false, List.of(
                    new Verschil(null, null, null, null, e.getMessage())))));
        }
        for (Testgevallen.Resultaat r : resultaten) {
            uit.add(new Testgeval(r.naam(), r.geslaagd(), r.afwijkingen().stream().map(Verschil::van).toList()));
        }
        return new Testuitslag(v.id(), uit.size(), (int) uit.stream().filter(Testgeval::geslaagd).count(), uit);
    }

    /**
     * Publishes a concept: 409 when it is no concept, has no test cases, a case fails, or its validity overlaps
     * another kader of the province; the predecessor (the province's kader that started before it) then ends the day
     * before it starts. Rounds use it from then on.
     */
    @Transactional
    public BeleidskaderVersie publiceer(Gebruiker g, String provincie, long id, String client) {
        vereisBeheren(g, provincie);
        bijgewerktEnVergrendeld();
        BeleidskaderOpslag.Rij rij = opslag.leesVoorWijziging(id).filter(r -> r.provincie().equals(provincie))
                .orElseThrow(() -> ApiException.notFound("Beleidskaderversie " + id + " bestaat niet."));
        BeleidskaderVersie v = versie(rij);
        if (v.status() == BeleidskaderStatus.INGETROKKEN) {
            throw new ApiException(HttpStatus.CONFLICT, "Ingetrokken", "Versie " + v.versie() + " van "
                    + v.kaderId() + " is ingetrokken en wordt niet opnieuw gepubliceerd; sla een nieuwe versie op.",
                    null);
        }
        if (v.gepubliceerd()) {
            throw new ApiException(HttpStatus.CONFLICT, "Al gepubliceerd", "Versie " + v.versie() + " van "
                    + v.kaderId() + " is al gepubliceerd.", null);
        }
        if (opslag.isGepubliceerd(v.kaderId())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al gepubliceerd", "Een andere versie van " + v.kaderId()
                    + " is al gepubliceerd; een wijziging is een opvolger met een eigen id en begindatum.", null);
        }
        Testuitslag uitslag = testuitslag(v);
        if (uitslag.aantal() == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen testgevallen", "Versie " + v.versie() + " van "
                    + v.kaderId() + " heeft geen testgevallen: alleen een beleidskader waarvan de testgevallen "
                    + "slagen, wordt gepubliceerd.", null);
        }
        if (!uitslag.alleGeslaagd()) {
            int mislukt = uitslag.aantal() - uitslag.geslaagd();
            throw new ApiException(HttpStatus.CONFLICT, "Testgevallen mislukt", Weergave.telling(mislukt,
                    "testgeval", "testgevallen") + " van versie " + v.versie() + " van " + v.kaderId()
                    + (mislukt == 1 ? " slaagt" : " slagen") + " niet: alleen een beleidskader waarvan alle "
                    + "testgevallen slagen, wordt gepubliceerd.", null);
        }
        Beleidskader kader = BeleidskaderLezer.lees(v.yaml(), v.kaderId());
        Optional<String> bezwaar = register.bezwaarTegen(kader);
        if (bezwaar.isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "Overlapt een ander beleidskader", "Versie " + v.versie()
                    + " van " + v.kaderId() + " wordt niet gepubliceerd: " + bezwaar.get() + ".", null);
        }
        Optional<Beleidskader> voorganger = register.vanProvincie(provincie).stream()
                .filter(k -> k.geldigVanaf().isBefore(kader.geldigVanaf())).reduce((a, b) -> b);
        if (!opslag.publiceer(id, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al gepubliceerd", "Versie " + v.versie() + " van "
                    + v.kaderId() + " is al gepubliceerd.", null);
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("kader", v.kaderId());
        waarden.put("versie", v.versie());
        waarden.put("geldigVanaf", kader.geldigVanaf().toString());
        waarden.put("testgevallen", uitslag.aantal());
        voorganger.ifPresent(k -> {
            waarden.put("voorganger", k.id());
            LocalDate eigenEinde = k.geldigTot();
            waarden.put("voorgangerGeldigTot", (eigenEinde != null ? eigenEinde
                    : kader.geldigVanaf().minusDays(1)).toString());
        });
        gebeurtenissen.publishEvent(new BeleidskaderGebeurtenis.BeleidskaderGepubliceerd(id, provincie,
                v.kaderId(), v.versie(), waarden, new Actor(g.actor(), client)));
        return versie(opslag.lees(id).orElseThrow());
    }

    /**
     * Withdraws a published version: 409 when it is not published or when a round was judged with it (the reason
     * names the rounds' peildata); 400 without a reason. Rounds no longer use it; the predecessor of the province
     * holds again up to its own end or the start of the next kader (audited with the reason).
     */
    @Transactional
    public BeleidskaderVersie trekIn(Gebruiker g, String provincie, long id, String reden, String client) {
        vereisBeheren(g, provincie);
        String waarom = reden == null ? "" : reden.strip();
        if (waarom.isEmpty()) {
            throw ApiException.invalid("Het beleidskader is niet ingetrokken.", List.of(new InvalidParam("reden",
                    "verplicht: waarom het beleidskader wordt ingetrokken")));
        }
        if (waarom.length() > MAX_REDEN) {
            throw ApiException.invalid("Het beleidskader is niet ingetrokken.", List.of(new InvalidParam("reden",
                    "hoogstens " + MAX_REDEN + " tekens")));
        }
        bijgewerktEnVergrendeld();
        BeleidskaderOpslag.Rij rij = opslag.leesVoorWijziging(id).filter(r -> r.provincie().equals(provincie))
                .orElseThrow(() -> ApiException.notFound("Beleidskaderversie " + id + " bestaat niet."));
        BeleidskaderVersie v = versie(rij);
        if (!v.gepubliceerd()) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet gepubliceerd", "Versie " + v.versie() + " van "
                    + v.kaderId() + " is " + (v.status() == BeleidskaderStatus.INGETROKKEN ? "al ingetrokken"
                    : "niet gepubliceerd") + ": alleen een gepubliceerd beleidskader wordt ingetrokken.", null);
        }
        List<LocalDate> rondes = opslag.peildataVanRondes(v.kaderId());
        if (!rondes.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Beleidskader in gebruik", v.kaderId() + " wordt niet "
                    + "ingetrokken: " + Weergave.telling(rondes.size(), "ronde is", "rondes zijn") + " ermee beoordeeld "
                    + "(peildatum " + String.join(", ", rondes.stream().distinct().map(NlFormaat::datum).toList())
                    + "). Een beleidskader waarmee is beoordeeld, blijft bestaan; een wijziging is een opvolger met een "
                    + "eigen id en begindatum.", null);
        }
        Beleidskader kader = BeleidskaderLezer.lees(v.yaml(), v.kaderId());
        List<Beleidskader> andere = register.vanProvincie(provincie).stream()
                .filter(k -> !k.id().equals(kader.id())).toList();
        Optional<Beleidskader> voorganger = andere.stream()
                .filter(k -> k.geldigVanaf().isBefore(kader.geldigVanaf())).reduce((a, b) -> b);
        if (!opslag.trekIn(id, g.actor(), waarom)) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet gepubliceerd", "Versie " + v.versie() + " van "
                    + v.kaderId() + " is al ingetrokken.", null);
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("kader", v.kaderId());
        waarden.put("versie", v.versie());
        waarden.put("geldigVanaf", kader.geldigVanaf().toString());
        waarden.put("reden", waarom);
        voorganger.ifPresent(k -> {
            waarden.put("voorganger", k.id());
            // its own end, else the day before the next kader after it, else none: it holds again without end
            LocalDate einde = k.geldigTot() != null ? k.geldigTot() : andere.stream()
                    .filter(n -> n.geldigVanaf().isAfter(k.geldigVanaf())).findFirst()
                    .map(n -> n.geldigVanaf().minusDays(1)).orElse(null);
            waarden.put("voorgangerGeldigTot", einde == null ? "geen einde" : einde.toString());
        });
        gebeurtenissen.publishEvent(new BeleidskaderGebeurtenis.BeleidskaderIngetrokken(id, provincie,
                v.kaderId(), v.versie(), waarden, new Actor(g.actor(), client)));
        return versie(opslag.lees(id).orElseThrow());
    }

    /**
     * For a round about to be stored with this kader: false when it is a stored kader that is no longer published
     * (withdrawn on another instance). Holds a shared lock on the register's state until the end of the transaction,
     * so a withdrawal waits for the round and then sees it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean nogGepubliceerd(String kaderId) {
        return register.isVerscheept(kaderId) || opslag.isGepubliceerdVergrendeld(kaderId);
    }

    /** Compares two versions of the province: their lines and the values that differ. */
    @Transactional(readOnly = true)
    public BeleidskaderVergelijking vergelijk(Gebruiker g, String provincie, long eerste, long tweede) {
        return BeleidskaderVergelijking.van(lees(g, provincie, eerste), lees(g, provincie, tweede));
    }

    /**
     * Loads the published versions into the register at start: once every bean exists (the migrations have run),
     * before the web server takes requests and before the jobs planned at start run.
     */
    @Override
    public void afterSingletonsInstantiated() {
        laad();
        gecontroleerdOp = System.nanoTime();
        register.controleerMet(this::controleer);
    }

    /** After a publication or a withdrawal commits, this instance's register uses the kaders published then. */
    @TransactionalEventListener
    public void naWijziging(BeleidskaderGebeurtenis gebeurtenis) {
        if (!(gebeurtenis instanceof BeleidskaderGebeurtenis.BeleidskaderOpgeslagen)) {
            laad();
        }
    }

    /**
     * Whether the register is current: at most once per {@code controleInterval} the state in the database is
     * compared with the state loaded (one row by its key); another instance's publication or withdrawal changed it:
     * reload. A failing check keeps the kaders in use (logged) and is tried again on the next use.
     */
    private void controleer() {
        long nu = System.nanoTime();
        if (nu - gecontroleerdOp < controleInterval.toNanos()) {
            return;
        }
        gecontroleerdOp = nu;
        try {
            if (opslag.stand() != geladen) {
                laad();
            }
        } catch (RuntimeException e) {
            gecontroleerdOp = nu - controleInterval.toNanos();
            LOG.warn("De stand van de beleidskaders is niet te lezen; de geladen kaders blijven in gebruik: {}",
                    e.getMessage());
        }
    }

    /** Locks the state (publications and withdrawals one at a time, on every instance) and reloads when stale. */
    private void bijgewerktEnVergrendeld() {
        long voor = opslag.verhoogStand() - 1;
        if (voor != geladen) {
            laad(voor);
        }
    }

    private void laad() {
        laad(opslag.stand());
    }

    private synchronized void laad(long stand) {
        List<BeleidskaderRegister.Opgeslagen> kaders = new ArrayList<>();
        for (BeleidskaderOpslag.Rij r : opslag.gepubliceerd()) {
            try {
                kaders.add(new BeleidskaderRegister.Opgeslagen(BeleidskaderLezer.lees(r.yaml(), r.kaderId()),
                        r.testgevallen()));
            } catch (IllegalArgumentException e) {
                // valid when it was published; a later version of the format may refuse it: never used then
                LOG.error("Gepubliceerd beleidskader {} wordt niet gebruikt: {}", r.kaderId(), e.getMessage());
            }
        }
        register.gebruikGepubliceerd(kaders);
        geladen = stand;
    }

    private static BeleidskaderVersie versie(BeleidskaderOpslag.Rij r) {
        Beleidskader k;
        try {
            k = BeleidskaderLezer.lees(r.yaml(), r.kaderId());
        } catch (IllegalArgumentException e) {
            k = null;
        }
        return new BeleidskaderVersie(r.id(), r.provincie(), r.kaderId(), r.versie(), k == null ? r.kaderId()
                : k.naam(), BeleidskaderStatus.valueOf(r.status()), k == null ? null : k.geldigVanaf(),
                k == null ? null : k.geldigTot(), r.yaml(), r.testgevallen(), r.reden(), r.opgeslagenDoor(),
                r.opgeslagenOp(), r.gepubliceerdDoor(), r.gepubliceerdOp(), r.ingetrokkenDoor(), r.ingetrokkenOp(),
                r.intrekkingsreden());
    }
}
