package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.verhuisbox.traject.internal.PrivacyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AVG side of Verhuisbox: closed cases are kept for a configurable term
 * ({@code woonregie.verhuisbox.bewaartermijn-maanden}, default 24) after their last status change and then
 * anonymised — personal data and free text overwritten, the figures (category, variant, outcome, destination,
 * household size, dates) kept for the reports; nothing is deleted. Traject anonymises its own tables and publishes
 * {@link CasusGebeurtenis.Geanonimiseerd}; the other parts listen in the same transaction and anonymise theirs. And a
 * person's data can be exported for an AVG request, including who read the case (verwerkingenlogging); never the
 * vault's credentials: traject's sections, then those of every {@link AvgOnderdeel}, then the reads.
 */
@Service
public class Privacy {

    private static final Logger log = LoggerFactory.getLogger(Privacy.class);

    private final PrivacyRepository privacy;
    private final VerhuisboxToegang toegang;
    private final List<AvgOnderdeel> onderdelen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final int bewaartermijnMaanden;

    Privacy(PrivacyRepository privacy, VerhuisboxToegang toegang, List<AvgOnderdeel> onderdelen,
            ApplicationEventPublisher gebeurtenissen,
            @Value("${woonregie.verhuisbox.bewaartermijn-maanden:24}") int bewaartermijnMaanden) {
        this.privacy = privacy;
        this.toegang = toegang;
        this.onderdelen = onderdelen.stream().sorted(Comparator.comparingInt(AvgOnderdeel::volgorde)).toList();
        this.gebeurtenissen = gebeurtenissen;
        this.bewaartermijnMaanden = bewaartermijnMaanden;
    }

    public int bewaartermijnMaanden() {
        return bewaartermijnMaanden;
    }

    /**
     * The closed (or refused) cases of a team (null: all teams) whose last status change lies more than the term
     * before {@code vandaag}, not yet anonymised.
     */
    public List<Long> teAnonimiseren(LocalDate vandaag, Long team) {
        LocalDate grens = vandaag.minusMonths(bewaartermijnMaanden);
        return privacy.teAnonimiseren(grens.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime(), team);
    }

    /** The coordinator anonymises the cases of the own team whose term has passed. */
    @Transactional
    public int anonimiseerTeam(LocalDate vandaag, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        return anonimiseer(vandaag, door.team(), door, client);
    }

    /** Anonymises the cases of the team (null: all) whose term has passed; one transaction; returns how many. */
    @Transactional
    public int anonimiseer(LocalDate vandaag, Long team, Gebruiker door, String client) {
        List<Long> ids = teAnonimiseren(vandaag, team);
        if (ids.isEmpty()) {
            return 0;
        }
        privacy.begin();
        privacy.anonimiseer(ids.toArray(Long[]::new));
        // the other parts anonymise their own tables when they hear this, in this transaction; the audit trail too
        gebeurtenissen.publishEvent(new CasusGebeurtenis.Geanonimiseerd(ids, bewaartermijnMaanden,
                new Actor(door.actor(), client)));
        log.info("Verhuisbox: {} afgesloten casussen geanonimiseerd (bewaartermijn {} maanden)", ids.size(),
                bewaartermijnMaanden);
        return ids.size();
    }

    /**
     * Everything Woonregie holds about the client of a case, for an AVG request (inzage, COORDINATOR; the read itself
     * is logged): the case, its history, checks, tasks, checklists, registrations (whether credentials are stored,
     * never the credentials), reactions, offers, aftercare, survey, grants, and every read of the case.
     */
    @Transactional
    public Map<String, Object> avgExport(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.AVG_EXPORT);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("casus", privacy.casus(casus));
        export.putAll(privacy.geschiedenis(casus));
        for (AvgOnderdeel o : onderdelen) {
            export.putAll(o.avgGegevens(casus));
        }
        export.put("verwerkingen", privacy.verwerkingen(casus));
        return export;
    }
}
