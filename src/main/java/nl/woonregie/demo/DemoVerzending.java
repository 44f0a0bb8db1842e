package nl.woonregie.demo;

import java.time.LocalDate;

import nl.woonregie.brieven.BriefService;
import nl.woonregie.brieven.BriefVerzending;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.Opdracht;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import org.springframework.stereotype.Component;

/**
 * The demo sends one round (issue 19 §9): the letters of its latest vastgestelde round (peildatum
 * {@link #PEILDATUM}) go to the demo's contacts ({@link ContactenDemo}: fictitious, {@code example.org}, all accepting
 * electronic decisions) through the outbox, as a supervisor would send them — so a municipality's account sees its
 * letter in its portal. Without a configured mail server the messages wait in the outbox. A background job planned
 * when the demo is loaded, because the round's letters are made by the letters' own job after the load commits: this
 * one first makes what is still missing of that round's letters (the same idempotent step), then sends; run again, it
 * sends nothing twice (the sender's own rule).
 */
@Component
class DemoVerzending implements Opdracht<DemoVerzending.Verzenden> {

    static final String SOORT = "demo-brieven-verzenden";
    /** The demo round whose letters are sent: the last one the demo makes final. */
    static final LocalDate PEILDATUM = LocalDate.of(2023, 4, 1);

    /** The job's data: the round and the version that was made final. */
    record Verzenden(long ronde, int versie) {
    }

    private final BriefService brieven;
    private final BriefVerzending verzending;

    DemoVerzending(BriefService brieven, BriefVerzending verzending) {
        this.brieven = brieven;
        this.verzending = verzending;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Class<Verzenden> gegevens() {
        return Verzenden.class;
    }

    @Override
    public void voerUit(Verzenden v, Melder melder) {
        brieven.maakGereserveerde(v.ronde(), v.versie(), new Actor(DemoData.ACTOR, "demo"), melder);
        verzending.verzend(v.ronde(), Gebruiker.met(0, DemoData.ACTOR, Toewijzing.zonderScope(Rol.BEHEERDER)),
                "demo");
    }
}
