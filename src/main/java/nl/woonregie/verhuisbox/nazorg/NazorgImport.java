package nl.woonregie.verhuisbox.nazorg;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.nazorg.internal.NazorgRepository;
import nl.woonregie.verhuisbox.traject.TeamGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The aftercare and surveys of imported historical cases: written when the trajectory publishes
 * {@link TeamGebeurtenis.CasussenGeimporteerd}, in the same transaction (no tasks: the contacts are history).
 */
@Component
class NazorgImport {

    private final NazorgRepository nazorg;

    NazorgImport(NazorgRepository nazorg) {
        this.nazorg = nazorg;
    }

    @EventListener
    void bij(TeamGebeurtenis.CasussenGeimporteerd batch) {
        List<NazorgRepository.Contactimport> contacten = new ArrayList<>();
        List<NazorgRepository.Enqueteimport> enquetes = new ArrayList<>();
        for (TeamGebeurtenis.CasussenGeimporteerd.Geimporteerd g : batch.casussen()) {
            HistorischeImport.Casus c = g.gegevens();
            for (HistorischeImport.Nazorgcontact n : c.nazorg() == null ? List.<HistorischeImport.Nazorgcontact>of()
                    : c.nazorg()) {
                contacten.add(new NazorgRepository.Contactimport(g.casus(), n.maanden(), n.verhuisdatum(),
                        n.deadline(), n.vastgelegdOp(), n.vastgelegdDoor(), n.woontErNog(), n.inkomen()));
            }
            HistorischeImport.Enquete e = c.enquete();
            if (e != null) {
                enquetes.add(new NazorgRepository.Enqueteimport(g.casus(), batch.team(), e.jaar(), e.proces(),
                        e.steun(), e.tevredenheid(), e.vertrouwen(), e.perspectief(), e.overzicht(), e.ingevuldDoor(),
                        e.vastgelegdDoor(), e.vastgelegdOp()));
            }
        }
        if (!contacten.isEmpty() || !enquetes.isEmpty()) {
            nazorg.importeer(contacten, enquetes);
        }
    }
}
