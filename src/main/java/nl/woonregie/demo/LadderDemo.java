package nl.woonregie.demo;

import java.util.List;

import nl.woonregie.brieven.Besluitverzoek;
import nl.woonregie.brieven.Contacten;
import nl.woonregie.brieven.Contactverzoek;
import nl.woonregie.brieven.Vooraankondiging;
import nl.woonregie.brieven.Vooraankondigingen;
import nl.woonregie.brieven.Vooraankondigingverzoek;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.toezicht.opvolging.PlanVanAanpakService;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.stereotype.Component;

/**
 * Steps 3a and 4 of the ladder in the demo (issue 19 §3, §4, §9): for the first municipality that the demo's latest
 * vastgestelde round puts on step 4, its plan van aanpak with three actions (one done, two overdue: the province's
 * worklist of overdue actions), its griffie in the contacts register (so the council gets its copy) and a vooraankondiging
 * drafted from that round and decided by Gedeputeerde Staten, but not yet sent nor published — the state in which a
 * supervisor walking the demo finds it on the worklist and can send and publish it. Decision number, texts and the
 * griffie's address are fictitious.
 */
@Component
class LadderDemo {

    private final Contacten contacten;
    private final Vooraankondigingen vooraankondigingen;
    private final RondeService rondes;
    private final PlanVanAanpakService plannen;

    LadderDemo(Contacten contacten, Vooraankondigingen vooraankondigingen, RondeService rondes,
            PlanVanAanpakService plannen) {
        this.contacten = contacten;
        this.vooraankondigingen = vooraankondigingen;
        this.rondes = rondes;
        this.plannen = plannen;
    }

    /**
     * From the vastgestelde rounds of the demo, the latest first; as the province's supervisor, who alone drafts and
     * records GS's decision.
     */
    void laad(List<Long> vastgesteldeRondes) {
        Gebruiker demo = Gebruiker.met(0, DemoData.ACTOR, Toewijzing.provincie(Rol.TOEZICHTHOUDER, DemoData.PROVINCIE));
        for (long ronde : vastgesteldeRondes) {
            Ronde r = rondes.lees(ronde, g -> true);
            Ronde.GemeenteUitkomst u = r.gemeenten().stream().filter(x -> "4".equals(x.tredeNa())).findFirst()
                    .orElse(null);
            if (u != null) {
                laad(demo, ronde, u.gemeente(), u.naam());
                return;
            }
        }
        throw new IllegalStateException("Geen gemeente op trede 4 in de vastgestelde rondes van de demo");
    }

    private void laad(Gebruiker demo, long ronde, String gemeente, String naam) {
        // step 3a before it: the municipality's plan van aanpak, one action done and two overdue (the worklist)
        long plan = plannen.legVast(gemeente, new PlanVanAanpakService.PlanInvoer("2022-II",
                "Plan van aanpak huisvesting vergunninghouders (demo)", "2022-11-15", null, List.of(
                        new PlanVanAanpakService.ActieInvoer("Afspraken met de corporatie over tien woningen per "
                                + "halfjaar", "Team wonen", "2023-01-31"),
                        new PlanVanAanpakService.ActieInvoer("Tijdelijke units op de locatie aan de rand van het "
                                + "dorp in procedure brengen", "Afdeling ruimtelijke ordening", "2023-03-31"),
                        new PlanVanAanpakService.ActieInvoer("Maandelijkse rapportage aan de provincie",
                                "Beleidsmedewerker huisvesting", "2023-02-28"))), demo, "demo");
        long klaar = plannen.lees(plan, plannen.vandaag()).acties().stream()
                .filter(a -> a.omschrijving().startsWith("Afspraken met de corporatie")).findFirst().orElseThrow().id();
        plannen.rondAf(klaar, new PlanVanAanpakService.Afronding("2023-01-24", "Convenant met de corporatie "
                + "getekend (demo)"), demo, "demo");
        String slug = naam.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        contacten.toevoegenAanGemeente(demo, gemeente, new Contactverzoek("BESTUURLIJK", "GRIFFIE",
                "Griffie van de gemeenteraad", null, "griffie@" + slug + ".example.org", null,
                "Postbus 1 (fictief)\n" + naam, true, "2022-09-01", "Demo: fictief adres", null, null, null,
                null, null, "Demo: de griffie ontvangt het afschrift voor de gemeenteraad"), "demo");
        Vooraankondiging v = vooraankondigingen.ontwerp(demo, gemeente, new Vooraankondigingverzoek(ronde, null,
                "Gedeputeerde Staten hebben vastgesteld dat de gemeente " + naam + " de taakstelling voor de "
                        + "huisvesting van vergunninghouders niet heeft gerealiseerd. Na het bestuurlijk overleg is "
                        + "de achterstand niet ingelopen. (Demo: fictieve overwegingen.)",
                "Gedeputeerde Staten zijn voornemens om, als de achterstand op de hieronder genoemde datum niet is "
                        + "ingelopen, te besluiten tot indeplaatsstelling (artikel 124 Gemeentewet).",
                "2023-09-30"), "demo");
        vooraankondigingen.besluit(demo, v.id(), new Besluitverzoek("2023-06-13", "PZH-2023-DEMO-0412 (fictief)",
                v.versie()), "demo");
    }
}
