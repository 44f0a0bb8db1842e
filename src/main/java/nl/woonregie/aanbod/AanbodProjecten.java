package nl.woonregie.aanbod;

import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.internal.BronOpslag;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gemeente's projects (its current supply sources of soort {@code PROJECT}) for another module that authorised its
 * caller itself — the doorbraakplan's support plans name a project by its source's id and show its name. No access
 * check here: the caller decides who may see what of a project (the doorbraakplan's roles see a project's name and
 * facts through their own pages; its supply figures stay with the gemeente and its province in this module). A
 * project comes with its facts checked on today ({@link Aanbodbron#projecttoetsing()}).
 */
@Service
public class AanbodProjecten {

    private final BronOpslag opslag;
    private final nl.woonregie.gebied.GebiedService gebied;

    AanbodProjecten(BronOpslag opslag, nl.woonregie.gebied.GebiedService gebied) {
        this.opslag = opslag;
        this.gebied = gebied;
    }

    /** The gemeente's current projects, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Aanbodbron> vanGemeente(String gemeente) {
        return opslag.vanGemeenten(List.of(gemeente)).stream().filter(b -> b.soort() == Aanbodbron.Soort.PROJECT)
                .map(b -> b.getoetst(gebied.vandaag())).toList();
    }

    /** One current project of the gemeente; empty when it has no such project (or it was removed). */
    @Transactional(readOnly = true)
    public Optional<Aanbodbron> lees(String gemeente, long id) {
        return opslag.lees(id).filter(b -> b.gemeente().equals(gemeente) && b.soort() == Aanbodbron.Soort.PROJECT
                && !opslag.isVerwijderd(id)).map(b -> b.getoetst(gebied.vandaag()));
    }
}
