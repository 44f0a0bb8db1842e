package nl.woonregie.verhuisbox.traject;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.TeamGebeurtenis.CasussenGeimporteerd.Geimporteerd;
import nl.woonregie.verhuisbox.traject.internal.ImportRepository;
import nl.woonregie.verhuisbox.traject.internal.TaakRepository;
import nl.woonregie.verhuisbox.traject.internal.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of historical cases ({@link HistorischeImport}): checks the batch (400 naming every invalid field),
 * writes the cases, their history and ICP-toets in a few batched statements, the tasks their history leaves open
 * (as the transitions would have: {@link Taken#openNa}), adds the places their intakes used when asked, and publishes one {@link TeamGebeurtenis.CasussenGeimporteerd} — money and aftercare write their parts
 * on it, and the audit trail records the batch — all in one transaction.
 */
@Service
public class Importeren implements HistorischeImport {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ImportRepository importen;
    private final TeamRepository teams;
    private final TaakRepository taken;
    private final ApplicationEventPublisher gebeurtenissen;

    Importeren(ImportRepository importen, TeamRepository teams, TaakRepository taken,
            ApplicationEventPublisher gebeurtenissen) {
        this.importen = importen;
        this.teams = teams;
        this.taken = taken;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    @Transactional
    public Resultaat importeer(Partij partij, Actor door) {
        controleer(partij);
        List<Casus> casussen = partij.casussen();
        List<Long> ids = importen.nieuweNummers(casussen.size());
        importen.casussen(partij.team(), ids, casussen);
        List<ImportRepository.Stap> stappen = new ArrayList<>();
        List<ImportRepository.Uitslag> uitslagen = new ArrayList<>();
        List<TaakRepository.NieuweTaak> open = new ArrayList<>();
        List<Geimporteerd> geimporteerd = new ArrayList<>();
        int verstrekkingen = 0;
        int nazorg = 0;
        int enquetes = 0;
        Map<Categorie, Integer> intakes = new EnumMap<>(Categorie.class);
        for (int i = 0; i < casussen.size(); i++) {
            long id = ids.get(i);
            Casus c = casussen.get(i);
            geimporteerd.add(new Geimporteerd(id, c));
            for (Statusstap s : c.geschiedenis()) {
                stappen.add(new ImportRepository.Stap(id, s));
            }
            open.addAll(Taken.openNa(id, c.geschiedenis(), c.kinderen() > 0, NL));
            if (partij.capaciteitAanvullenIn() != null && c.geschiedenis().stream().anyMatch(s -> s.naar() == Status.INTAKE
                    && s.tijdstip().atZoneSameInstant(NL).getYear() == partij.capaciteitAanvullenIn())) {
                intakes.merge(c.categorie(), 1, Integer::sum);
            }
            for (Toetsing t : lijst(c.toetsing())) {
                uitslagen.add(new ImportRepository.Uitslag(id, t));
            }
            verstrekkingen += lijst(c.verstrekkingen()).size();
            nazorg += lijst(c.nazorg()).size();
            enquetes += c.enquete() == null ? 0 : 1;
        }
        importen.statuswijzigingen(stappen);
        importen.toetsingen(uitslagen);
        taken.maakAlle(open);
        intakes.forEach((categorie, aantal) -> teams.verhoogCapaciteit(partij.team(), partij.capaciteitAanvullenIn(),
                categorie, aantal));
        gebeurtenissen.publishEvent(new TeamGebeurtenis.CasussenGeimporteerd(partij.team(),
                partij.kenmerkVoorvoegsel(), geimporteerd, stappen.size(), uitslagen.size(), verstrekkingen, nazorg,
                enquetes, door));
        return new Resultaat(ids, stappen.size(), uitslagen.size(), verstrekkingen, nazorg, enquetes);
    }

    private static <T> List<T> lijst(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Every invalid field of every case, named like {@code casussen[3].status}. */
    private void controleer(Partij p) {
        List<InvalidParam> f = new ArrayList<>();
        if (p == null || p.casussen() == null) {
            throw ApiException.invalid("De partij is leeg.", List.of(new InvalidParam("casussen", "verplicht")));
        }
        if (teams.team(p.team()).isEmpty()) {
            f.add(new InvalidParam("team", "onbekend team"));
        }
        for (int i = 0; i < p.casussen().size(); i++) {
            Casus c = p.casussen().get(i);
            String v = "casussen[" + i + "].";
            if (c.naam() == null || c.naam().isBlank()) {
                f.add(new InvalidParam(v + "naam", "verplicht"));
            }
            if (c.organisatie() == null || c.organisatie().isBlank()) {
                f.add(new InvalidParam(v + "organisatie", "verplicht"));
            }
            if (c.geboortedatum() == null || c.compleetOp() == null || c.toestemmingOp() == null
                    || c.aangemaaktOp() == null) {
                f.add(new InvalidParam(v + "compleetOp", "geboortedatum, toestemmingOp, compleetOp en aangemaaktOp "
                        + "zijn verplicht"));
            }
            if (c.categorie() == null || c.status() == null || c.voorkeursregios() == null) {
                f.add(new InvalidParam(v + "status", "status, categorie en voorkeursregio's zijn verplicht"));
            }
            List<Statusstap> g = lijst(c.geschiedenis());
            if (g.isEmpty() || g.get(0).naar() != Status.MELDING || g.get(0).van() != null
                    || g.get(g.size() - 1).naar() != c.status()) {
                f.add(new InvalidParam(v + "geschiedenis", "van de melding (null → MELDING) tot de status van nu"));
            } else {
                for (int k = 1; k < g.size(); k++) {
                    if (g.get(k).van() != g.get(k - 1).naar() || g.get(k).tijdstip().isBefore(g.get(k - 1).tijdstip())) {
                        f.add(new InvalidParam(v + "geschiedenis[" + k + "]", "volgt niet op de vorige stap"));
                    }
                }
            }
            if ((c.status() == Status.AFGESLOTEN) != (c.uitkomst() != null)) {
                f.add(new InvalidParam(v + "uitkomst", "alleen en altijd bij AFGESLOTEN"));
            }
            for (int k = 0; k < lijst(c.verstrekkingen()).size(); k++) {
                Verstrekking x = c.verstrekkingen().get(k);
                if (x.voorgesteldDoor() == x.beoordeeldDoor()) {
                    f.add(new InvalidParam(v + "verstrekkingen[" + k + "].beoordeeldDoor", "niet de voorsteller "
                            + "(vier ogen)"));
                }
                if (x.bedrag() == null || x.bedrag().signum() <= 0 || x.bedrag().scale() > 2) {
                    f.add(new InvalidParam(v + "verstrekkingen[" + k + "].bedrag", "een bedrag boven 0, in centen"));
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De partij historische casussen is niet geldig.", f);
        }
    }
}
