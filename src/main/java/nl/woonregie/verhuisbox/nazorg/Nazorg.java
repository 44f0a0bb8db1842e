package nl.woonregie.verhuisbox.nazorg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.nazorg.internal.NazorgRepository;
import nl.woonregie.verhuisbox.traject.CasusAfgesloten;
import nl.woonregie.verhuisbox.traject.CasusDienst;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import nl.woonregie.verhuisbox.traject.Taken;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aftercare (nazorg) after a move to another municipality: contacts at 1, 3, 6 and 12 months after the move date
 * ({@code woonregie.verhuisbox.nazorg-maanden}), planned when the trajectory closes a case as VERHUISD (it listens
 * to {@link CasusAfgesloten} in the closing transaction), each a task for the casemanager with that deadline, shown
 * on the worklist from {@code woonregie.verhuisbox.nazorg-vooraf-dagen} days before it and overdue after it. Every
 * recording is authorised, validated, recorded once and audited.
 */
@Service
public class Nazorg {

    /** Who sees the aftercare overview (its check, and the worklist's link: {@link NazorgWerklijstlink}). */
    static final Rol[] OVERZICHT = {Rol.CASEMANAGER, Rol.COORDINATOR};

    private final NazorgRepository nazorg;
    private final Taken taken;
    private final CasusDienst casussen;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;
    private final List<Integer> maanden;
    private final int voorafDagen;

    Nazorg(NazorgRepository nazorg, Taken taken, CasusDienst casussen, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok,
            @Value("${woonregie.verhuisbox.nazorg-maanden:1,3,6,12}") List<Integer> maanden,
            @Value("${woonregie.verhuisbox.nazorg-vooraf-dagen:14}") int voorafDagen) {
        this.nazorg = nazorg;
        this.taken = taken;
        this.casussen = casussen;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
        this.maanden = maanden.stream().distinct().sorted().toList();
        this.voorafDagen = voorafDagen;
    }

    /** The stand of a contact: planned, due (from the reminder on), overdue, recorded. */
    public enum Stand {
        GEPLAND, TE_DOEN, TE_LAAT, VASTGELEGD
    }

    @Schema(name = "NazorgContact")
    public record Contact(long id, int maanden, LocalDate verhuisdatum, LocalDate deadline, Stand stand,
            boolean teLaat, OffsetDateTime vastgelegdOp, String vastgelegdDoor, Boolean woontErNog, String inkomen,
            Boolean maatschappelijkWerk, String problemen, String vervolg) {
    }

    public record Vastlegging(Boolean woontErNog, String inkomen, Boolean maatschappelijkWerk, String problemen,
            String vervolg) {
    }

    /** A case closed as VERHUISD gets its aftercare contacts (in the closing transaction). */
    @EventListener
    void bijAfsluiten(CasusAfgesloten afgesloten) {
        if (afgesloten.uitkomst() == Uitkomst.VERHUISD) {
            plan(afgesloten.casus(), afgesloten.verhuisdatum());
        }
    }

    /** Plans the contacts after a move; a moment the case has already is left as it is. */
    void plan(long casus, LocalDate verhuisdatum) {
        for (int m : maanden) {
            LocalDate deadline = verhuisdatum.plusMonths(m);
            long taak = taken.maak(casus, Taaksoort.NAZORG, "Nazorgcontact " + m + (m == 1 ? " maand" : " maanden")
                    + " na de verhuizing vastleggen", Rol.CASEMANAGER, deadline, deadline.minusDays(voorafDagen));
            nazorg.plan(casus, m, verhuisdatum, deadline, taak);
        }
    }

    public List<Contact> contacten(long casus) {
        LocalDate vandaag = LocalDate.now(klok);
        return nazorg.contacten(casus).stream().map(r -> new Contact(r.id(), r.maanden(), r.verhuisdatum(),
                r.deadline(), stand(r.deadline(), r.vastgelegdOp() != null, vandaag),
                r.vastgelegdOp() == null && r.deadline().isBefore(vandaag), r.vastgelegdOp(), r.vastgelegdDoor(),
                r.woontErNog(), r.inkomen(), r.maatschappelijkWerk(), r.problemen(), r.vervolg())).toList();
    }

    /** The contacts, read by the assigned casemanager or the coordinator (logged). */
    public List<Contact> contacten(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.NAZORG);
        return contacten(casus);
    }

    /**
     * GEPLAND until the reminder shows ({@code voorafDagen} before the deadline), then TE_DOEN, TE_LAAT after the
     * deadline, VASTGELEGD once recorded.
     */
    Stand stand(LocalDate deadline, boolean vastgelegd, LocalDate vandaag) {
        return vastgelegd ? Stand.VASTGELEGD : deadline.isBefore(vandaag) ? Stand.TE_LAAT
                : deadline.minusDays(voorafDagen).isAfter(vandaag) ? Stand.GEPLAND : Stand.TE_DOEN;
    }

    /** Records contact {@code maanden} of the case; 400 naming every invalid field, 404 unknown, 409 already done. */
    @Transactional
    public Contact leg(long casus, int maanden, Vastlegging v, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.NAZORG_VASTLEGGEN);
        List<InvalidParam> f = new ArrayList<>();
        if (v == null) {
            v = new Vastlegging(null, null, null, null, null);
        }
        if (v.woontErNog() == null) {
            f.add(new InvalidParam("woontErNog", "verplicht (ja of nee)"));
        }
        if (v.inkomen() == null || v.inkomen().isBlank()) {
            f.add(new InvalidParam("inkomen", "verplicht: inkomen of uitkering in de nieuwe gemeente"));
        } else if (v.inkomen().length() > 500) {
            f.add(new InvalidParam("inkomen", "hoogstens 500 tekens"));
        }
        if (v.maatschappelijkWerk() == null) {
            f.add(new InvalidParam("maatschappelijkWerk", "verplicht (ja of nee)"));
        }
        if (v.problemen() != null && v.problemen().length() > 4000) {
            f.add(new InvalidParam("problemen", "hoogstens 4000 tekens"));
        }
        if (v.vervolg() != null && v.vervolg().length() > 4000) {
            f.add(new InvalidParam("vervolg", "hoogstens 4000 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het nazorgcontact is niet volledig of niet geldig.", f);
        }
        NazorgRepository.Contactkop kop = nazorg.kop(casus, maanden).orElseThrow(() -> ApiException.notFound(
                "Casus " + casus + " heeft geen nazorgcontact na " + maanden + " maanden."));
        if (kop.vastgelegdOp() != null || !nazorg.leg(kop.id(), door.actor(), v.woontErNog(), v.inkomen().strip(),
                v.maatschappelijkWerk(), Invoer.leeg(v.problemen()), Invoer.leeg(v.vervolg()))) {
            throw new ApiException(HttpStatus.CONFLICT, "Al vastgelegd", "Het nazorgcontact na " + maanden
                    + " maanden is al vastgelegd.", null);
        }
        if (kop.taak() != null) {
            taken.rondAf(kop.taak(), Taaksoort.NAZORG, door.actor());
        }
        gebeurtenissen.publishEvent(new NazorgGebeurtenis.ContactVastgelegd(casus, maanden, v.woontErNog(),
                v.inkomen().strip(), v.maatschappelijkWerk(), Invoer.leeg(v.problemen()), Invoer.leeg(v.vervolg()),
                new Actor(door.actor(), client)));
        return contacten(casus).stream().filter(c -> c.maanden() == maanden).findFirst().orElseThrow();
    }

    /** An aftercare contact that is due or overdue (shown from the reminder day on). */
    public record Openstaand(long casus, String naam, String casemanager, int maanden, LocalDate deadline,
            boolean teLaat) {
    }

    /** Per contact moment: how many are planned, due, overdue and recorded, and what was recorded. */
    public record Moment(int maanden, int gepland, int teDoen, int teLaat, int vastgelegd, int woontErNog,
            int maatschappelijkWerk) {
    }

    public record Overzicht(List<Moment> momenten, List<Openstaand> openstaand) {
    }

    /**
     * The aftercare of the cases a user follows: the coordinator the whole team, a casemanager the assigned cases.
     * Names only as on the worklist; the case itself is opened (and its read logged) through the case page.
     */
    public Overzicht overzicht(Gebruiker g) {
        toegang.teamrol(g, OVERZICHT);
        LocalDate vandaag = LocalDate.now(klok);
        boolean eigen = !g.heeft(Rol.COORDINATOR);
        Map<Long, CasusDienst.Gevolgd> gevolgd = casussen.gevolgd(g.team(), eigen ? g.id() : null).stream()
                .collect(Collectors.toMap(CasusDienst.Gevolgd::casus, Function.identity()));
        Map<Integer, int[]> tel = new TreeMap<>();
        for (int m : maanden) {
            tel.put(m, new int[6]);
        }
        List<Openstaand> open = new ArrayList<>();
        for (NazorgRepository.Overzichtrij r : nazorg.vanCasussen(gevolgd.keySet())) {
            int[] t = tel.computeIfAbsent(r.maanden(), k -> new int[6]);
            switch (stand(r.deadline(), r.vastgelegd(), vandaag)) {
                case GEPLAND -> t[0]++;
                case VASTGELEGD -> {
                    t[3]++;
                    t[4] += Boolean.TRUE.equals(r.woontErNog()) ? 1 : 0;
                    t[5] += Boolean.TRUE.equals(r.maatschappelijkWerk()) ? 1 : 0;
                }
                case TE_LAAT, TE_DOEN -> {
                    boolean teLaat = stand(r.deadline(), false, vandaag) == Stand.TE_LAAT;
                    t[teLaat ? 2 : 1]++;
                    CasusDienst.Gevolgd c = gevolgd.get(r.casus());
                    open.add(new Openstaand(r.casus(), c.naam(), c.casemanager(), r.maanden(), r.deadline(), teLaat));
                }
            }
        }
        List<Moment> momenten = tel.entrySet().stream().map(e -> new Moment(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
        toegang.logLijst(g, open.stream().map(Openstaand::casus).toList(), "nazorgoverzicht");
        return new Overzicht(momenten, open);
    }
}
