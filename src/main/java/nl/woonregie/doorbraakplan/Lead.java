package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.doorbraakplan.pijplijn.Aspect;
import nl.woonregie.doorbraakplan.pijplijn.Inbrenger;
import nl.woonregie.doorbraakplan.pijplijn.Kleur;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.pijplijn.Stap;
import nl.woonregie.doorbraakplan.pijplijn.Uitkomst;

/**
 * A lead (a possible location) of a municipality's doorbraakplan with its history. The submitter's name and contact
 * ({@code inbrengerNaam}, {@code inbrengerContact}) are personal data: present only for the programme team, the
 * administrator and the lead's projectleider (each such read is logged), null for BESTUUR and after anonymisation.
 *
 * @param versie           the lead's version (a step names it; 409 when the lead changed in between)
 * @param tranche          the tranche of the college decision (its id), null when none
 * @param aanbodbron       the supply source in {@code aanbod} made at the designation
 * @param mogelijkeStappen the steps the lead may take now (empty for a reader)
 */
public record Lead(long id, String gemeente, String naam, String adres, String omschrijving, Leadstatus status,
        int versie, LocalDate ingediendOp, Inbrenger inbrenger, String inbrengerNaam, String inbrengerContact,
        boolean geanonimiseerd, String eigenaar, Integer plaatsen, Integer eenheden, String projectleider,
        String conclusie, Kleur kleur, Long tranche, String trancheNaam, Long aanbodbron, String afvalreden,
        String afvalredenOmschrijving, String afvalToelichting, LocalDate geslotenOp, List<Analyse> analyse,
        List<Stapregel> stappen, List<Stap> mogelijkeStappen) {

    /** The outcome of one aspect of the analysis. */
    public record Analyse(Aspect aspect, Uitkomst uitkomst, String toelichting, String door) {
    }

    /** One step of the lead's history, with the decision's date and reference. */
    public record Stapregel(long id, Stap stap, Leadstatus vanStand, Leadstatus naarStand, LocalDate datum, String kenmerk,
            String toelichting, String afvalreden, String door) {
    }

    /** The lead without personal data (for readers who may not see the submitter). */
    Lead zonderInbrenger() {
        return new Lead(id, gemeente, naam, adres, omschrijving, status, versie, ingediendOp, inbrenger, null, null,
                geanonimiseerd, eigenaar, plaatsen, eenheden, projectleider, conclusie, kleur, tranche, trancheNaam,
                aanbodbron, afvalreden, afvalredenOmschrijving, afvalToelichting, geslotenOp, analyse, stappen,
                mogelijkeStappen);
    }

    Lead metStappen(List<Stap> mogelijk) {
        return new Lead(id, gemeente, naam, adres, omschrijving, status, versie, ingediendOp, inbrenger, inbrengerNaam,
                inbrengerContact, geanonimiseerd, eigenaar, plaatsen, eenheden, projectleider, conclusie, kleur,
                tranche, trancheNaam, aanbodbron, afvalreden, afvalredenOmschrijving, afvalToelichting, geslotenOp,
                analyse, stappen, mogelijk);
    }
}
