package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.traject.internal.TaakRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checklists of a case (intake, documents on an offer, moving and aftercare): items open, done or n.v.t. */
@Service
public class Checklisten {

    private final TaakRepository taken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Checklisten(TaakRepository taken, VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen) {
        this.taken = taken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    public record Checkitem(long id, String lijst, String code, String omschrijving, Checkstand stand,
            String notitie) {
    }

    /** The body of a change of one item. */
    public record VinkVerzoek(String stand, String notitie) {
    }

    /** The items of the case, intake first, then the documents on an offer, then moving. Not access-checked. */
    public List<Checkitem> items(long casus) {
        return taken.items(casus).stream().map(i -> new Checkitem(i.id(), i.lijst(), i.code(), i.omschrijving(),
                i.stand(), i.notitie())).toList();
    }

    /** The checklists, read by an account that may read the case (logged). */
    public List<Checkitem> checklist(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.CHECKLIST_LEZEN);
        return items(casus);
    }

    /** Sets one item (CASEMANAGER, ADMINISTRATIEF, CONSULENT of the case). */
    @Transactional
    public void vink(long casus, String lijst, String code, VinkVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.CHECKLIST);
        zet(casus, lijst, code, v == null ? null : v.stand(), v == null ? null : v.notitie(), door, client);
    }

    /** Sets the changed items of one list at once (the page's form: code to stand). */
    @Transactional
    public void vinkLijst(long casus, String lijst, Map<String, String> standen, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.CHECKLIST);
        for (Checkitem item : items(casus)) {
            String stand = standen.get(item.code());
            if (item.lijst().equals(lijst) && stand != null && !stand.equals(item.stand().name())) {
                zet(casus, lijst, item.code(), stand, item.notitie(), door, client);
            }
        }
    }

    void zet(long casus, String lijst, String code, String stand, String notitie, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        Checkstand s = null;
        try {
            s = stand == null ? null : Checkstand.valueOf(stand);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (s == null) {
            f.add(new InvalidParam("stand", "OPEN, GEDAAN of NVT"));
        }
        if (notitie != null && notitie.length() > 1000) {
            f.add(new InvalidParam("notitie", "hoogstens 1000 tekens"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Ongeldig checklistpunt.", f);
        }
        if (!taken.zet(casus, lijst, code, s, Invoer.leeg(notitie), door.actor())) {
            throw ApiException.notFound("Checklistpunt " + lijst + "/" + code + " bestaat niet bij deze casus.");
        }
        gebeurtenissen.publishEvent(new CasusGebeurtenis.ChecklistGewijzigd(casus, lijst, code, s,
                new Actor(door.actor(), client)));
    }

    /** Adds a list to the case (on entering the state it belongs to). */
    void maak(long casus, String lijst, List<Checklists.Item> items) {
        taken.maakLijst(casus, lijst, items);
    }

    void heropen(long casus, String lijst) {
        taken.heropen(casus, lijst);
    }

    int open(long casus, String lijst) {
        return taken.open(casus, lijst);
    }
}
