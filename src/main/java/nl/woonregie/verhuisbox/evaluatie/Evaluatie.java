package nl.woonregie.verhuisbox.evaluatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.evaluatie.internal.EvaluatieRepository;
import nl.woonregie.verhuisbox.geld.GeldCijfers;
import nl.woonregie.verhuisbox.traject.TrajectCijfers;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pseudonymised case-level dataset for an external evaluator (issue 20 §6, ADR 0060). A COORDINATOR or
 * CONSULENT of the team requests it for a period of registrations, naming its purpose and its recipient; the team's
 * COORDINATOR approves or refuses the request (with a reason when refused); only an approved request can be
 * downloaded, by whoever may request, and every download is recorded (a row, an audit entry, and for every case in
 * it a processing in the verwerkingenlogging with the purpose "evaluatie"). The dataset is computed at the download
 * from the cases as they are then, live and imported, anonymised ones included with what they still hold; its
 * columns are {@link Dataset}'s. Every change is an audited {@link EvaluatieGebeurtenis}.
 */
@Service
public class Evaluatie {

    /** Who may request and download a dataset. */
    public static final Rol[] AANVRAGEN = {Rol.COORDINATOR, Rol.CONSULENT};
    /** The earliest registration date a dataset can start at (the team's spreadsheet starts in 2019). */
    static final LocalDate VROEGST = LocalDate.of(2019, 1, 1);

    /** The state of a request. */
    public enum Status {
        AANGEVRAAGD, GOEDGEKEURD, AFGEWEZEN
    }

    /**
     * A request as the API and the page show it: its state, who requested and decided it when, how often it was
     * downloaded, and what the reader may do with it.
     */
    @Schema(name = "EvaluatieExport")
    public record Export(long id, LocalDate van, LocalDate tot, String doel, String ontvanger, Status status,
            String statusLabel, String aangevraagdDoor, OffsetDateTime aangevraagdOp, String beoordeeldDoor,
            OffsetDateTime beoordeeldOp, String toelichting, int versie, int downloads,
            OffsetDateTime laatsteDownload, boolean magBeoordelen, boolean magDownloaden) {
    }

    /** What a request names: the period of registrations (yyyy-MM-dd), the purpose and the recipient. */
    @Schema(name = "EvaluatieAanvraag")
    public record Aanvraag(@Schema(format = "date", example = "2021-01-01") String van,
            @Schema(format = "date", example = "2021-12-31") String tot, String doel, String ontvanger) {
    }

    /** The coordinator's decision: GOEDGEKEURD or AFGEWEZEN, with a reason (required when refused). */
    @Schema(name = "EvaluatieBeoordeling")
    public record Beoordeling(@Schema(allowableValues = {"GOEDGEKEURD", "AFGEWEZEN"}) String besluit,
            String toelichting) {
    }

    /** The workbook of an approved request. */
    public record Bestand(String naam, byte[] inhoud, int casussen) {
    }

    private final EvaluatieRepository opslag;
    private final VerhuisboxToegang toegang;
    private final TrajectCijfers traject;
    private final GeldCijfers geld;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Evaluatie(EvaluatieRepository opslag, VerhuisboxToegang toegang, TrajectCijfers traject, GeldCijfers geld,
            GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.toegang = toegang;
        this.traject = traject;
        this.geld = geld;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The team's requests, the newest first (COORDINATOR, CONSULENT; 403 else). */
    @Transactional(readOnly = true)
    public List<Export> lijst(Gebruiker g) {
        toegang.teamrol(g, AANVRAGEN);
        return opslag.vanTeam(g.team()).stream().map(r -> export(r, g)).toList();
    }

    /** One request of the own team (404 for another team's or none). */
    @Transactional(readOnly = true)
    public Export lees(long id, Gebruiker g) {
        toegang.teamrol(g, AANVRAGEN);
        return export(eigen(id, g), g);
    }

    /** Requests a dataset: 400 naming every invalid field; the request waits for the coordinator. */
    @Transactional
    public Export vraagAan(Aanvraag a, Gebruiker g, String client) {
        toegang.teamrol(g, AANVRAGEN);
        List<InvalidParam> f = new ArrayList<>();
        Aanvraag in = a == null ? new Aanvraag(null, null, null, null) : a;
        LocalDate van = datum("van", in.van(), f);
        LocalDate tot = datum("tot", in.tot(), f);
        LocalDate vandaag = gebied.vandaag();
        if (van != null && van.isBefore(VROEGST)) {
            f.add(new InvalidParam("van", "op of na " + Weergave.dag(VROEGST)));
        }
        if (tot != null && tot.isAfter(vandaag)) {
            f.add(new InvalidParam("tot", "niet na vandaag (" + Weergave.dag(vandaag) + ")"));
        }
        if (van != null && tot != null && van.isAfter(tot)) {
            f.add(new InvalidParam("tot", "op of na de eerste dag (" + Weergave.dag(van) + ")"));
        }
        String doel = tekst("doel", in.doel(), 10, 1000, f);
        String ontvanger = tekst("ontvanger", in.ontvanger(), 2, 200, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De aanvraag kan niet worden opgeslagen.", f);
        }
        long id = opslag.vraagAan(g.team(), van, tot, doel, ontvanger, g.actor());
        gebeurtenissen.publishEvent(new EvaluatieGebeurtenis.Aangevraagd(id, g.team(), van, tot, doel, ontvanger,
                new Actor(g.actor(), client)));
        return export(opslag.lees(id).orElseThrow(), g);
    }

    /**
     * The coordinator decides a request at version {@code versie} (the If-Match): 400 naming every invalid field,
     * 409 when it changed meanwhile or was decided already.
     */
    @Transactional
    public Export beoordeel(long id, Integer versie, Beoordeling b, Gebruiker g, String client) {
        toegang.teamrol(g, Rol.COORDINATOR);
        EvaluatieRepository.Rij r = eigen(id, g);
        List<InvalidParam> f = new ArrayList<>();
        Beoordeling in = b == null ? new Beoordeling(null, null) : b;
        Status besluit = null;
        if (in.besluit() == null || in.besluit().isBlank()) {
            f.add(new InvalidParam("besluit", "verplicht: GOEDGEKEURD of AFGEWEZEN"));
        } else if ("GOEDGEKEURD".equals(in.besluit().strip()) || "AFGEWEZEN".equals(in.besluit().strip())) {
            besluit = Status.valueOf(in.besluit().strip());
        } else {
            f.add(new InvalidParam("besluit", "GOEDGEKEURD of AFGEWEZEN"));
        }
        String toelichting = in.toelichting() == null || in.toelichting().isBlank() ? null : in.toelichting().strip();
        if (besluit == Status.AFGEWEZEN && toelichting == null) {
            f.add(new InvalidParam("toelichting", "verplicht bij afwijzen: waarom"));
        }
        if (toelichting != null && toelichting.length() > 1000) {
            f.add(new InvalidParam("toelichting", "ten hoogste 1000 tekens"));
        }
        if (versie == null || versie < 1) {
            f.add(new InvalidParam("If-Match", "verplicht: de versie die u beoordeelt (de ETag van de aanvraag)"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De beoordeling kan niet worden opgeslagen.", f);
        }
        if (!"AANGEVRAAGD".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al beoordeeld", "Deze aanvraag is al "
                    + statusLabel(Status.valueOf(r.status())).toLowerCase(java.util.Locale.ROOT) + " door " + r.beoordeeldDoor() + ".",
                    null);
        }
        if (!opslag.beoordeel(id, versie, besluit.name(), toelichting, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De aanvraag is intussen gewijzigd; "
                    + "laad haar opnieuw.", null);
        }
        gebeurtenissen.publishEvent(new EvaluatieGebeurtenis.Beoordeeld(id, besluit.name(), toelichting,
                new Actor(g.actor(), client)));
        return export(opslag.lees(id).orElseThrow(), g);
    }

    /**
     * The dataset of an approved request (COORDINATOR, CONSULENT of the team; 409 while not approved): computed from
     * the cases as they are now, recorded as a download, audited, and every case in it logged as processed for the
     * evaluation.
     */
    @Transactional
    public Bestand bestand(long id, Gebruiker g, String client) {
        toegang.teamrol(g, AANVRAGEN);
        EvaluatieRepository.Rij r = eigen(id, g);
        if (!"GOEDGEKEURD".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet goedgekeurd", "De dataset kan pas worden gedownload "
                    + "als de coördinator de aanvraag heeft goedgekeurd; deze aanvraag is "
                    + statusLabel(Status.valueOf(r.status())).toLowerCase(java.util.Locale.ROOT) + ".", null);
        }
        List<TrajectCijfers.Evaluatiecasus> casussen = traject.evaluatie(r.team(), r.van(), r.tot());
        List<Long> ids = casussen.stream().map(TrajectCijfers.Evaluatiecasus::casus).toList();
        Map<Long, BigDecimal> betaald = geld.betaaldPerCasus(ids);
        byte[] sleutel = opslag.sleutel(r.team());
        List<Dataset.Regel> regels = new ArrayList<>();
        for (TrajectCijfers.Evaluatiecasus c : casussen) {
            String code = c.bestemmingCode();
            regels.add(new Dataset.Regel(c, Generalisatie.pseudoniem(sleutel, c.casus()),
                    code == null ? null : gebied.naam(code),
                    code == null ? null : gebied.provincieVan(code).flatMap(gebied::provincie).map(Provincie::naam)
                            .orElse(null),
                    betaald.getOrDefault(c.casus(), BigDecimal.ZERO)));
        }
        Map<String, String> verantwoording = new LinkedHashMap<>();
        verantwoording.put("Aanvraag", "nummer " + r.id() + ", aangevraagd door " + r.aangevraagdDoor() + " op "
                + dag(r.aangevraagdOp()));
        verantwoording.put("Doel", r.doel());
        verantwoording.put("Ontvanger", r.ontvanger());
        verantwoording.put("Goedgekeurd", "door " + r.beoordeeldDoor() + " op " + dag(r.beoordeeldOp()));
        verantwoording.put("Periode", "aanmeldingen van " + Weergave.dag(r.van()) + " tot en met "
                + Weergave.dag(r.tot()) + " (" + casussen.size() + " casussen)");
        verantwoording.put("Gemaakt", Weergave.dag(gebied.vandaag()) + " door " + g.actor()
                + "; de gegevens zijn die van dat moment");
        opslag.gedownload(id, g.actor(), casussen.size());
        toegang.logEvaluatie(g, ids, "dataset evaluatie " + id + " (XLSX)");
        gebeurtenissen.publishEvent(new EvaluatieGebeurtenis.Gedownload(id, casussen.size(),
                new Actor(g.actor(), client)));
        return new Bestand("verhuisbox-evaluatie-" + id + "-" + r.van() + "-" + r.tot() + ".xlsx",
                Dataset.werkmap(regels, verantwoording), casussen.size());
    }

    /** The Dutch label of a state. */
    public static String statusLabel(Status s) {
        return nl.woonregie.platform.web.Labels.van(s);
    }

    private static String dag(OffsetDateTime t) {
        return t == null ? "–" : Weergave.dag(t.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate());
    }

    private EvaluatieRepository.Rij eigen(long id, Gebruiker g) {
        return opslag.lees(id).filter(r -> r.team() == g.team())
                .orElseThrow(() -> ApiException.notFound("Er is geen aanvraag " + id + " van uw team."));
    }

    private Export export(EvaluatieRepository.Rij r, Gebruiker g) {
        Status s = Status.valueOf(r.status());
        return new Export(r.id(), r.van(), r.tot(), r.doel(), r.ontvanger(), s, statusLabel(s), r.aangevraagdDoor(),
                r.aangevraagdOp(), r.beoordeeldDoor(), r.beoordeeldOp(), r.toelichting(), r.versie(), r.downloads(),
                r.laatsteDownload(), s == Status.AANGEVRAAGD && VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR),
                s == Status.GOEDGEKEURD);
    }

    private static LocalDate datum(String veld, String tekst, List<InvalidParam> f) {
        if (tekst == null || tekst.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht: een datum (jjjj-mm-dd)"));
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            f.add(new InvalidParam(veld, "geen datum: gebruik jjjj-mm-dd, bijvoorbeeld 2022-01-31"));
            return null;
        }
    }

    private static String tekst(String veld, String tekst, int min, int max, List<InvalidParam> f) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.length() < min) {
            f.add(new InvalidParam(veld, t.isEmpty() ? "verplicht" : "ten minste " + min + " tekens"));
            return null;
        }
        if (t.length() > max) {
            f.add(new InvalidParam(veld, "ten hoogste " + max + " tekens"));
            return null;
        }
        return t;
    }
}
